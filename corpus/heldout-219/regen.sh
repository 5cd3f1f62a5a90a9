#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 yaml2propsc.py originals/yp01-onebyone-be-application.yml yp01-onebyone-be-application.properties "Flattened from OneByOne-Kindergarten/OneByOne_BE src/main/resources/application.yml (Spring Boot) by yaml2propsc.py" >/dev/null
python3 py2propsc.py originals/yp04-kindergartendjangodev-settings.py yp04-kindergartendjangodev-settings.properties "Flattened from DawidSzoka1/KindergartenDjangoDev MarchewkaDjango/settings.py (Django settings) by py2propsc.py; os.environ['X'] written \${X}, non-literal values left out" >/dev/null
python3 yaml2propsc.py originals/yp06-kindergarten-erp-application-prod.yml yp06-kindergarten-erp-application-prod.properties "Flattened from answndud/Kindergarten_ERP src/main/resources/application-prod.yml (Spring Boot prod profile) by yaml2propsc.py" >/dev/null
python3 compose2env.py originals/yp09-tms-docs-docker-compose.yml yp09-tms-docs-compose.env "environment: of TMS-Uni-Stuttgart/Tutor-Management-System docs/docs/assets/docker-compose.yml (services mysql, tms-server) by compose2env.py"
{ echo "# Flattened from LazarToncic/Kindergarten_BE Kindergarten.Api/appsettings.json (.NET appsettings) by json2props.py"; python3 json2props.py originals/yp14-kindergarten-be-appsettings.json; } > yp14-kindergarten-be-appsettings.properties
{ echo "# Flattened from marek-sroczkowski/TutoringSystem TutoringSystem/TutoringSystemAPI/appsettings.json (.NET appsettings) by json2props.py"; python3 json2props.py originals/yp17-tutoringsystem-appsettings.json; } > yp17-tutoringsystem-appsettings.properties
python3 compose2env.py originals/yp18-tutoring-crm-docker-compose.yml yp18-tutoring-crm-compose.env "environment: of JStec0312/Tutoring-CRM-System docker-compose.yml (services sqlserver, rabbitmq, api) by compose2env.py"
python3 yaml2propsc.py originals/yp25-babysitter-backend-database.yml yp25-babysitter-backend-database.properties "Flattened from rpdecks/babysitter-backend config/database.yml (Rails database config, ERB tags kept as text, YAML merge keys resolved) by yaml2propsc.py" >/dev/null
