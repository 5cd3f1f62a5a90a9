#!/bin/sh
# Rebuild every flattened file from originals/ (run in this directory). No readiness code.
set -e
for f in wg01-reptoro-vertx-config wg02-vertx-mysql-poc-config wg03-vertx-admin-demo-config wg11-rivalcoins-wallet-appsettings-kubernetes wg12-loyalty-program-appsettings-kubernetes wg13-intelli-crm-appsettings-prod wg21-farewellmybeloved-appsettings-production wg26-keycloak-backchannel-angularbff-appsettings wg28-neo-node-rpcserver-plugin wg29-nethermind-mainnet-config wg30-aspnet-musicstore-config; do
  python3 jsonc2props.py originals/$f.json > $f.properties; done
for f in wg04-pig-feed-application-prod wg06-kotlinconf-backend-application wg15-ktor-demo-application-prod wg20-helio-core-server-application-prod; do
  python3 hocon2props.py originals/$f.conf > $f.properties; done
python3 yaml2propsc.py originals/wg05-dropwizard-example.yml > wg05-dropwizard-example.properties
python3 yaml2propsc.py originals/wg07-helidon-dbclient-oracle-ucp-application.yaml > wg07-helidon-dbclient-oracle-ucp-application.properties
python3 yaml2propsc.py originals/wg16-3bank-micronaut-application.yml > wg16-3bank-micronaut-application.properties
python3 yaml2propsc.py originals/wg25-keycloak-dropwizard-config.yml > wg25-keycloak-dropwizard-config.properties
for f in wg22-fenrir-s-micronaut-application wg23-sticker-authservice-micronaut-application wg24-heatcontrol3-micronaut-application; do
  (echo "# Flattened from $f.toml (TOML) by toml2props.py"; python3 toml2props.py originals/$f.toml) > $f.properties; done
python3 compose2env.py originals/wg10-kapua-docker-compose.yml wg10-kapua-docker-compose.env "environment: of services es and kapua-api of eclipse-kapua/kapua deployment/docker/compose/docker-compose.yml, by compose2env.py (entries without a value, passed through from the shell, left out)"
python3 compose2env.py originals/wg27-eventstore-docker-compose.yml wg27-eventstore-docker-compose.env "environment: of service esdb-node1 of EventStore/EventStore docker-compose.yml (KurrentDB three-node cluster), by compose2env.py; nodes 2 and 3 differ only in IPs and ports; shared.env (env_file) not included" esdb-node1
