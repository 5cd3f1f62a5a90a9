#!/bin/sh
# Rebuild every flattened file from originals/ (run from this directory).
set -e
python3 yaml2propsc.py originals/wn03-hl7chile-hapi-application.yaml.abridged wn03-hl7chile-hapi-application.properties "(HL7 Chile HAPI FHIR; abridged excerpt, see sources.tsv)"
(echo "# Flattened from medplum.config.json (JSON) by json2props.py"; python3 json2props.py originals/wn04-telehealth-system-medplum.config.json) > wn04-telehealth-system-medplum-config.properties
(echo "# Flattened from medplum.config.json (JSON) by json2props.py"; python3 json2props.py originals/wn05-ehrconnect-medplum.config.json) > wn05-ehrconnect-medplum-config.properties
python3 php2props.py originals/wn06-epa-bienestar-openemr-sqlconf.php wn06-epa-bienestar-openemr-sqlconf.properties "Flattened from sites/default/sqlconf.php (OpenEMR PHP) by php2props.py"
(echo "# Flattened from orthanc.json (JSON) by json2props.py"; python3 json2props.py originals/wn07-radiologi-ris-orthanc.json) > wn07-radiologi-ris-orthanc.properties
python3 yaml2propsc.py originals/wn08-leanstudyhost-hapi.application.yaml wn08-leanstudyhost-hapi-application.properties
(echo "# Flattened from medplum.config.json (JSON) by json2props.py"; python3 json2props.py originals/wn09-ottehr-medplum.config.json) > wn09-ottehr-medplum-config.properties
(echo "# Flattened from orthanc.json (JSON) by json2props.py"; python3 json2props.py originals/wn13-radiology-pacs-orthanc.json) > wn13-radiology-pacs-orthanc.properties
python3 inisec2props.py originals/wn14-opusvl-gnuhealth-trytond.conf wn14-opusvl-gnuhealth-trytond.properties "Flattened from trytond.conf (INI) by inisec2props.py: keys as section.key"
python3 yaml2propsc.py originals/wn15-savannahghi-hapi-helm-values.yaml wn15-savannahghi-hapi-helm-values.properties "(Helm values)"
(echo "# Flattened from fhir-server-config.json (JSON) by json2props.py"; python3 json2props.py originals/wn19-kailona-fhir-server-config.json) > wn19-kailona-fhir-server-config.properties
python3 compose2env.py originals/wn26-ohif-orthanc-pacs-docker-compose.yml wn26-ohif-orthanc-pacs-compose.env "Compose environment of services nginxproxymanager, server and database written as KEY=value by compose2env.py (authentik's own postgresql service and the worker left out so that the Orthanc database's POSTGRES_* values are kept)" nginxproxymanager,server,database
python3 ini2props.py originals/wn27-skalanux-gnuhealth-trytond.conf wn27-skalanux-gnuhealth-trytond.properties "Flattened from trytond.conf (Tryton 2.x/3.x INI, single [options] section) by ini2props.py"
