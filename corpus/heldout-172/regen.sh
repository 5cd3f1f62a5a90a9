#!/bin/bash
# Rebuild the flattened files from originals/ (run in this directory).
set -e
hdr() { python3 - "$1" "$2" <<'PY'
import sys
f, h = sys.argv[1], sys.argv[2]
L = open(f, encoding="utf-8").read().split("\n")
L[0] = "# " + h
open(f, "w", encoding="utf-8").write("\n".join(L))
PY
}
python3 tomlline2props.py originals/wu01-lyrafin-listmonk-config.toml wu01-lyrafin-listmonk-config.properties "Flattened from ecryptoguru/lyrafin-ops-infra listmonk/config.toml (listmonk TOML) by tomlline2props.py; comments kept"
python3 tomlline2props.py originals/wu02-tranzlo-listmonk-config.toml wu02-tranzlo-listmonk-config.properties "Flattened from majdi1982/tranzlo listmonk/config.toml (listmonk TOML with Go-template values) by tomlline2props.py"
python3 tomlline2props.py originals/wu03-ecommszone-listmonk-config.toml wu03-ecommszone-listmonk-config.properties "Flattened from OmniQuestMediaInc/eCommsZone listmonk/config.toml (listmonk TOML) by tomlline2props.py; comments kept"
python3 phpdefc2props.py originals/wu05-juliabez-yourls-config.php wu05-juliabez-yourls-config.properties "Flattened from JuliaBez/url-shortner user/config.php (YOURLS PHP config) by phpdefc2props.py; doc comments kept"
python3 yaml2props.py originals/wu07-facet-mautic-k8s-values.yaml wu07-facet-mautic-k8s-values.properties >/dev/null
hdr wu07-facet-mautic-k8s-values.properties "Flattened from FacetInteractive/mautic-k8s k8s/values.yaml (Helm values for Mautic on Kubernetes) by yaml2props.py"
python3 phpenvarr2props.py originals/wu08-mautic-eb-parameters-local-abridged.php wu08-mautic-eb-parameters-local.properties "Flattened from TheDMSGroup/mautic-eb mautic_eb/app/config/parameters_local.php (\$parameters array) by phpenvarr2props.py; getenv(X) ?: default written as \${X:default}"
python3 composec2env.py originals/wu10-menscircle-listmonk-compose.yml wu10-menscircle-listmonk-compose.env "Compose environment of beardcoder/mens-circle-web listmonk/docker-compose.yml, written by composec2env.py (compose2env.py + comments above entries)"
python3 composec2env.py originals/wu11-featureflag-growthbook-compose.yml wu11-featureflag-growthbook-compose.env "Compose environment of alexratmanpl/feature-flag-services growthbook/docker-compose.yml, written by composec2env.py"
python3 composec2env.py originals/wu12-epicofficer-shlink-compose.yml wu12-epicofficer-shlink-compose.env "Compose environment of EpicOfficer/infrastructure shlink/docker-compose.yml, written by composec2env.py"
python3 phpvarsc2props.py originals/wu13-ramir1-phplist-config-excerpt.php wu13-ramir1-phplist-config.properties "Flattened from Ramir1/phplist public_html/lists/config/config.php (phpList PHP config, first four sections) by phpvarsc2props.py; comments kept"
python3 sectini2props.py originals/wu14-revive-installed-conf.ini.php wu14-revive-installed-conf.properties "Flattened from JimmyBryant/revive-adserver-installed var/47.98.145.165.conf.php (Revive Adserver INI config) by sectini2props.py"
python3 yaml2props.py originals/wu15-adsproject-campaign-service-application.yml wu15-adsproject-campaign-service-application.properties >/dev/null
hdr wu15-adsproject-campaign-service-application.properties "Flattened from lakkaramnaveen/ads_project campaign-service/src/main/resources/application.yml (Spring Boot YAML) by yaml2props.py"
{ echo "# Flattened from MikeTeddyOmondi/docker-compose-templates shlink/servers.json (shlink-web-client server list, JSON) by json2props.py"; python3 json2props.py originals/wu16-miketeddy-shlink-servers.json; } > wu16-miketeddy-shlink-servers.properties
python3 composec2env.py originals/wu17-scholarshipowl-mautic-compose.yml wu17-scholarshipowl-mautic-compose.env "Compose environment of ka4a/scholarshipowl mautic/docker-compose.yml (Compose v1 format), written by composec2env.py"
python3 composec2env.py originals/wu18-testnovu-novu-compose.yml wu18-testnovu-novu-compose.env "Compose environment of ifundeasy/test-novu novu/docker-compose.yml, written by composec2env.py (first value of a repeated key kept)"
python3 composec2env.py originals/wu19-helpdesk-workshop-chatwoot-compose.yml wu19-helpdesk-workshop-chatwoot-compose.env "Compose environment of eremeye/helpdesk-workshop chatwoot/docker-compose.yml, written by composec2env.py (entries without a value left out)"
python3 composec2env.py originals/wu20-flagsperf-unleash-compose.yml wu20-flagsperf-unleash-compose.env "Compose environment of alxckn/flags_frontend_perf unleash/docker-compose.yml, written by composec2env.py (first value of a repeated key kept)"
python3 composec2env.py originals/wu21-orgops-keila-compose.yml wu21-orgops-keila-compose.env "Compose environment of OrgOpsIO/tool-configurations keila/docker-compose.yml, written by composec2env.py"
python3 composec2env.py originals/wu22-customer-action-snowplow-compose.yml wu22-customer-action-snowplow-compose.env "Compose environment of buiducviet/Customer_Action_Data_Analys_Platform snowplow/docker-compose.yml, written by composec2env.py (first value of a repeated key kept)"
python3 composec2env.py originals/wu24-dalim-mailtrain-compose.yml wu24-dalim-mailtrain-compose.env "Compose environment of dalim-it/docker-images mailtrain/docker-compose.yml, written by composec2env.py"
python3 yaml2props.py originals/wu28-deel-openreplay-helm-vars.yaml wu28-deel-openreplay-helm-vars.properties >/dev/null
hdr wu28-deel-openreplay-helm-vars.properties "Flattened from letsdeel/openreplay scripts/helmcharts/vars.yaml (OpenReplay Helm install values; YAML anchors expanded) by yaml2props.py"
python3 composec2env.py originals/wu29-coppercrm-mautic-compose.yml wu29-coppercrm-mautic-compose.env "Compose environment of MaxwellM34/CopperCRM mautic/docker-compose.yml, written by composec2env.py"
python3 composec2env.py originals/wu30-victorvcruz-novu-compose.yml wu30-victorvcruz-novu-compose.env "Compose environment of victorvcruz/composes novu/docker-compose.yml, written by composec2env.py (first value of a repeated key kept)"
