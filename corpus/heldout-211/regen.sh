#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 yaml2propsc.py originals/yh03-aprs-me-k8s-secrets.yaml.example yh03-aprs-me-k8s-secrets-example.properties "Flattened from aprsme/aprs.me k8s/secrets.yaml.example (Kubernetes Secret manifest, stringData) by yaml2propsc.py" >/dev/null
python3 py2propsc.py originals/yh08-observation-portal-settings.py yh08-observation-portal-settings.properties "Flattened from observatorycontrolsystem/observation-portal observation_portal/settings.py (Django settings of the LCO observatory control system portal) by py2propsc.py" >/dev/null
python3 yaml2propsc.py originals/yh14-ska-oso-services-values.yaml yh14-ska-oso-services-helm-values.properties "Flattened from ska-telescope/ska-oso-services charts/ska-oso-services/values.yaml (Helm values of the SKA Observatory OSO services) by yaml2propsc.py; null written as empty value" >/dev/null
python3 py2propsc.py originals/yh16-satnogs-db-settings-base.py yh16-satnogs-db-settings-base.properties "Flattened from satnogs/satnogs-db db/settings/base.py (Django base settings of SatNOGS DB) by py2propsc.py; getenv('X', d) written \${X:d}" >/dev/null
python3 json2props.py originals/yh17-earthdata-search-secret.config.json.example > yh17-earthdata-search-secret-config-json-example.properties
python3 compose2env.py originals/yh19-mcgill-groundstation-docker-compose.yml yh19-mcgill-groundstation-compose.env "environment: of McGillRocketTeam/groundstation-backend-2025 docker/docker-compose.yml (only service mongodb has one) by compose2env.py"
python3 k8s2env.py originals/yh22-openwebrxplus-k8s-deploy.yaml > yh22-openwebrxplus-k8s-deploy.env
python3 phpdbarr2props.py originals/yh21-cloudlog-database.sample.php yh21-cloudlog-database-sample-php.properties "Flattened from magicbug/Cloudlog application/config/database.sample.php (CodeIgniter database config) by phpdbarr2props.py; db_debug is an expression and left out"
python3 py2propsc.py originals/yh23-sat-tracking-algo-values.py yh23-sat-tracking-algo-values.properties "Flattened from blezzed/sat_tracking_algo values.py (Python settings module of a Raspberry Pi antenna tracker) by py2propsc.py" >/dev/null
sed -e "s/: {{ orekit_data_folder_unzipped }}$/: '{{ orekit_data_folder_unzipped }}'/" originals/yh24-sattrackapi-application-production.yml > /tmp/yh24-quoted.yml
python3 yaml2propsc.py /tmp/yh24-quoted.yml yh24-sattrackapi-application-production.properties "Flattened from UltimaLabs/sattrackapi provisioning/roles/deploy-app/files/application-production.yml (Spring Boot production YAML deployed by Ansible) by yaml2propsc.py; the unquoted Jinja placeholder {{ orekit_data_folder_unzipped }} was quoted first so that it reads as a string" >/dev/null
rm -f /tmp/yh24-quoted.yml
python3 json2props.py originals/yh27-wwt-web-appsettings.json > yh27-wwt-web-appsettings.properties
python3 py2propsc.py originals/yh28-astrolabe-cuts-settings.py yh28-astrolabe-cuts-settings.properties "Flattened from AstrolabeProject/cuts config/settings.py (Flask settings module of an astronomical image cutout service) by py2propsc.py" >/dev/null
python3 py2propsc.py originals/yh29-nrqz-admin-settings-staging.py yh29-nrqz-admin-settings-staging.properties "Flattened from GreenBankObservatory/nrqz_admin nrqz_admin/settings/staging.py (Django staging settings) by py2propsc.py; the import and the INSTALLED_APPS += line are not keys" >/dev/null
python3 py2propsc.py originals/yh30-ocs-configdb-settings.py yh30-ocs-configdb-settings.properties "Flattened from observatorycontrolsystem/configdb configdb/settings.py (Django settings of the OCS observatory configuration database) by py2propsc.py; os.getenv('X', d) written \${X:d}; DEBUG (str2bool call) left out" >/dev/null
