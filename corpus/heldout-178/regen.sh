#!/bin/sh
# Rebuild every flattened xaNN file from originals/ (run from this directory). Hand-flattened files
# (xa06, xa12, xa24, xa26, xa27) are not regenerated; their originals are kept for comparison.
set -e
python3 yamlc2props.py originals/xa02-foodsoft-app-config-yml-sample.yml --root production --comment-root development --header "Flattened from config/app_config.yml.SAMPLE (Foodsoft) production section (= &defaults) by yamlc2props.py" > xa02-foodsoft-app-config-production.properties
(echo "# Flattened from nodes/beds_config.py (JSON content despite the .py name) by json2props.py; no comments upstream"; python3 json2props.py originals/xa08-garden-monitoring-beds-config.json) > xa08-garden-monitoring-beds-config.properties
python3 yamlc2props.py originals/xa10-greenhouse-mgmt-application-prod.yml --header "Flattened from server-admin/src/main/resources/application-prod.yml (RuoYi-style Spring Boot YAML, production profile) by yamlc2props.py; comments (Chinese) kept" > xa10-greenhouse-mgmt-application-prod.properties
python3 yaml2props.py originals/xa11-agricore-traceability-application.yml xa11-agricore-traceability-application.properties >/dev/null
sed -i '1s#.*#\# Flattened from services/traceability-service/src/main/resources/application.yml (Spring Boot YAML, one document, no comments upstream) by yaml2props.py#' xa11-agricore-traceability-application.properties
(echo "# Flattened from GreenhouseApi/appsettings.json (ASP.NET Core) by json2props.py; no comments upstream"; python3 json2props.py originals/xa15-greenhouse-api-appsettings.json) > xa15-greenhouse-api-appsettings.properties
python3 yaml2props.py originals/xa16-smart-greenhouse-application-prod.yml xa16-smart-greenhouse-application-prod.properties >/dev/null
sed -i '1s#.*#\# Flattened from src/main/resources/application-prod.yml (Spring Boot YAML, prod profile, no comments upstream) by yaml2props.py#' xa16-smart-greenhouse-application-prod.properties
python3 compose2env.py originals/xa19-foodcoopshop-docker-compose.yml xa19-foodcoopshop-docker-compose.env "environment: entries of docker-compose.yml (dartmann/foodcoopshop-docker, FoodCoopShop self-hosting), extracted by compose2env.py; no inline comments on these entries"
python3 phpsetting2props.py originals/xa20-grocy-config-dist.php "Flattened from config-dist.php (Grocy, Setting() section only) by phpsetting2props.py; each setting can be overridden by the environment variable GROCY_<NAME>" > xa20-grocy-config-dist.properties
python3 compose2env.py originals/xa21-foodcoopshop-swarm-docker-compose.yml /tmp/xa21.env "environment: entries of docker-compose.yml (mantensteiner/foodcoopshop-docker, FoodCoopShop on Docker Swarm with Let's Encrypt nginx), extracted by compose2env.py"
sed '1a # upstream comment on the environment: block: see setup.sh for values' /tmp/xa21.env > xa21-foodcoopshop-swarm-docker-compose.env
python3 compose2env.py originals/xa23-wirgarten-tapir-docker-compose.yml xa23-wirgarten-tapir-docker-compose.env "environment: entries of docker-compose.yml (FoodCoopX/wirgarten-tapir, member management for the WirGarten solidarity-agriculture co-op), extracted by compose2env.py; DEBUG repeats in three services (first kept)"
python3 compose2env.py originals/xa25-farmos-docker-compose-development.yml xa25-farmos-docker-compose-development.env "environment: entries of docker/docker-compose.development.yml (farmOS), extracted by compose2env.py"
python3 compose2env.py originals/xa28-farmdata2-docker-compose.yml xa28-farmdata2-docker-compose.env "environment: entries of docker/docker-compose.yml (FarmData2, farmOS-based crop-records project; the Compose file is its development environment), extracted by compose2env.py"
