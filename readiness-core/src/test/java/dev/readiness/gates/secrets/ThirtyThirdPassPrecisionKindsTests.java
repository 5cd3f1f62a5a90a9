package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.ThirtyThirdPassPrecisionTests.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Clean values of configuration kinds the corpus barely holds, found by the thirty-third pass's probes, each beside
 * the value that must still be caught: Home Assistant's, ESPHome's and Zigbee2MQTT's {@code !secret} look-ups, Trino's
 * and Commons Text's {@code ${ENV:…}} look-ups, EMQX's salt position, and Hardhat's own local network.
 */
class ThirtyThirdPassPrecisionKindsTests {

    @Test
    void aHomeAssistantSecretLookUpShouldBeDeferredToSecretsYaml() {
        String yaml = """
                mqtt:
                  broker: core-mosquitto
                  password: !secret mqtt_password
                wifi:
                  password: !secret wifi_password
                api:
                  encryption:
                    key: !secret api_key
                ota:
                  password: changeme
                """;
        assertThat(problems("configuration.yaml", yaml, "mqtt.password")).isEmpty();
        assertThat(problems("configuration.yaml", yaml, "wifi.password")).isEmpty();
        assertThat(problems("configuration.yaml", yaml, "api.encryption.key")).isEmpty();
        assertThat(problems("configuration.yaml", yaml, "ota.password")).isNotEmpty();
        // Zigbee2MQTT quotes the look-up, and flattened files keep it as text
        String flattened = """
                mqtt.user='!secret mqtt_user'
                mqtt.password=!secret mqtt_password
                advanced.network_key=!secret.yaml network_key
                influxdb.password=!secret influx password
                """;
        assertThat(problems("configuration.properties", flattened, "mqtt.password")).isEmpty();
        assertThat(problems("configuration.properties", flattened, "advanced.network_key")).isEmpty();
        // two words after the tag are no entry's name
        assertThat(problems("configuration.properties", flattened, "influxdb.password")).isNotEmpty();
    }

    @Test
    void aProviderPrefixedEnvironmentLookUpShouldBeReadAsThePlaceholderItMeans() {
        String catalog = """
                connector.name=postgresql
                connection-url=jdbc:postgresql://pg.internal.acme.io:5432/analytics?sslmode=require
                connection-user=trino
                connection-password=${ENV:PG_PASSWORD}
                internal-communication.shared-secret=${ENV:TRINO_SHARED_SECRET}
                """;
        assertThat(problems("postgresql.properties", catalog, "connection-password")).isEmpty();
        assertThat(problems("postgresql.properties", catalog, "internal-communication.shared-secret")).isEmpty();
        // a default after :- is what runs when the variable is unset, and is judged
        String defaulted = "scalar.db.password=${env:SCALAR_DB_PASSWORD:-password}\n";
        assertThat(problems("database.properties", defaulted, "scalar.db.password")).isNotEmpty();
        // another provider is not read so
        String other = "connection.password=${vault:changeme}\n";
        assertThat(problems("connector.properties", other, "connection.password")).isNotEmpty();
    }

    @Test
    void aSaltsPositionShouldBeNoSecret() {
        String emqx = """
                EMQX_AUTHENTICATION__1__PASSWORD_HASH_ALGORITHM__NAME=sha256
                EMQX_AUTHENTICATION__1__PASSWORD_HASH_ALGORITHM__SALT_POSITION=suffix
                PASSWORD_SALT=suffix
                """;
        assertThat(problems("emqx.env", emqx, "EMQX_AUTHENTICATION__1__PASSWORD_HASH_ALGORITHM__SALT_POSITION"))
                .isEmpty();
        assertThat(problems("emqx.env", emqx, "PASSWORD_SALT")).isNotEmpty();
    }

    @Test
    void hardhatsOwnLocalNetworkShouldBeOneNetworkOfTheList() {
        String config = """
                networks.hardhat.chainId=31337
                networks.localhost.chainId=1337
                networks.mainnet.chainId=31337
                CHAIN_ID=31337
                """;
        assertThat(problems("hardhat.config.properties", config, "networks.hardhat.chainId")).isEmpty();
        assertThat(problems("hardhat.config.properties", config, "networks.localhost.chainId")).isEmpty();
        assertThat(problems("hardhat.config.properties", config, "networks.mainnet.chainId"))
                .containsExactly("sandbox.test-network");
        assertThat(problems("hardhat.config.properties", config, "CHAIN_ID")).containsExactly("sandbox.test-network");
    }

    @Test
    void cleanValuesOfBotPaymentAndChainConfigurationsShouldStayClean() {
        String env = """
                DISCORD_CLIENT_ID=1123456789012345678
                DISCORD_GUILD_ID=987654321098765432
                BOT_OWNER_IDS=123456789012345678,234567890123456789
                TELEGRAM_CHAT_ID=-1001234567890
                SLACK_TEAM_ID=T024BE7LD
                MATRIX_USER_ID=@bot:matrix.org
                STRIPE_PUBLISHABLE_KEY=pk_live_51HqLyjWDarjtT1zdp7dcXu5Z4bMx1YC2cUkGWCRtzDdPxT6nXoOqR5kq3m8
                ADYEN_ENVIRONMENT=LIVE
                PAYPAL_MODE=live
                MOLLIE_TEST_MODE=false
                POLYGON_RPC_URL=https://polygon-rpc.com
                USDC_ADDRESS=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48
                GENESIS_HASH=0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3
                MQTT_TOPIC=home/+/state
                TB_QUEUE_TYPE=in-memory
                LOCK_DSN=flock
                MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
                """;
        for (String key : env.lines().map(line -> line.substring(0, line.indexOf('='))).toList()) {
            assertThat(problems("prod.env", env, key)).as(key).isEmpty();
        }
        // and beside them, a test network's chain and a sandbox switch are still reported
        assertThat(problems("prod.env", "CHAIN_ID=11155111\n", "CHAIN_ID")).isNotEmpty();
        assertThat(problems("prod.env", "PAYPAL_MODE=sandbox\n", "PAYPAL_MODE")).isNotEmpty();
    }

    @Test
    void anotherEnvironmentsVariantBesideItsProductionTwinShouldNotBeProductions() {
        String eas = """
                build.development.env.API_BASE_URL=http://localhost:8000/api
                build.preview.env.API_BASE_URL=https://staging.cnts.sn/api
                build.production.env.API_BASE_URL=https://staging.cnts.sn/api
                app.urls.development=http://localhost:3000
                app.urls.production=https://acme.io
                api.staging.url=https://staging.cnts.sn/api
                """;
        assertThat(problems("eas.properties", eas, "build.development.env.API_BASE_URL")).isEmpty();
        assertThat(problems("eas.properties", eas, "build.preview.env.API_BASE_URL")).isEmpty();
        assertThat(problems("eas.properties", eas, "app.urls.development")).isEmpty();
        // the production variant is judged, and a non-production key without a production twin too
        assertThat(problems("eas.properties", eas, "build.production.env.API_BASE_URL")).isNotEmpty();
        assertThat(problems("eas.properties", eas, "api.staging.url")).isNotEmpty();
        // dbt runs the output its target names
        String dbt = """
                shop.target=dev
                shop.outputs.dev.password=postgres
                shop.outputs.prod.password={{ env_var('DBT_PASSWORD') }}
                """;
        assertThat(problems("profiles.properties", dbt, "shop.outputs.dev.password")).isNotEmpty();
        assertThat(problems("profiles.properties", dbt.replace("target=dev", "target=prod"),
                "shop.outputs.dev.password")).isEmpty();
    }

    @Test
    void aBridgesListenerBesideItsDatabaseUrlShouldBeNoDatabaseHost() {
        String mautrix = """
                appservice.hostname=0.0.0.0
                appservice.port=29317
                appservice.database=postgres://mautrix:${DB_PASSWORD}@postgres/mautrix_telegram
                """;
        assertThat(problems("config.properties", mautrix, "appservice.hostname")).isEmpty();
        // a database name beside the host still makes the section a connection
        String named = """
                reports.hostname=127.0.0.1
                reports.database=reports
                """;
        assertThat(problems("config.properties", named, "reports.hostname")).contains("database.loopback");
    }

    @Test
    void aLocalLinkNameUnderAnInternalKeyShouldBeThatKeysOwn() {
        String ha = """
                homeassistant.internal_url=http://homeassistant.local:8123
                homeassistant.external_url=https://home.local
                INFLUX_URL=http://influx.local:8086
                """;
        assertThat(problems("configuration.properties", ha, "homeassistant.internal_url")).isEmpty();
        // the address everyone else opens, and a key that says nothing, are judged as before
        assertThat(problems("configuration.properties", ha, "homeassistant.external_url")).isNotEmpty();
        assertThat(problems("configuration.properties", ha, "INFLUX_URL")).containsExactly("sandbox.local-host");
    }
}
