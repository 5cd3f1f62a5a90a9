#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 compose2env.py originals/yf04-vinodelnya-docker-compose.yml yf04-vinodelnya-compose.env "environment: of Dmitrii-Volokitin-Job/vinodelnya-winery-management docker-compose.yml (services postgres, backend) by compose2env.py"
python3 json2props.py originals/yf08-brewerymaster-api-appsettings.json > yf08-brewerymaster-api-appsettings.properties
python3 compose2env.py originals/yf10-brew-web-docker-compose.yml yf10-brew-web-compose.env "environment: of anndrox/brew-web docker-compose.yml (services web, db, export) by compose2env.py; repeated keys keep the first value"
python3 py2propsc.py originals/yf11-christophermichaeljohnston-brewery-settings.py yf11-christophermichaeljohnston-brewery-settings.properties "Flattened from christophermichaeljohnston/brewery brewery/settings.py (Django settings) by py2propsc.py; BASE_DIR (non-literal) left out" >/dev/null
python3 yaml2propsc.py originals/yf12-brewery-ms-application-druid.yml yf12-brewery-ms-application-druid.properties "Flattened from thu-cccm/Brewery_Management_System ruoyi-admin/src/main/resources/application-druid.yml (RuoYi Druid datasource profile) by yaml2propsc.py" >/dev/null
python3 compose2env.py originals/yf16-kegbot-docker-compose.yml yf16-kegbot-docker-compose.env "environment: of Kegbot/kegbot-docker docker-compose.yml (services db, server) by compose2env.py"
python3 yaml2propsc.py originals/yf18-craftbeerpi4-config.yaml yf18-craftbeerpi4-config.properties "Flattened from craftbeerpi/craftbeerpi4 cbpi/config/config.yaml (CraftBeerPi 4 default server config) by yaml2propsc.py" >/dev/null
python3 phpvar2props.py originals/yf20-bcoem-site-config.php yf20-bcoem-site-config-php.properties "Flattened from geoffhumphrey/brewcompetitiononlineentry site/config.php (BCOE&M PHP variables) by phpvar2props.py; base_url, database_port, server_root, connection, brewing (non-literal) left out"
python3 compose2env.py originals/yf23-kegbot-server-docker-compose.example.yml yf23-kegbot-server-compose-example.env "environment: of Kegbot/kegbot-server docs/source/docker-compose.example.yml (services kegbot, workers, mysql) by compose2env.py; repeated keys keep the first value"
python3 yaml2propsc.py originals/yf26-spring-cloud-brewery-config-server-application.yml yf26-spring-cloud-brewery-config-server-application.properties "Flattened from spring-cloud-samples/brewery config-server/src/main/resources/application.yml (Spring Cloud Config server) by yaml2propsc.py" >/dev/null
python3 pyclass2props.py originals/yf27-brewerypi-config.py yf27-brewerypi-config.properties "Flattened from brewerypi/brewerypi config.py (Flask Config class) by pyclass2props.py; os.environ.get(X) or default written \${X:default}; conditional expressions (BOOTSTRAP_SERVE_LOCAL, IS_AWS, IS_RASPBERRY_PI) left out"
