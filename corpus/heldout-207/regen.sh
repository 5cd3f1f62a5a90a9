#!/bin/sh
# Rebuild every flattened file of this set from originals/ (run from this directory). No readiness code.
set -e
sed -e '/^main()$/d' yaml2props.py > y2p_core.py
python3 compose2env.py originals/yd01-boardgametracker-docker-compose.example.yml yd01-boardgametracker-compose-example.env "environment: of mregni/BoardGameTracker docker-compose.example.yml (services db, boardgametracker) by compose2env.py"
python3 py2propsc.py originals/yd06-jodal-comics-settings-base.py yd06-jodal-comics-settings-base.properties "Flattened from jodal/comics comics/settings/base.py (Django base settings) by py2propsc.py; non-literal values (paths built with os.path) left out" >/dev/null
python3 compose2env.py originals/yd09-foundryvtt-docker-compose.yml yd09-foundryvtt-docker-compose.env "environment: of felddy/foundryvtt-docker compose.yml (service foundry) by compose2env.py; commented-out entries are not keys"
# yd10: the upstream file is a Gradle processResources template (\${...} escapes); unescape \$ to $ as the build does, then flatten
sed -e 's/\\\$/$/g' originals/yd10-komga-application.yml > yd10-komga-application.build.yml
python3 yaml2propsc.py yd10-komga-application.build.yml yd10-komga-application.properties "Flattened from gotson/komga komga/src/main/resources/application.yml (Spring Boot, one document; Gradle escapes \\$ resolved to $ as processResources does) by yaml2propsc.py" >/dev/null
rm -f yd10-komga-application.build.yml
python3 yaml2propsc.py originals/yd12-booklore-example-chart-values.yaml yd12-booklore-example-chart-values.properties "Flattened from booklore-app/booklore example-chart/values.yaml (Helm values) by yaml2propsc.py; empty maps and lists written as empty values" >/dev/null
python3 yaml2propsc.py originals/yd13-civilization-config-heroku.yml yd13-civilization-config-heroku.properties "Flattened from cash1981/civilization-boardgame-rest src/main/resources/config-heroku.yml (Dropwizard config for Heroku) by yaml2propsc.py" >/dev/null
python3 ini2props.py originals/yd14-servatrice-docker.ini yd14-servatrice-docker-ini.properties "Flattened from Cockatrice/Cockatrice servatrice/docker/servatrice-docker.ini (Servatrice INI for the Docker setup) by ini2props.py (section.key)"
python3 yaml2propsc.py originals/yd16-komf-application.yml yd16-komf-application.properties "Flattened from Snd-R/komf src/main/resources/application.yml (komf default config) by yaml2propsc.py" >/dev/null
python3 yaml2propsc.py originals/yd19-freeboardgames-helm-values.yaml yd19-freeboardgames-helm-values.properties "Flattened from freeboardgames/FreeBoardGames.org helm/values.yaml (Helm values) by yaml2propsc.py; inline comments kept above their keys" >/dev/null
{ echo "# Flattened from lazionut/BoardgamesEShopManagement BoardgamesEShopManagement.API/appsettings.json (ASP.NET Core) by json2props.py"; python3 json2props.py originals/yd22-boardgames-eshop-api-appsettings.json; } > yd22-boardgames-eshop-api-appsettings.properties
python3 conf2props.py originals/yd23-suwayomi-docker-server.conf yd23-suwayomi-docker-server-conf.properties "Flattened from Suwayomi/Suwayomi-Server docker/server.conf (flat HOCON) by conf2props.py"
python3 render2env.py originals/yd26-mana-meeples-render.yaml yd26-mana-meeples-render-blueprint.env "envVars of muppetbrown/mana_meeples_boardgame_list render.yaml (Render blueprint, services mana-meeples-boardgame-list and mana-meeples-library-web) by render2env.py; sync:false entries (DATABASE_URL, ADMIN_TOKEN) are set in the Render dashboard and left out"
{ echo "# Flattened from szymek325/boardgame-rental-app src/Rental.WebApi/appsettings.json (ASP.NET Core, with an NLog section) by json2props.py"; python3 json2props.py originals/yd27-boardgame-rental-webapi-appsettings.json; } > yd27-boardgame-rental-webapi-appsettings.properties
