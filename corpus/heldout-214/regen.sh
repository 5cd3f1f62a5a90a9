#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 yaml2propsc.py originals/yk06-mental-health-system-application.yml yk06-mental-health-system-application.properties "Flattened from ckr-git/mental-health-system src/main/resources/application.yml (Spring Boot YAML) by yaml2propsc.py" >/dev/null
python3 yaml2propsc.py originals/yk09-tidepool-development-backend-values.yaml yk09-tidepool-development-backend-helm-values.properties "Flattened from tidepool-org/development charts/backend/values.yaml (Helm values) by yaml2propsc.py" >/dev/null
python3 py2propsc.py originals/yk10-apnea-withings-c-settings-prod.py yk10-apnea-withings-django-settings-prod.properties "Flattened from uic-evl/ApneaSarcopeniaHNC Backend/current/withings/c_settings/prod.py (Django production settings) by py2propsc.py; the star import is not a key; NAME (BASE_DIR / ...) is non-literal and left out" >/dev/null
python3 compose2env.py originals/yk11-habit-tracker-docker-compose.prod.yml yk11-habit-tracker-compose-prod.env "environment: of tayotoki/habit_tracker docker-compose.prod.yml (services celery, celery-beat, backend, db) by compose2env.py; repeated keys keep the first value"
python3 json2props.py originals/yk12-workouttrackerapi-appsettings.json > yk12-workouttrackerapi-appsettings.properties
python3 yaml2propsc.py originals/yk15-meditation-map-be-application-prod.yml yk15-meditation-map-be-application-prod.properties "Flattened from yunkihong-dev/Meditation-Map-BE src/main/resources/application-prod.yml (Spring Boot prod profile) by yaml2propsc.py" >/dev/null
python3 compose2env.py originals/yk20-mental-health-monitoring-docker-compose.yml yk20-mental-health-monitoring-compose-prod.env "environment: of PatrikTrefil/mental-health-monitoring-platform docker-compose.yml (production; services mongo, formio) by compose2env.py; build args are not environment and are left out"
python3 yaml2propsc.py originals/yk21-garmin-mcp-chart-values.yaml yk21-garmin-mcp-helm-values.properties "Flattened from tamcore/garmin-mcp charts/garmin-mcp/values.yaml (Helm values) by yaml2propsc.py; empty maps and lists written as empty values" >/dev/null
python3 compose2env.py originals/yk25-gatla-backend-docker-compose.yml yk25-gatla-meditation-backend-compose.env "environment: of GATLA-Meditations/GATLA-Backend docker-compose.yml (services db, app) by compose2env.py; repeated keys keep the first value"
python3 compose2env.py originals/yk27-meditation-timer-database-docker-compose.yml yk27-meditation-timer-database-compose.env "environment: of BenLayet/meditation-timer packages/backend/database/docker-compose.yml (service db) by compose2env.py"
