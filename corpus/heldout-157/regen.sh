#!/bin/sh
# Rebuild every flattened file from originals/ (run from this folder). Verbatim dotenv/.properties files
# (wf03 wf04 wf05 wf07 wf15 wf21 wf22 wf25 wf28) have no original and are not rebuilt.
set -e
y() { python3 yamlc2props.py "originals/$1" "$2" "$3"; }
a() { python3 asini2props.py "originals/$1" "$2" "$3"; }
x() { python3 xmlparam2props.py "originals/$1" "$2" "$3"; }
j() { (echo "# $3"; python3 json2props.py "originals/$1") > "$2"; }
y wf01-gorush-config.yml wf01-gorush-config.properties "Flattened from wf01-gorush-config.yml (gorush push notification server config.yml) by yamlc2props.py; comments kept above keys"
python3 compose2env.py originals/wf02-homer7-influx-grafana-compose.abridged.yml wf02-homer7-influx-grafana-compose.env "environment: of services db, heplify-server, homer-webapp, grafana in sipcapture/homer7-docker heplify-server/hom7-influx-grafana/docker-compose.yml (the provisioning service, which holds no environment, cut from the original copy)" db,heplify-server,homer-webapp,grafana
python3 compose2env.py originals/wf06-jambonz-local-docker-compose.abridged.yaml wf06-jambonz-local-docker-compose.env "environment: of services mysql, feature-server, api-server, webapp in guhan-aumne/jambonz-local docker-compose.yaml (repeated keys keep the first value)" mysql,feature-server,api-server,webapp
y wf08-matrix-on-premise-sygnal.yaml wf08-matrix-on-premise-sygnal.properties "Flattened from wf08-matrix-on-premise-sygnal.yaml (Sygnal push gateway YAML) by yamlc2props.py; comments kept above keys"
y wf09-opencitivibes-ntfy-server.yml wf09-opencitivibes-ntfy-server.properties "Flattened from wf09-opencitivibes-ntfy-server.yml (ntfy server.yml) by yamlc2props.py; comments kept above keys"
a wf10-pizza-phone-asterisk-ari.conf wf10-pizza-phone-asterisk-ari.properties "Flattened from wf10-pizza-phone-asterisk-ari.conf (Asterisk ari.conf) by asini2props.py to section.key"
y wf11-hurlu-gotify-config.yml wf11-hurlu-gotify-config.properties "Flattened from wf11-hurlu-gotify-config.yml (Gotify server config.yml) by yamlc2props.py; comments kept above keys"
y wf12-gotify-dc-config.yml wf12-gotify-dc-config.properties "Flattened from wf12-gotify-dc-config.yml (Gotify server config.yml) by yamlc2props.py; comments kept above keys"
y wf13-ntfy-stack-server.yml wf13-ntfy-stack-server.properties "Flattened from wf13-ntfy-stack-server.yml (ntfy server.yml) by yamlc2props.py; comments kept above keys"
a wf14-asterisk-api-environment-ari.conf wf14-asterisk-api-environment-ari.properties "Flattened from wf14-asterisk-api-environment-ari.conf (Asterisk ari.conf) by asini2props.py to section.key; trailing ';' comments moved to '#' lines above"
x wf16-somleng-freeswitch-event-socket.conf.xml wf16-somleng-freeswitch-event-socket.properties "Flattened from wf16-somleng-freeswitch-event-socket.conf.xml (FreeSWITCH event_socket.conf.xml) by xmlparam2props.py: <param> as settings.<name>"
x wf17-retromusicbox-freeswitch-event-socket.conf.xml wf17-retromusicbox-freeswitch-event-socket.properties "Flattened from wf17-retromusicbox-freeswitch-event-socket.conf.xml (FreeSWITCH event_socket.conf.xml) by xmlparam2props.py: <param> as settings.<name>"
a wf18-jasmin-gateway-setup-jasmin.cfg wf18-jasmin-gateway-setup-jasmin.properties "Flattened from wf18-jasmin-gateway-setup-jasmin.cfg (Jasmin SMS gateway INI) by asini2props.py to section.key"
j wf19-worldr-push-proxy-mattermost-push-proxy.json wf19-worldr-push-proxy-mattermost-push-proxy.properties "Flattened from wf19-worldr-push-proxy-mattermost-push-proxy.json (Mattermost push proxy JSON) by json2props.py"
j wf20-docker-mattermost-push-proxy.json wf20-docker-mattermost-push-proxy.properties "Flattened from wf20-docker-mattermost-push-proxy.json (Mattermost push proxy JSON) by json2props.py"
y wf23-egvimo-helm-ntfy-values.yaml wf23-egvimo-helm-ntfy-values.properties "Flattened from wf23-egvimo-helm-ntfy-values.yaml (Helm chart values for ntfy) by yamlc2props.py; comments kept above keys"
y wf24-capcom6-sms-gateway-config.example.yml wf24-capcom6-sms-gateway-config.properties "Flattened from wf24-capcom6-sms-gateway-config.example.yml (SMS Gateway for Android server config) by yamlc2props.py"
y wf26-4irl-notifs-ntfy-server.yml wf26-4irl-notifs-ntfy-server.properties "Flattened from wf26-4irl-notifs-ntfy-server.yml (ntfy server.yml) by yamlc2props.py; comments kept above keys"
a wf27-asterisk-dockernizado-http.conf wf27-asterisk-dockernizado-http.properties "Flattened from wf27-asterisk-dockernizado-http.conf (Asterisk http.conf, the HTTP server behind ARI and AMI-over-HTTP) by asini2props.py to section.key"
a wf29-centralino-asterisk-ari.conf wf29-centralino-asterisk-ari.properties "Flattened from wf29-centralino-asterisk-ari.conf (Asterisk ari.conf) by asini2props.py to section.key"
python3 -c "import yaml; open('/tmp/wf30-inner.yml','w').write(yaml.safe_load(open('originals/wf30-tedyst-kubernetes-gotify-configmap.yml'))['data']['config.yml'])"
python3 yamlc2props.py /tmp/wf30-inner.yml wf30-tedyst-kubernetes-gotify-configmap.properties "Flattened from the data.config.yml block of wf30-tedyst-kubernetes-gotify-configmap.yml (Kubernetes ConfigMap holding the Gotify config.yml) by yamlc2props.py; comments kept above keys"
