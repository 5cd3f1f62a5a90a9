#!/bin/bash
# Rebuilds the flattened files from originals/ (xg13 and xg26 were flattened by hand; xg01, xg06, xg07, xg10, xg11,
# xg12, xg18, xg20, xg21, xg24, xg28 are upstream dotenv/.properties files, verbatim or abridged, with no converter).
set -e
cd "$(dirname "$0")"
O=originals
python3 ini2propsq.py $O/xg02-runaway-slaves-omeka-db.ini xg02-runaway-slaves-omeka-db.properties "Omeka Classic db.ini of the Digital-History runaway-slaves-project, flattened by ini2propsq.py ([database] header and ; comments as # lines, quotes removed)"
python3 ini2propsq.py $O/xg03-wmi-omeka-db.ini xg03-wmi-omeka-db.properties "Omeka Classic db.ini of Grinnell College Libraries' WMI Omeka site, flattened by ini2propsq.py ([database] header and ; comments as # lines, quotes removed)"
python3 yaml2props.py $O/xg04-archivessnake-api-training.yml /tmp/x4.p >/dev/null
{ echo "# ArchivesSnake client configuration (.archivessnake.yml) for ArchivesSpace API training, flattened by yaml2props.py; comments kept as # lines by hand"; grep -h '^#' $O/xg04-archivessnake-api-training.yml; tail -n +2 /tmp/x4.p; } > xg04-archivessnake-api-training.properties
python3 phpdefc2props.py $O/xg05-wamuseum-providence-setup.php-dist.excerpt xg05-wamuseum-providence-setup.properties "CollectiveAccess Providence setup.php-dist of the Western Australian Museum's fork, define() constants flattened by phpdefc2props.py (excerpt)"
python3 yaml2props.py $O/xg08-hymir-application.yml xg08-hymir-application.properties >/dev/null
sed -i '1s/.*/# Flattened from src\/main\/resources\/application.yml of dbmdz\/iiif-server-hymir (Spring Boot YAML) by yaml2props.py; keys as Spring binds them/' xg08-hymir-application.properties
python3 tomlc2props.py $O/xg09-rais-example.toml xg09-rais-example-toml.properties "RAIS IIIF image server (University of Oregon Libraries) rais-example.toml, flattened by tomlc2props.py (values as toml2props.py writes them, comments kept)"
python3 compose2envc.py $O/xg14-avalon-docker-compose.yml xg14-avalon-docker-compose.env "Avalon Media System docker-compose.yml (avalonmediasystem/avalon): environment entries of all services as KEY=value by compose2env.py (first value kept when a key repeats, so the avalon service's values win over the test service's)"
python3 yaml2props.py $O/xg15-browsertrix-chart-values.excerpt.yaml /tmp/x15.p >/dev/null
python3 - <<'PY'
lines = open('/tmp/x15.p').read().split('\n')[1:]
com = {
 'registration_enabled': ['# if set to  "1", enables open registration'],
 'superuser.password': ['# optional: if not set, automatically generated', '# change or remove this'],
 'mongo_auth.username': ['# specify either username + password (for local mongo)'],
 'email.smtp_host': ["# email sending is enabled when 'smtp_host' is set to non-empty value"],
 'ingress.cert_email': ["# Optional: if 'host' is set, a publicly accessible Ingress controller is created with an SSL cert (using letsencrypt)"],
}
out = ["# Flattened from an excerpt of chart/values.yaml (Browsertrix Helm chart) by yaml2props.py; keys as Helm values paths; explaining comments re-added by hand above their keys"]
for l in lines:
    out += com.get(l.split('=',1)[0], []); out.append(l)
open('xg15-browsertrix-helm-values.properties','w').write('\n'.join(out))
PY
python3 compose2envc.py $O/xg16-archivebox-docker-compose.excerpt.yml xg16-archivebox-docker-compose.env "ArchiveBox docker-compose.yml (excerpt): environment entries as KEY=value by compose2env.py, inline comments kept as # lines by compose2envc.py"
python3 compose2env.py $O/xg17-specify7-docker-compose.yml xg17-specify7-docker-compose.env "Specify 7 (natural-history collections management) docker-compose.yml: environment entries of all services as KEY=value by compose2env.py (first value kept when a key repeats)"
sed -i '1a # Upstream header comment: This is a Development Docker Composition of Specify 7 / It has nice features like hot reloading and debugging support / However, it is not suited for production use due to memory leaks and security issues / Though, you can use it for evaluation of Specify 7' xg17-specify7-docker-compose.env
python3 compose2env.py $O/xg19-ualibraries-archivematica-compose.yml xg19-ualibraries-archivematica-filesender-compose.env "compose/docker-compose.yml of ualibraries/archivematica (FileSender transfer front end for the University of Arizona Libraries' Archivematica repository): environment entries of all services by compose2env.py (first value kept when a key repeats)"
python3 phpvarc2props.py $O/xg22-rsinthecloud-resourcespace-config.php xg22-rsinthecloud-resourcespace-config.properties "ResourceSpace local configuration (RSInTheCloud), PHP globals flattened by phpvarc2props.py"
python3 ini2propsq.py $O/xg23-recordmanager-ini-sample.excerpt.ini xg23-natlibfi-recordmanager-ini.properties "RecordManager (National Library of Finland, Finna) recordmanager.ini.sample excerpt, flattened by ini2propsq.py --section (keys as Section.key, ; comments as # lines, quotes removed)" --section
{ echo "# Flattened from api/local.settings.sample.json (Azure Functions local settings) by json2props.py"; python3 json2props.py $O/xg25-maya-archive-local.settings.sample.json; } > xg25-maya-archive-functions-local-settings.properties
python3 configobj2props.py $O/xg27-bodleian-loris2.conf xg27-bodleian-loris2-conf.properties "Loris IIIF image server loris2.conf (Bodleian Libraries' loris-grok-docker), ConfigObj unrepr flattened by configobj2props.py"
python3 yaml2props.py $O/xg29-surfliner-orange-empire-values.yaml /tmp/x29.p >/dev/null
python3 - <<'PY'
lines = open('/tmp/x29.p').read().rstrip('\n').split('\n')[1:]
com = {'existingSecret.name': ['# Set to true if a Secret already exists in the namespace for the Deployment'],
       'minio.enabled': ['# Configuration for minio chart', '# This is currently only used for Review applications in CI/CD pipelines']}
out = ["# Flattened from charts/orange-empire/values.yaml (surfliner, Helm chart for Cantaloupe) by yaml2props.py; keys as Helm values paths; two explaining comments re-added by hand above their keys"]
for l in lines:
    out += com.get(l.split('=',1)[0], []); out.append(l)
open('xg29-surfliner-orange-empire-helm-values.properties','w').write('\n'.join(out) + '\n')
PY
python3 tfvars2props.py $O/xg30-ucla-prod-iiif.tfvars xg30-ucla-prod-iiif-tfvars.properties "UCLA Library production IIIF (Cantaloupe + Fester) Terraform variables prod-iiif.tfvars, flattened by tfvars2props.py"
echo regenerated
