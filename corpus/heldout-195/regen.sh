#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 py2propsc.py originals/xr01-pootle-demo-postgres-settings.conf xr01-pootle-demo-postgres-settings.properties "Flattened from translate/pootle docker/demo-postgres/settings.conf (Pootle Django settings overlay) by py2propsc.py; the assignment inside 'if os.environ.get(\"TRAVIS\")' is not module-level and is left out" >/dev/null
python3 yaml2propsc.py originals/xr04-libretranslate-helm-values.yaml xr04-libretranslate-helm-values.properties "Flattened from ricardoalonso/libretranslate-helm-chart charts/libretranslate/values.yaml (Helm values) by yaml2propsc.py; empty maps and lists written as empty values" >/dev/null
python3 compose2env.py originals/xr06-transcribee-compose-deploy.yml xr06-transcribee-compose-deploy.env "environment: of bugbakery/transcribee packaging/compose-deploy.yml (services backend, db) by compose2env.py"
python3 compose2env.py originals/xr07-dictionarybuilder-docker-compose.yml xr07-dictionarybuilder-compose.env "environment: of yevhenii-poznii/DictionaryBuilder-Application-v2 docker-compose.yml (services db, prometheus, grafana) by compose2env.py"
python3 py2propsc.py originals/xr11-korean-dictionary-settings.py xr11-korean-dictionary-settings.properties "Flattened from krduffy/korean-dictionary-2.0 backend/backend/settings.py (Django settings) by py2propsc.py; env('X') written \${X}; non-literal values (BASE_DIR, SIMPLE_JWT timedeltas, MAX_REFRESH_COOKIE_AGE product, MEDIA_ROOT) left out" >/dev/null
(echo "# Flattened from classtranscribe/WebAPI ClassTranscribeServer/appsettings.json (.NET appsettings) by json2props.py"; python3 json2props.py originals/xr24-classtranscribe-appsettings.json) > xr24-classtranscribe-appsettings.properties
