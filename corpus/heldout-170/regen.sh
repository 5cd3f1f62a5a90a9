#!/bin/sh
# Rebuild every flattened file from originals/ (run in this directory). Uses only the helpers here; no readiness code.
set -e
o=originals
(echo "# ModernWMS backend/ModernWMS/appsettings.json flattened by json2props.py"; python3 json2props.py $o/ws01-modernwms-appsettings.json) > ws01-modernwms-appsettings.properties
y() { python3 yaml2props.py "$1" "$2" >/dev/null; sed -i "1s|.*|$3|" "$2"; }
y $o/ws02-vroom-express-config.yml ws02-vroom-express-config.properties '# vroom-express config.yml flattened by yaml2props.py (inline comments dropped)'
y $o/ws04-fleet-gitops-prod-driver-values.yaml ws04-fleet-gitops-prod-driver-values.properties '# fleet-gitops envs/prod/driver-values.yaml (Helm values, "Driver Service - Production Environment") flattened by yaml2props.py'
y $o/ws05-courier-logistics-shipment-service-application.yml ws05-courier-logistics-shipment-service-application.properties '# courier-logistics-system shipment-service application.yml flattened by yaml2props.py'
y $o/ws06-shiptrack-pro-shipment-service-application.yml ws06-shiptrack-pro-shipment-service-application.properties '# shiptrack-pro shipment-service application.yml flattened by yaml2props.py'
sed -i 's/^cloudinary.cloud-name=/# Cloudinary (for POD image uploads)\ncloudinary.cloud-name=/' ws06-shiptrack-pro-shipment-service-application.properties
y $o/ws07-swiftlogistics-warehouse-service-application.yml ws07-swiftlogistics-warehouse-service-application.properties '# SwiftLogistics warehouse-service application.yml flattened by yaml2props.py'
y $o/ws08-backhaulbid-fleet-service-application.yml ws08-backhaulbid-fleet-service-application.properties '# backhaulbid-core-services fleet-service application.yml flattened by yaml2props.py\n# Docker and CI must supply datasource settings; required values prevent accidental database drift.'
(echo "# ezy-wms-backend Service/appsettings.example.json flattened by json2props.py"; python3 json2props.py $o/ws15-ezy-wms-appsettings-example.json) > ws15-ezy-wms-appsettings-example.properties
python3 compose2env.py $o/ws18-cwms-aws-dev-config-db.yml ws18-cwms-aws-dev-config-db.env "cwms docker/aws-dev/config-db.yml: environment of services configserver and database written as KEY=value by compose2env.py (COMPOSE_PROJECT_NAME repeats; first value kept)"
python3 compose2env.py $o/ws19-logistics-dispatch-deploy-docker-compose.yml ws19-logistics-dispatch-deploy-compose.env "logistics-dispatch deploy/docker-compose.yml: environment of services mysql and backend written as KEY=value by compose2env.py; two upstream comments translated to English and kept as # lines"
python3 - <<'PY'
f='ws19-logistics-dispatch-deploy-compose.env'
t=open(f,encoding='utf-8').read()
t=t.replace("DB_URL=","# (upstream comment, translated) useSSL=false is deliberately left out: Connector/J then defaults to sslMode=PREFERRED and uses TLS.\nDB_URL=",1)
t=t.replace("CORS_ALLOWED_ORIGINS=","# (upstream comment, translated) browsers send Origin on every POST, even same-origin; origins not listed get 403 Invalid CORS request.\nCORS_ALLOWED_ORIGINS=",1)
open(f,'w',encoding='utf-8').write(t)
PY
python3 py2props.py $o/ws20-greaterwms-settings.py ws20-greaterwms-settings.properties "GreaterWMS greaterwms/settings.py flattened by py2props.py (literal assignments only)" >/dev/null
python3 - <<'PY'
f='ws20-greaterwms-settings.properties'
t=open(f,encoding='utf-8').read()
t=t.replace("DEBUG=true","# SECURITY WARNING: don't run with debug turned on in production!\n# (upstream: SECRET_KEY = get_random_secret_key() and DATABASES read from os.getenv are not literals and are left out)\nDEBUG=true",1)
open(f,'w',encoding='utf-8').write(t)
PY
y $o/ws21-traccar-helm-values.abridged.yaml ws21-traccar-helm-values.properties '# traccar-helm charts/traccar/values.yaml (abridged: externalService.protocolPorts cut to its first 3 entries) flattened by yaml2props.py'
(echo "# DevcraftWMS src/DevcraftWMS.Api/appsettings.json flattened by json2props.py"; python3 json2props.py $o/ws24-devcraftwms-api-appsettings.json) > ws24-devcraftwms-api-appsettings.properties
y $o/ws25-fleetguard-fleet-service-application.yml ws25-fleetguard-fleet-service-application.properties '# MVPFleetguard fleet-service application.yml flattened by yaml2props.py'
y $o/ws26-fleetpulse-fleet-service-application.yml ws26-fleetpulse-fleet-service-application.properties '# fleetpulse fleet-service application.yml flattened by yaml2props.py'
sed -i 's/^security.jwt.secret=/# dev-only fallback, real deployments must set JWT_SECRET\nsecurity.jwt.secret=/' ws26-fleetpulse-fleet-service-application.properties
python3 ini2propss.py $o/ws27-transitops-backend-alembic.ini ws27-transitops-backend-alembic.properties "TransitOps-Odoo backend/alembic.ini flattened by ini2propss.py (section.key)"
node -e 'console.log(JSON.stringify(require(process.argv[1])))' "$PWD/$o/ws28-shipping-connector-config-default.js" > /tmp/ws28.$$.json
(echo "# shipping-connector-example-nodejs config/default.js: the exported object (evaluated with node to JSON) flattened by json2props.py; comments explaining labelled values kept as # lines"; python3 json2props.py /tmp/ws28.$$.json) > ws28-shipping-connector-config-default.properties
rm -f /tmp/ws28.$$.json
python3 - <<'PY'
f='ws28-shipping-connector-config-default.properties'
t=open(f,encoding='utf-8').read()
t=t.replace("\nsharedAuthSecret=","\n# Do not expose secrets in code or config files. Instead, set the\n# SHARED_AUTH_SECRET environment variable and this connector will\n# use it automatically.\nsharedAuthSecret=",1)
t=t.replace("\nintegration.ups.baseUrl=","\n# Customer Integration Environment base URL\nintegration.ups.baseUrl=",1)
t=t.replace("\nintegration.ups.shipperInfo.shipperNumber=","\n# When getting rates and creating shipments, use this info for the shipper\nintegration.ups.shipperInfo.shipperNumber=",1)
open(f,'w',encoding='utf-8').write(t)
PY
y $o/ws29-harbor-logistics-shipment-service-application.yml ws29-harbor-logistics-shipment-service-application.properties '# harbor-logistics-platform shipment-service application.yml flattened by yaml2props.py'
y $o/ws30-logistics-flow-shipment-service-application.yml ws30-logistics-flow-shipment-service-application.properties '# Logistics-Flow-Platform shipment-service application.yml flattened by yaml2props.py'
