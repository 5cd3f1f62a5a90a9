#!/bin/sh
# Rebuild every flattened file from originals/ (run in this folder). Header lines and the few
# hand-inserted comment lines are re-applied exactly as in the build.
set -e
o=originals
python3 compose2env.py $o/wr02-visitor-management-compose-production.yml wr02-visitor-management-compose-production.env "environment: of the backend service of docker-compose-production.yml (flattened by compose2env.py); allowedOrigins: comma delimited list"
python3 py2props.py $o/wr03-property-finder-settings.py wr03-property-finder-settings.properties "property_finder/settings.py (Django settings module of a property finder app) flattened by py2props.py"
python3 yaml2props.py $o/wr04-anpr-parking-pc-config.yaml wr04-anpr-parking-pc-config.properties
sed -i '1s/.*/# Flattened from pc-side\/config\/config.yaml by yaml2props.py (nested keys joined with ".")/' wr04-anpr-parking-pc-config.properties
python3 compose2env.py $o/wr05-neo-cmms-docker-compose.yml wr05-neo-cmms-docker-compose.env "environment: of the app and worker services of docker-compose.yml (compose2env.py; first value kept; both services carry the same DB block)"
python3 compose2env.py $o/wr08-parking-monitor-docker-compose.yml wr08-parking-monitor-docker-compose.env "environment: of docker-compose.yml (compose2env.py); IoT parking-slot monitor (Node.js + PostgreSQL, README: deployable on Railway/Render)"
python3 yaml2propsp.py $o/wr10-amano-cloud-parking-service-application.yml wr10-amano-cloud-parking-service-application.properties dev "Flattened from parking-service/src/main/resources/application.yml by yaml2propsp.py: the profile-less document plus the 'dev' document (the deployed, environment-driven profile; 'local' left out)"
y() { python3 yaml2props.py $o/$1.yml $1.properties >/dev/null; sed -i "1s|.*|$2|" $1.properties; }
y wr11-community-propertyms-property-service-application '# Flattened from property-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py'
y wr13-underground-parking-application '# Flattened from parking-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py'
python3 - <<'P'
p='wr13-underground-parking-application.properties'
L=open(p).read().split('\n')
i=[j for j,l in enumerate(L) if l.startswith('verification.dev-code')][0]
L.insert(i,'# (upstream comment, translated from Chinese) development-environment universal verification code; in production it must be deleted or left empty')
open(p,'w').write('\n'.join(L))
P
y wr17-visitor-fastpass-visitor-service-application '# Flattened from visitor-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py'
y wr18-pms-maintenance-service-application '# Flattened from maintenance-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py'
y wr19-pg-management-tenant-service-application '# Flattened from tenant-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py'
python3 yaml2props.py $o/wr20-starwit-smartparkingconfig-helm-values.yaml wr20-starwit-smartparkingconfig-helm-values.properties >/dev/null
python3 - <<'P'
p='wr20-starwit-smartparkingconfig-helm-values.properties'
L=open(p).read().split('\n')
L[0]='# Flattened from deployment/helm/smartparkingconfig/values.yaml (Helm values of Starwit smart-parking config app) by yaml2props.py'
i=[j for j,l in enumerate(L) if l.startswith('auth.clientSecret')][0]
L.insert(i,'# (upstream inline comment on clientSecret) TODO get from secret')
i=[j for j,l in enumerate(L) if l.startswith('image.tag')][0]
L.insert(i,'# Overrides the image tag whose default is the chart appVersion.')
open(p,'w').write('\n'.join(L))
P
(echo "# Flattened from PropertyManagement.API/appsettings.json (ASP.NET Core) by json2props.py: nested keys joined with '.', lists as [n]"; python3 json2props.py $o/wr21-propmgmt-api-appsettings.json) > wr21-propmgmt-api-appsettings.properties
(echo "# Flattened from PropertyManagement.API/appsettings.json (ASP.NET Core) by json2props.py"; python3 json2props.py $o/wr22-property-leasing-api-appsettings.json) > wr22-property-leasing-api-appsettings.properties
(echo "# env: of the parking-service Deployment in k8s/parking-service.yaml, by k8s2env.py (valueFrom refs written as \${configmap-or-secret.key}); the rest of the environment comes from envFrom ConfigMap app-config and Secret app-secrets"; python3 k8s2env.py $o/wr23-cloud-parking-k8s-parking-service.yaml) > wr23-cloud-parking-k8s-parking-service.env
python3 tomlc2props.py $o/wr25-parkhub-rust-client-config.toml wr25-parkhub-rust-client-config.properties "Flattened from config/config.toml (ParkHub/Securanido Parking client config) by tomlc2props.py: tables joined with '.', arrays [n], comments above keys kept"
python3 py2propsa.py $o/wr26-mci-gateway-config.py wr26-mci-gateway-config.properties "src/config.py (building access gateway for sensors, barriers and RFID; Python dict) flattened by py2propsa.py: dict keys joined with '.', lists [n]"
python3 py2props.py $o/wr27-mvp-parking-kiosk-config.py wr27-mvp-parking-kiosk-config.properties "kiosk-app/parking_kiosk/config/config.py (parking kiosk on Raspberry Pi) flattened by py2props.py; API_KEY is set at run time by set_api_key()"
y wr29-jp-property-manager-property-service-application '# Flattened from property-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py; the commented-out MySQL alternative upstream is left out'
python3 - <<'P'
p='wr29-jp-property-manager-property-service-application.properties'
L=open(p).read().split('\n')
i=[j for j,l in enumerate(L) if l.startswith('logging.level')][0]
L.insert(i,'# Setting the logging levels for the service')
open(p,'w').write('\n'.join(L))
P
y wr30-inteligentny-parking-parking-service-application '# Flattened from parking-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py'
