#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 compose2env.py originals/xu02-anthias-docker-compose.yml.tmpl xu02-anthias-compose-tmpl.env "environment: of Screenly/Anthias docker-compose.yml.tmpl (services anthias-server, anthias-viewer, anthias-celery) by compose2env.py; repeated keys keep the first value"
python3 json2props.py originals/xu07-kiosksbackend-appsettings.json > xu07-kiosksbackend-api-appsettings.properties
python3 compose2env.py originals/xu08-immich-kiosk-docker-compose-env.yaml xu08-immich-kiosk-compose-env.env "environment: of damongolding/immich-kiosk docker-compose-env.yaml (service immich-kiosk) by compose2env.py"
python3 js2propsc.py originals/xu10-pisignage-server-production.js xu10-pisignage-server-env-production.properties "Flattened from colloqi/pisignage-server config/env/production.js by js2propsc.py: process.env.A || process.env.B || literal written as \${A:\${B:literal}}"
python3 webconfig2props.py originals/xu12-ovgrlp-digitalsignage-webapi-web.config xu12-ovgrlp-digitalsignage-webapi-web-config.properties "Flattened from Oberverwaltungsgericht-Rheinland-Pfalz/OVGRLP-DigitalSignage src/DigitalSignage.WebApi/Web.config by webconfig2props.py (configSections, runtime binding redirects and remove entries left out)"
python3 yaml2propsc.py originals/xu14-wrale-signage-configs-dev.yaml xu14-wrale-signage-configs-dev.properties "Flattened from wrale/wrale-signage configs/dev.yaml (Go server config) by yaml2propsc.py" >/dev/null
python3 yaml2propsc.py originals/xu16-qms-queuing-service-application.yml xu16-qms-queuing-service-application.properties "Flattened from nick54785478/queuing-management-system queuing-service/src/main/resources/application.yml (Spring Boot, one document) by yaml2propsc.py" >/dev/null
python3 py2propsc.py originals/xu17-queuing-project-api-settings.py xu17-queuing-project-api-settings.properties "Flattened from MErfanPld/Queuing-Project-API config/settings.py (Django settings) by py2propsc.py; non-literal values (BASE_DIR paths, timedelta, MESSAGE_TAGS keys) left out" >/dev/null
python3 json2props.py originals/xu18-noi-doorsignage-appsettings.json > xu18-noi-doorsignage-appsettings.properties
python3 yaml2propsc.py originals/xu24-dlabkiosk-application-prod.yml xu24-dlabkiosk-application-prod.properties "Flattened from dlabkiosk/dlabkiosk_be src/main/resources/application-prod.yml (Spring Boot prod profile) by yaml2propsc.py" >/dev/null
python3 ini2props.py originals/xu25-meeting-room-display-configuration.default.ini xu25-meeting-room-display-configuration-default.properties "Flattened from methodpark/meeting-room-display mrd/configuration.default.ini by ini2props.py (section.key)"
python3 yaml2propsc.py originals/xu26-kioskmanager-chart-values.yaml xu26-kioskmanager-helm-values.properties "Flattened from MBcom/kioskmanager chart/values.yaml (Helm values) by yaml2propsc.py; empty maps and lists written as empty values" >/dev/null
