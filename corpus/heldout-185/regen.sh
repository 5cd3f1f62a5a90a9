#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 yaml2propsc.py originals/xh01-houdini-commitchange.yml xh01-houdini-commitchange.properties "Flattened from houdiniproject/houdini config/commitchange.yml (Rails settings YAML with ERB <%= ENV[...] %> references kept as written) by yaml2propsc.py" >/dev/null
python3 ini2propss.py originals/xh05-pretalx-example.cfg xh05-pretalx-example-cfg.properties "Flattened from pretalx/pretalx src/pretalx.example.cfg (INI) by ini2propss.py: keys are section.key"
python3 yaml2propsc.py originals/xh06-hitobito-payment-providers.yml xh06-hitobito-payment-providers.properties "Flattened from hitobito/hitobito config/settings/payment_providers.yml by yaml2propsc.py (list items as [n])" >/dev/null
# hand step: the 'Notes and Remarks' block (separated from its key by a blank line) is inserted after the header line
python3 - <<'PY'
p='xh06-hitobito-payment-providers.properties'
L=open(p).read().split('\n')
ins=["# Notes and Remarks:",
"# These have to be the ones with the keys. PF calls them \"EBICS 2.5 und EBICS 3.0 mit Schl\\u00fcsseln\" in the test environment",
"#   authentication_hash (A002)",
"#   encryption_hash (X002)"]
open(p,'w').write('\n'.join(L[:1]+ins+L[1:]))
PY
python3 phpdefc2props.py originals/xh07-galette-config-inc-php.dist xh07-galette-config-inc.properties "Flattened from galette/galette galette/config/config.inc.php.dist (PHP define()) by phpdefc2props.py"
python3 py2propsc.py originals/xh08-vms-settings.py xh08-systers-vms-settings.properties "Flattened from systers/vms vms/vms/settings.py (Django settings module) by py2propsc.py" >/dev/null
python3 py2propsc.py originals/xh11-sefaria-docker-settings.py xh11-sefaria-docker-settings.properties "Flattened from Sefaria/Sefaria-Project sefaria/docker_settings.py (Django local settings example) by py2propsc.py" >/dev/null
python3 toml2propsc.py originals/xh12-gathio-config.example.toml xh12-gathio-config-example.properties "Flattened from lowercasename/gathio config/config.example.toml by toml2propsc.py (keys are table.key)"
python3 yaml2propsc.py originals/xh13-wikiedu-application.example.yml xh13-wikiedu-dashboard-application-example.properties "Flattened from WikiEducationFoundation/WikiEduDashboard config/application.example.yml (Figaro application.yml, every key indented two spaces at the root) by yaml2propsc.py" >/dev/null
python3 py2propsc.py originals/xh14-sahana-eden-000_config.py xh14-sahana-eden-000-config.properties "Flattened from sahana/eden modules/templates/000_config.py (web2py settings template) by py2propsc.py; commented-out settings are not keys" >/dev/null
python3 yaml2propsc.py originals/xh16-catarse-default_app_config.yml xh16-catarse-default-app-config.properties "Flattened from catarse/catarse config/default_app_config.yml by yaml2propsc.py" >/dev/null
python3 js2props.py originals/xh17-house-of-transformation-env.js xh17-house-of-transformation-env-js.properties 'Flattened from Rockstarbryant/House-of-transformation server/config/env.js (Node config object) by js2props.py: process.env.X || d written ${X:d}'
python3 js2props.py originals/xh18-communityunity-constants.js xh18-communityunity-constants-js.properties 'Flattened from vasanthikondreddy/CommunityUnity backend/config/constants.js (Node ES module constants) by js2props.py: process.env.X || d written ${X:d}'
python3 phpdefc2props.py originals/xh19-jethro-conf.php.sample xh19-jethro-pmm-conf-sample.properties "Flattened from tbar0970/jethro-pmm conf.php.sample (PHP define()) by phpdefc2props.py; commented-out define() lines are not keys"
python3 compose2env.py originals/xh20-engelsystem-docker-compose.yml xh20-engelsystem-docker-compose.env "environment: of engelsystem/engelsystem docker/docker-compose.yml (services es_server, es_database) by compose2env.py; repeated keys keep the first value"
python3 compose2env.py originals/xh24-eahub-docker-compose.yml xh24-eahub-docker-compose.env "environment: of rtcharity/eahub.org docker-compose.yml (services db, chrome, firefox; web reads .env) by compose2env.py; repeated keys keep the first value"
(echo "# Flattened from Ktosi33/CharityEventsApi CharityEventsApi/appsettings.json (ASP.NET Core) by json2props.py"; python3 json2props.py originals/xh28-charityeventsapi-appsettings.json) > xh28-charity-events-api-appsettings.properties
