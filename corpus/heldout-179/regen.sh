#!/bin/sh
# Rebuilds every flattened file of this set from originals/ (run from this directory).
set -e
O=originals
python3 compose2envc.py $O/xb03-bracket-docker-compose.yml xb03-bracket-docker-compose.env "Compose environment: of services bracket-backend, bracket-frontend and postgres (evroon/bracket docker-compose.yml), flattened by compose2envc.py"
(echo "# GarminDB GarminConnectConfig.json.example flattened by json2props.py (nested keys joined with '.', lists as [i])"; python3 json2props.py $O/xb04-garmindb-garminconnectconfig-json-example.json) > xb04-garmindb-garminconnectconfig-example.properties
(echo "# RotorHazard src/server/config-dist.json flattened by json2props.py (nested keys joined with '.')"; python3 json2props.py $O/xb05-rotorhazard-config-dist.json) > xb05-rotorhazard-config-dist.properties
python3 compose2envc.py $O/xb06-gym-management-software-docker-compose.yml xb06-gym-management-software-compose.env "Compose environment: of services postgres and app (MANIKJATANA/gym-management-software docker-compose.yml), flattened by compose2envc.py; \${VAR:?message} kept as written"
python3 yamlc2props.py $O/xb08-workout-tracker-example.yaml xb08-workout-tracker-example.properties "workout-tracker.example.yaml (Workout Tracker server configuration) flattened by yamlc2props.py, comments kept"
python3 yamlc2props.py $O/xb09-cysl-api-helm-values.yaml xb09-cysl-api-helm-values.properties "Helm values charts/cysl-api/values.yaml (Coastal Youth Soccer League API) flattened by yamlc2props.py, comments kept"
python3 compose2envc.py $O/xb11-garmin-grafana-compose-example.yml xb11-garmin-grafana-compose.env "Compose environment: of services garmin-fetch-data, influxdb and grafana (garmin-grafana compose-example.yml), flattened by compose2envc.py; first value kept for repeated keys; \${VAR:-default} kept as written"
python3 py2propsc.py $O/xb12-fittrack-settings-temp.py xb12-fittrack-settings-temp.properties "Django settings module fittrack_project/settings_temp.py flattened by py2propsc.py (os.environ.get(X, d) written \${X:d})"
python3 php2propsc.py $O/xb13-orienteering-gps-config.php xb13-orienteering-gps-config.properties "PHP config.php of a live orienteering GPS tracking site flattened by php2propsc.py, comments kept"
python3 hocon2props.py $O/xb14-lila-base.conf xb14-lila-base-conf.properties "lichess lila conf/base.conf (HOCON) flattened line by line by hocon2props.py; substitutions not resolved"
(echo "# peloton-to-garmin configuration.example.json flattened by json2props.py (nested keys joined with '.', lists as [i])"; python3 json2props.py $O/xb15-peloton-to-garmin-configuration-example.json) > xb15-peloton-to-garmin-configuration-example.properties
python3 compose2envc.py $O/xb16-ryot-app-backend-docker-compose.yml xb16-ryot-app-backend-compose.env "Compose environment: of services backend-postgres and app-backend (IgnisDa/ryot apps/app-backend/docker-compose.yml), flattened by compose2envc.py"
python3 php2propsc.py $O/xb17-bet4soccer-config-inc.php xb17-bet4soccer-config-inc.properties "PHP app/lib/config.inc.php of bet4soccer (World Cup betting pool) flattened by php2propsc.py"
python3 py2propsc.py $O/xb18-racedb-settings.py xb18-racedb-settings.properties "Django settings module RaceDB/settings.py flattened by py2propsc.py, comment blocks kept"
python3 compose2envc.py $O/xb19-f1-dash-compose.yaml xb19-f1-dash-compose.env "Compose environment: of services live, api, frontend, timescaledb, importer and analytics (slowlydev/f1-dash compose.yaml), flattened by compose2envc.py; first value kept for repeated keys"
python3 compose2envc.py $O/xb20-openf1-docker-compose.yml xb20-openf1-compose.env "Compose environment: of services api, ingest-realtime and ingest-historical (br-g/openf1 docker-compose.yml), flattened by compose2envc.py; first value kept for repeated keys"
(echo "# RedMist.TimingAndScoringService/appsettings.json flattened by json2props.py (nested keys joined with '.', lists as [i])"; python3 json2props.py $O/xb21-redmist-timing-scoring-appsettings.json) > xb21-redmist-timing-scoring-appsettings.properties
python3 yamlc2props.py $O/xb22-tt-league-application.yml xb22-tt-league-application.properties "Spring Boot YAML tt-data-league-api-runtime application.yml flattened by yamlc2props.py, comments kept"
python3 yamlc2props.py $O/xb23-ezgolfleague-config-database.yml xb23a.tmp "Rails config/database.yml and config/secrets.yml of ezgolfleague, each flattened by yamlc2props.py (anchors merged), comments kept"
python3 yamlc2props.py $O/xb23-ezgolfleague-config-secrets.yml xb23b.tmp "-"
(cat xb23a.tmp; echo "# ---- config/secrets.yml ----"; tail -n +2 xb23b.tmp) > xb23-ezgolfleague-config-database-secrets.properties; rm -f xb23a.tmp xb23b.tmp
python3 yamlc2props.py $O/xb27-gymmatehub-application-prod.yml xb27-gymmatehub-application-prod.properties "Spring Boot YAML src/main/resources/application-prod.yml (GymMateHub) flattened by yamlc2props.py, comments kept"
