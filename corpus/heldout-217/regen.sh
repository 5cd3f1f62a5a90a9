#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 phpdef2props.py originals/yn01-yourls-config-sample.php yn01-yourls-config-sample.properties "Flattened from YOURLS/YOURLS user/config-sample.php (PHP define() constants and \$yourls_user_passwords / \$yourls_reserved_URL arrays) by phpdef2props.py"
python3 ini2props.py originals/yn02-privatebin-conf.sample.php yn02-privatebin-conf-sample.properties "Flattened from PrivateBin/PrivateBin cfg/conf.sample.php (INI, keys are section.key) by ini2props.py"
python3 yaml2propsc.py originals/yn05-espial-settings.yml yn05-espial-settings.properties "Flattened from jonschoning/espial config/settings.yml (Yesod settings; _env:VAR:default values kept as written) by yaml2propsc.py" >/dev/null
python3 yaml2propsc.py originals/yn11-corporationx-url-shortener-application-docker.yaml yn11-corporationx-url-shortener-application-docker.properties "Flattened from CorporationX/url_shortener_service src/main/resources/application-docker.yaml (Spring Boot docker profile) by yaml2propsc.py" >/dev/null
python3 py2propsc.py originals/yn13-pinry-settings-production.py yn13-pinry-settings-production.properties "Flattened from pinry/pinry pinry/settings/production.py (Django production settings) by py2propsc.py; TEMPLATE_DEBUG = DEBUG and the os.path.join NAME are non-literal and left out" >/dev/null
python3 yaml2propsc.py originals/yn15-ichylinux-bookmarks-database.yml yn15-ichylinux-bookmarks-database.properties "Flattened from ichylinux/bookmarks config/database.yml (Rails database.yml, every environment; YAML merge keys resolved) by yaml2propsc.py" >/dev/null
python3 yaml2propsc.py originals/yn18-fastpastebin.yaml.dist yn18-fastpastebin-yaml-dist.properties "Flattened from pztrn/fastpastebin examples/fastpastebin.yaml.dist by yaml2propsc.py" >/dev/null
python3 yaml2propsc.py originals/yn19-shortlink-proxy-helm-values.yaml yn19-shortlink-proxy-helm-values.properties "Flattened from shortlink-org/shortlink ops/Helm/shortlink-proxy/values.yaml (Helm values) by yaml2propsc.py; block scalars written with \\n escapes" >/dev/null
python3 yaml2propsc.py originals/yn20-shrtn-helm-values.yaml yn20-shrtn-helm-values.properties "Flattened from CordlessWool/shrtn charts/shrtn/values.yaml (Helm values) by yaml2propsc.py; empty maps and lists written as empty values" >/dev/null
python3 json2props.py originals/yn21-urlshortenerapp-appsettings.json > yn21-urlshortenerapp-appsettings.properties
python3 toml2propsc.py originals/yn22-pastebin-worker-wrangler.toml yn22-pastebin-worker-wrangler.properties "Flattened from SharzyL/pastebin-worker wrangler.toml (Cloudflare Workers config; inline tables joined with '.', arrays as [i]) by toml2propsc.py"
python3 phpcfg2props.py originals/yn23-stikked-config-stikked.php.dist yn23-stikked-config-php-dist.properties "Flattened from claudehohl/Stikked htdocs/application/config/stikked.php.dist (PHP \$config array) by phpcfg2props.py"
python3 compose2env.py originals/yn26-littlelink-server-docker-compose.yml yn26-littlelink-server-compose.env "environment: of techno-tim/littlelink-server docker-compose.yml (service little-link) by compose2env.py"
python3 json2props.py originals/yn27-xbrowsersync-api-settings.default.json > yn27-xbrowsersync-api-settings-default.properties
python3 py2propsc.py originals/yn29-pastebin-django-settings.py yn29-pastebin-django-settings.properties "Flattened from Matoking/pastebin-django pastebin/settings.py (Django settings) by py2propsc.py; BASE_DIR, TEMPLATE_DIRS and STATICFILES_DIRS are non-literal and left out" >/dev/null
