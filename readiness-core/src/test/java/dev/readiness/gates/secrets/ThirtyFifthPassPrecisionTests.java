package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fifth pass's precision rules, each with a catch and a tempting clean value: template and code references
 * (Appwrite's {@code {{_APP_X}}}, Nhost's {@code {{ secrets.X }}}, Strapi's {@code config.password}), a development
 * variant beside its production variant, implicit-TLS ports and https public URLs beside a plain switch, and the
 * identity and communication platforms' own names (Keycloak's {@code requiredCredentials}, Dex's durations, Asterisk's
 * auth sections, LiveKit's key ids).
 */
class ThirtyFifthPassPrecisionTests {

    /** The codes of the WARN and NO-GO findings on a key (an INFO is a note, not a problem). */
    static List<String> problems(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO)
                .map(f -> f.code()).toList();
    }

    @Test
    void appwritesUnderscoredTemplateTokensShouldBeDeferred() {
        String env = """
                _APP_ENV=production
                _APP_OPENSSL_KEY_V1={{_APP_OPENSSL_KEY_V1}}
                _APP_DB_PASS={{_APP_DB_PASS}}
                _APP_EXECUTOR_SECRET={{_APP_EXECUTOR_SECRET}}
                """;
        assertThat(problems("appwrite.env", env, "_APP_DB_PASS")).isEmpty();
        assertThat(problems("appwrite.env", env, "_APP_EXECUTOR_SECRET")).isEmpty();
        // a fill-in marker stays one, leading underscores or not
        String fillIns = """
                _APP_OPENSSL_KEY_V1={{_YOUR_OPENSSL_KEY}}
                _APP_DB_PASS={{_YOUR_DB_PASS}}
                """;
        assertThat(problems("appwrite.env", fillIns, "_APP_DB_PASS")).isNotEmpty();
        assertThat(problems("appwrite.env", "_APP_DB_PASS={{_APP_DB_PASS}}\n", "_APP_DB_PASS")).isNotEmpty();
    }

    @Test
    void aPlatformsSecretExpressionShouldBeDeferred() {
        String nhost = """
                hasura.adminSecret={{ secrets.HASURA_GRAPHQL_ADMIN_SECRET }}
                hasura.webhookSecret={{ secrets.nhost_webhook_secret }}
                flows.db.password={{ secret('DB_PASSWORD') }}
                """;
        assertThat(problems("nhost.properties", nhost, "hasura.adminSecret")).isEmpty();
        assertThat(problems("nhost.properties", nhost, "hasura.webhookSecret")).isEmpty();
        assertThat(problems("nhost.properties", nhost, "flows.db.password")).isEmpty();
        // a name addressing the reader, or more than the one look-up, is judged
        assertThat(problems("nhost.properties", "hasura.adminSecret={{ secrets.YOUR_ADMIN_SECRET }}\n",
                "hasura.adminSecret")).isNotEmpty();
        assertThat(problems("nhost.properties", "hasura.adminSecret={{ secrets }}changeme\n",
                "hasura.adminSecret")).isNotEmpty();
    }

    @Test
    void aCodeObjectsOwnFieldShouldBeReadAsTheCodeReadsIt() {
        String strapi = """
                connection.client=postgres
                connection.connection.host=config.host
                connection.connection.port=config.port
                connection.connection.password=config.password
                """;
        assertThat(problems("database.properties", strapi, "connection.connection.password")).isEmpty();
        // alone, as a fill-in object, or echoing its own key, the text is judged as written
        assertThat(problems("database.properties", "connection.password=config.password\n", "connection.password"))
                .isNotEmpty();
        String fillIn = """
                db.host=your.host
                db.password=your.password
                """;
        assertThat(problems("database.properties", fillIn, "db.password")).isNotEmpty();
    }

    @Test
    void aDevelopmentVariantBesideItsProductionVariantMayHoldLocalhost() {
        String env = """
                FRONTEND_URL=https://app.acme-health.org
                FRONTEND_URL_DEV=http://localhost:3000
                ASSET_BASE_URL=https://cdn.acme-health.org
                ASSET_BASE_URL_DEV=http://localhost:4444
                """;
        assertThat(problems("keystone.env", env, "FRONTEND_URL_DEV")).isEmpty();
        assertThat(problems("keystone.env", env, "ASSET_BASE_URL_DEV")).isEmpty();
        // without the production variant beside it the key is judged, and so is the production variant itself
        assertThat(problems("keystone.env", "FRONTEND_URL_DEV=http://localhost:3000\n", "FRONTEND_URL_DEV"))
                .containsExactly("sandbox.local-public-url");
        assertThat(problems("keystone.env", "FRONTEND_URL=http://localhost:3000\nFRONTEND_URL_DEV=http://x.io\n",
                "FRONTEND_URL")).containsExactly("sandbox.local-public-url");
    }

    @Test
    void aStartTlsSwitchOffBesideAnImplicitTlsPortShouldBeNoClearTextLink() {
        String alertmanager = """
                global.smtp_smarthost=smtp.qq.com:465
                global.smtp_auth_username=alerts@acme-health.org
                global.smtp_auth_password=${SMTP_PASSWORD}
                global.smtp_require_tls=false
                """;
        assertThat(problems("alertmanager.properties", alertmanager, "global.smtp_require_tls")).isEmpty();
        assertThat(problems("alertmanager.properties", alertmanager.replace(":465", ":587"),
                "global.smtp_require_tls")).containsExactly("sandbox.tls-off");
    }

    @Test
    void aPlainListenerBehindAnHttpsPublicUrlOrItsOwnTlsShouldBeNoFinding() {
        String grafana = """
                server.protocol=http
                server.http_port=3000
                server.root_url=https://metrics.acme-health.org
                """;
        assertThat(problems("grafana.properties", grafana, "server.protocol")).isEmpty();
        assertThat(problems("grafana.properties", grafana.replace("https://", "http://"), "server.protocol"))
                .containsExactly("sandbox.tls-off");
        String stalwart = """
                server.listener.https.bind=[::]:443
                server.listener.https.protocol=http
                server.listener.https.tls.implicit=true
                """;
        assertThat(problems("config.properties", stalwart, "server.listener.https.protocol")).isEmpty();
        assertThat(problems("config.properties", stalwart.replace("implicit=true", "implicit=false"),
                "server.listener.https.protocol")).containsExactly("sandbox.tls-off");
    }

    @Test
    void aRealmsListOfRequiredCredentialKindsShouldBeNoSecret() {
        String realm = """
                realm=acme
                sslRequired=external
                requiredCredentials[0]=password
                clients[0].attributes.client.secret.creation.time=1700000000
                clients[0].protocolMappers[0].config.access.token.claim=true
                """;
        assertThat(problems("realm.properties", realm, "requiredCredentials[0]")).isEmpty();
        assertThat(problems("realm.properties", realm, "clients[0].protocolMappers[0].config.access.token.claim"))
                .isEmpty();
        // credentials of any other kind stay secrets
        assertThat(problems("realm.properties", "service.credentials=password\n", "service.credentials"))
                .isNotEmpty();
    }

    @Test
    void aDurationUnderATokenLifetimeKeyShouldBeNoSecret() {
        String dex = """
                expiry.idTokens=1h
                expiry.signingKeys=6h
                expiry.refreshTokens.validIfNotUsedFor=168h
                """;
        assertThat(problems("dex.properties", dex, "expiry.idTokens")).isEmpty();
        assertThat(problems("dex.properties", dex, "expiry.signingKeys")).isEmpty();
        // a word under the same key, or a duration-like text under a key of no quantity, is judged
        assertThat(problems("dex.properties", "expiry.idTokens=changeme\n", "expiry.idTokens")).isNotEmpty();
        assertThat(problems("dex.properties", "auth.token=1h\n", "auth.token")).isNotEmpty();
    }

    @Test
    void aValueNamingTheSectionOrMapEntryThatHoldsTheSecretShouldBeNoSecret() {
        String pjsip = """
                6001.type=endpoint
                6001.auth=6001-auth
                6001-auth.type=auth
                6001-auth.username=6001
                6001-auth.password=${EXTEN_6001_SECRET}
                """;
        assertThat(problems("pjsip.properties", pjsip, "6001.auth")).isEmpty();
        String livekit = """
                keys.APIdJZvdWkDYNiD=${LIVEKIT_API_SECRET}
                webhook.api_key=APIdJZvdWkDYNiD
                webhook.urls[0]=https://api.acme-health.org/livekit/webhook
                """;
        assertThat(problems("livekit.properties", livekit, "webhook.api_key")).isEmpty();
        // a part of a key that holds no secret is no evidence: a network key copying a device's address stays caught
        String zigbee = """
                advanced.network_key[0]=0x543204fffe3de658
                devices.0x543204fffe3de658.friendly_name=0x543204fffe3de658
                """;
        assertThat(problems("configuration.properties", zigbee, "advanced.network_key[0]")).isNotEmpty();
        assertThat(problems("pjsip.properties", "6001.auth=6001-auth\n", "6001.auth")).isNotEmpty();
    }

    @Test
    void theKeyOfAnEntryInAListNamedForSecretsShouldBeJudgedAsTheIdentifierItIs() {
        String kong = """
                consumers[0].username=mobile-app
                consumers[0].jwt_secrets[0].key=mobile-app-issuer
                consumers[0].jwt_secrets[0].algorithm=RS256
                consumers[0].jwt_secrets[0].rsa_public_key=-----BEGIN PUBLIC KEY-----
                consumers[0].jwt_secrets[1].key=web-issuer
                consumers[0].jwt_secrets[1].secret=${KONG_JWT_SECRET}
                """;
        assertThat(problems("kong.properties", kong, "consumers[0].jwt_secrets[0].key")).isEmpty();
        assertThat(problems("kong.properties", kong, "consumers[0].jwt_secrets[1].key")).isEmpty();
        // an identifier is still judged for stand-ins, and a key with no pair beside it stays a secret
        assertThat(problems("kong.properties", kong.replace("web-issuer", "changeme"),
                "consumers[0].jwt_secrets[1].key")).isNotEmpty();
        assertThat(problems("kong.properties", "consumers[0].jwt_secrets[0].key=mobile-app-issuer\n",
                "consumers[0].jwt_secrets[0].key")).isNotEmpty();
    }
}
