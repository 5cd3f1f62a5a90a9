#!/bin/bash
# Rebuilds every flattened wxNN file from originals/ (run from this folder). Verbatim files (wx04, wx06, wx10,
# wx11, wx14, wx22, wx24, wx25, wx28) are upstream text copied as is and are not rebuilt.
set -e
O=originals
AC="python3 addcomment.py"
# wx01 Janeway example settings (Django module)
python3 py2props.py $O/wx01-janeway-example_settings.py wx01-janeway-example-settings.properties "openlibhums/janeway src/core/example_settings.py (Django settings module) flattened by py2props.py: literal module-level assignments only"
$AC wx01-janeway-example-settings.properties SECRET_KEY "SECURITY WARNING: keep the secret key used in production secret!\nYou should change this key before you go live!"
$AC wx01-janeway-example-settings.properties DEBUG "SECURITY WARNING: don't run with debug turned on in production!"
$AC wx01-janeway-example-settings.properties DEFAULT_HOST "This is the default redirect if no other sites are found."
# wx02 OJS config template (INI inside .inc.php)
python3 ini2propss.py $O/wx02-ojs-config.TEMPLATE.inc.php wx02-ojs-config-template-inc-php.properties "pkp/ojs config.TEMPLATE.inc.php (INI) flattened by ini2propss.py: section.key=value, values verbatim"
# wx03 CommaFeed OpenShift config (Dropwizard YAML with @TOKEN@ placeholders)
python3 yaml2propsat.py $O/wx03-commafeed-openshift-config.mysql.yml wx03-commafeed-openshift-config-mysql.properties "Athou/commafeed .openshift/config.mysql.yml (Dropwizard YAML, @NAME@ tokens replaced by OpenShift at deploy) flattened by yaml2propsat.py"
$AC wx03-commafeed-openshift-config-mysql.properties app.publicUrl "url used to access commafeed"
$AC wx03-commafeed-openshift-config-mysql.properties app.allowRegistrations "wether to allow user registrations"
$AC wx03-commafeed-openshift-config-mysql.properties app.smtpTls "settings for sending emails (password recovery)"
$AC wx03-commafeed-openshift-config-mysql.properties app.imageProxyEnabled "if enabled, images in feed entries will be proxied through the server instead of accessed directly by the browser"
$AC wx03-commafeed-openshift-config-mysql.properties app.cache "cache service to use, possible values are 'noop' and 'redis'"
# wx05 Podsync TOML (one key repeated upstream, so a line-based flattener)
python3 tomlc2props.py $O/wx05-podsync-config.toml.example wx05-podsync-config-toml-example.properties "mxpv/podsync config.toml.example (TOML) flattened by tomlc2props.py; comments kept"
# compose files: environment entries as KEY=value
python3 compose2env.py $O/wx07-awesome-ttrss-docker-compose.yml wx07-awesome-ttrss-compose.env "HenryQW/Awesome-TTRSS docker-compose.yml: environment entries of all services written by compose2env.py"
$AC wx07-awesome-ttrss-compose.env SELF_URL_PATH "please change to your own domain"
$AC wx07-awesome-ttrss-compose.env DB_PASS "use the same password defined in \`database.postgres\`"
$AC wx07-awesome-ttrss-compose.env POSTGRES_PASSWORD "feel free to change the password (service database.postgres)"
python3 compose2env.py $O/wx12-madh93-miniflux-docker-compose.yml wx12-madh93-homelab-miniflux-compose.env "Madh93/homelab miniflux/docker-compose.yml: environment entries of services db and miniflux written by compose2env.py"
python3 compose2env.py $O/wx13-information-center-rsshub-docker-compose.yml wx13-information-center-rsshub-compose.env "wrd233/information-center rsshub/docker-compose.yml: environment entries written by compose2env.py"
python3 compose2env.py $O/wx15-coral-talk-docker-compose.yml wx15-coral-talk-compose.env "coralproject/talk docker-compose.yml: environment entries written by compose2env.py"
python3 compose2env.py $O/wx16-science-direct-mvp-ojs-docker-compose.yml wx16-science-direct-mvp-ojs-compose.env "GhulamMustufa/science_direct_mvp ojs/docker-compose.yml: environment entries of ojs_db and ojs_app written by compose2env.py"
$AC wx16-science-direct-mvp-ojs-compose.env MYSQL_ROOT_PASSWORD "After first start, open http://localhost:8080\nDB host in OJS installer: ojs_db  (NOT localhost)"
python3 compose2env.py $O/wx17-simonxix-ghost-docker-compose.yml wx17-simonxix-ghost-compose.env "SimonXIX/personal_server_docker ghost/docker-compose.yml: environment entries of ghost and ghost_db written by compose2env.py"
$AC wx17-simonxix-ghost-compose.env url "this url value is just an example, and is likely wrong for your environment!"
python3 compose2env.py $O/wx23-pulsus24-rsshub-docker-compose.yml wx23-pulsus24-rsshub-compose.env "pierporz/pulsus24 rsshub/docker-compose.yml: environment entries written by compose2env.py"
python3 compose2env.py $O/wx27-kstate-janeway-docker-compose.prod.yml wx27-kstate-janeway-compose-prod.env "kstatelibraries/janeway docker-compose.prod.yml: environment entries written by compose2env.py (entries without a value left out)"
$AC wx27-kstate-janeway-compose-prod.env APP_BUILT "If janeway has already been installed this should be true, otherwise it should be left unset or set to 0"
python3 compose2env.py $O/wx29-ghost-stack-docker-compose.yml wx29-ghost-stack-compose.env "alwaysmpe/ghost_stack ghost/docker-compose.yml: environment entries of ghost, db and caddy written by compose2env.py"
$AC wx29-ghost-stack-compose.env database__connection__password "insecure password - db isn't externally accessible."
$AC wx29-ghost-stack-compose.env url "this url value should be configured in the .env file, and defaults to localhost"
python3 compose2env.py $O/wx30-educando-blog-ghost-docker-compose.yml wx30-educando-blog-ghost-compose.env "LorenzoESB/educando-blog ghost/docker-compose.yml: environment entries written by compose2env.py"
$AC wx30-educando-blog-ghost-compose.env url "URL que o Ghost usa internamente (dev)"
$AC wx30-educando-blog-ghost-compose.env database__client "Força SQLite em dev"
# JSON (Ghost config.production.json)
{ echo "# Hcs66/labomaker-news config.production.json (Ghost) flattened by json2props.py"; python3 json2props.py $O/wx08-labomaker-news-config.production.json; } > wx08-labomaker-news-ghost-config-production.properties
{ echo "# Manan-Goradiya/ghostcms-newsletter config.production.json (Ghost) flattened by json2props.py"; python3 json2props.py $O/wx09-ghostcms-newsletter-config.production.json; } > wx09-ghostcms-newsletter-config-production.properties
# Python config modules
python3 py2props.py $O/wx18-nprapps-app_config.py wx18-nprapps-app-template-app-config.properties "nprapps/app-template app_config.py flattened by py2props.py: literal module-level assignments only (configure_targets() not evaluated)"
$AC wx18-nprapps-app-template-app-config.properties PROJECT_NAME "DO NOT STORE SECRETS, PASSWORDS, ETC. IN THIS FILE.\nThey will be exposed to users. Use environment variables instead."
$AC wx18-nprapps-app-template-app-config.properties DEBUG "These variables will be set at runtime. See configure_targets() below\n(configure_targets: production sets DEBUG = False; staging and local set DEBUG = True)"
python3 py2props.py $O/wx21-lumina-news-config.py wx21-lumina-news-config.properties "okneen123-byte/Lumina-News config.py flattened by py2props.py"
$AC wx21-lumina-news-config.properties PAID_USERS[0] "später kommen hier echte Paid-User rein"
$AC wx21-lumina-news-config.properties PAID_PLAN_PRICE_ID "Preis-ID aus Stripe Dashboard"
# YAML values / Spring profile
python3 yaml2propsat.py $O/wx19-tillmzw-argocd-miniflux-values.yaml wx19-tillmzw-argocd-miniflux-values.properties "tillmzw/argocd miniflux/values.yaml (Helm values) flattened by yaml2props.py rules"
python3 yaml2propsat.py $O/wx20-rishikanthc-miniflux-values.yaml wx20-rishikanthc-miniflux-helm-values.properties "rishikanthc/helm-charts miniflux/values.yaml (Helm values) flattened by yaml2props.py rules"
python3 yaml2propsat.py $O/wx26-speednews-application-prod.yml wx26-speednews-application-prod.properties "doHoaSen/SpeedNews src/main/resources/application-prod.yml (Spring Boot YAML) flattened by yaml2props.py rules"
$AC wx26-speednews-application-prod.properties spring.datasource.url "예: jdbc:postgresql://HOST:PORT/DB?sslmode=require"
