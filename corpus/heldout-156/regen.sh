#!/bin/sh
# Rebuild every flattened file from originals/ (run from this directory).
set -e
O=originals
for n in we01-as923-indonesia-chirpstack-network-server we02-connexin-chirpstack-application-server we07-nubeio-lorawan-complete-chirpstack-application-server we19-hydrao-showerhead-chirpstack we20-sitesync-stack-chirpstack; do ./toml2propsh.sh $O/$n.toml $n.properties; done
./toml2propsh.sh $O/we06-ttn-grafana-stack-telegraf.conf we06-ttn-grafana-stack-telegraf.properties
./toml2propsh.sh $O/we24-siemens-edge-influxdata-stack-influxdb.conf we24-siemens-edge-influxdata-stack-influxdb.properties
python3 yaml2propsg.py $O/we03-ha-aio-compose-secrets.yaml we03-ha-aio-compose-secrets.properties
python3 yaml2propsg.py $O/we04-jleagle-smart-home-frigate-config.yml we04-jleagle-smart-home-frigate-config.properties
python3 yaml2propsg.py $O/we09-hosaka-selfhosted-frigate-config.yml we09-hosaka-selfhosted-frigate-config.properties
python3 yaml2propsg.py $O/we12-dockeriot-zigbee2mqtt-configuration.yaml we12-dockeriot-zigbee2mqtt-configuration.properties
python3 yaml2propsg.py $O/we13-docker-iot-stack-zigbee2mqtt-configuration.yaml we13-docker-iot-stack-zigbee2mqtt-configuration.properties
python3 yaml2propsg.py $O/we23-ha-mosquitto-z2m-docker-zigbee2mqtt-configuration.yaml we23-ha-mosquitto-z2m-docker-zigbee2mqtt-configuration.properties
python3 hocon2props.py $O/we05-wesense-deploy-emqx.conf we05-wesense-deploy-emqx.properties
cp $O/we08-jhuster-emqx-docker-emqx.conf.abridged we08-jhuster-emqx-docker-emqx.properties
python3 ini2propsx.py $O/we10-carbonoz-solarautopilot-grafana.ini we10-carbonoz-solarautopilot-grafana.properties
cp $O/we11-wb-mosquitto-mosquitto.conf we11-wb-mosquitto-mosquitto.properties
for n in we14-tolaram-trace-traccar we15-centralgps-traccar we21-megactek-traccar-docker-traccar we22-m41na-traccar-docker-traccar; do python3 xmlentries2props.py $O/$n.xml $n.properties; done
cp $O/we16-openhab2-conf-influxdb.cfg we16-openhab2-conf-influxdb.properties
cp $O/we17-iotqmax-thingsboard-tb-node.env we17-iotqmax-thingsboard-tb-node.env
{ echo "# From settings-template.sh ('export ' removed, trailing blanks removed as the shell drops them; comments kept)"; sed -e 's/^export //' -e 's/[ \t]*$//' $O/we18-bakerpilot-settings-template.sh; echo; } > we18-bakerpilot-settings-template.env
{ echo "# Flattened from we25-dakl-homebridge-config.json by json2props.py"; python3 json2props.py $O/we25-dakl-homebridge-config.json; } > we25-dakl-homebridge-config.properties
{ echo "# Flattened from we26-home-server-setup-homebridge-config.json by json2props.py"; python3 json2props.py $O/we26-home-server-setup-homebridge-config.json; } > we26-home-server-setup-homebridge-config.properties
python3 compose2env.py $O/we27-vamas-chirpstack-docker-compose.yml we27-vamas-chirpstack-docker-compose.env "environment: entries of the ChirpStack v3 services (first value kept where a key repeats) by compose2env.py"
python3 compose2env.py $O/we28-thingsboard-frigate-nginx-compose.yml we28-thingsboard-frigate-nginx-compose.env "environment: of services thingsboard and postgres, by compose2env.py (Portuguese comments dropped)"
python3 compose2env.py $O/we29-micro-red-iot-thingsboard-compose.yml we29-micro-red-iot-thingsboard-compose.env "environment: of services zookeeper, kafka and microgridtb, by compose2env.py"
python3 compose2env.py $O/we30-sistema-iot-frigorificos-thingsboard-compose.yml we30-sistema-iot-frigorificos-thingsboard-compose.env "environment: of services postgres and thingsboard-ce, by compose2env.py"
