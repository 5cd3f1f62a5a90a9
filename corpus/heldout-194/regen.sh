#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 compose2env.py originals/xq03-gramps-web-api-docker-compose.yml xq03-gramps-web-api-compose.env "environment: of gramps-project/gramps-web-api docker-compose.yml (service grampsweb) by compose2env.py"
python3 yaml2propsc.py originals/xq06-windeath44-memorial-application.yml xq06-windeath44-memorial-application.properties "Flattened from PARADOX-BSSM/windeath44.server.memorial src/main/resources/application.yml (Spring Boot) by yaml2propsc.py" >/dev/null
python3 compose2env.py originals/xq09-nathanvaughn-webtrees-docker-compose.yml xq09-nathanvaughn-webtrees-compose.env "environment: of NathanVaughn/webtrees-docker docker-compose.yml (services app, db) by compose2env.py"
python3 json2props.py originals/xq11-family-tree-3-web-appsettings.json > xq11-family-tree-3-web-appsettings.properties
python3 compose2env.py originals/xq13-family-tree-app-docker-compose.yml xq13-family-tree-app-compose.env "environment: of kacperkruger/family-tree-app project/docker-compose.yml (all services) by compose2env.py; repeated keys keep the first value"
python3 yaml2propsc.py originals/xq16-escalopa-family-tree-config.example.yaml xq16-escalopa-family-tree-config-example.properties "Flattened from escalopa/family-tree be/config.example.yaml (Go back-end config) by yaml2propsc.py (list items as [n])" >/dev/null
python3 phpdef2props.py originals/xq17-humo-genealogy-db_login.php xq17-humo-genealogy-db-login.properties "Flattened from HuubMons/HuMo-genealogy include/db_login.php (define() constants and top-level \$ assignments) by phpdef2props.py"
python3 compose2env.py originals/xq18-gramps-web-docs-letsencrypt-docker-compose.yml xq18-gramps-web-letsencrypt-compose.env "environment: of gramps-project/gramps-web-docs examples/docker-compose-letsencrypt/docker-compose.yml (services grampsweb, proxy, acme-companion; grampsweb_celery repeats grampsweb by a merge key) by compose2env.py"
python3 tfvars2props.py originals/xq20-webtrees-infra-terraform.tfvars.template xq20-webtrees-infra-tfvars-template.properties "Flattened from ekiczek/webtrees-infra terraform/terraform.tfvars.template by tfvars2props.py (map block as tags.Key)"
python3 yaml2propsc.py originals/xq22-nb993-family-tree-application-local.yml xq22-nb993-family-tree-application-local.properties "Flattened from NB993/family-tree src/main/resources/application-local.yml (Spring Boot local profile) by yaml2propsc.py" >/dev/null
python3 compose2env.py originals/xq23-kpine-webtrees-docker-stack.yaml xq23-kpine-webtrees-docker-stack.env "environment: of kpine/docker-webtrees docker-stack.yaml (Swarm stack, service db; secrets from files) by compose2env.py"
python3 ini2props.py originals/xq24-uksusoff-webtrees-config.ini.php xq24-uksusoff-webtrees-config-ini.properties "Flattened from UksusoFF/webtrees-docker docker/config/config.ini.php (webtrees INI config) by ini2props.py; surrounding double quotes removed"
python3 hocon2props.py originals/xq27-pascal22p-genealogy-application.conf xq27-pascal22p-genealogy-application-conf.properties "Flattened from pascal22p/genealogy conf/application.conf (Play HOCON) by hocon2props.py; a literal followed by key=\${?VAR} is kept as the literal with an 'overridden by' comment"
