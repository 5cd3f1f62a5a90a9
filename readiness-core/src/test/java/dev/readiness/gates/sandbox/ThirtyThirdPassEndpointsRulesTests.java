package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Loopback addresses browsers open by their path or as links to stored files; session cookies without Secure. */
class ThirtyThirdPassEndpointsRulesTests {

    private static List<Tuple> onKey(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.subject().equals(key))
                .map(f -> Tuple.tuple(f.code(), f.severity())).toList();
    }

    @Test
    void aSignInPageOnLoopbackIsAPublicUrlWhateverTheKeyIsCalled() {
        List<Finding> findings = SandboxRuleChecks.production(
                "AUTH_ENDPOINT_URL=http://localhost:8000/oauth/authorize\n"
                + "service.url=https://localhost:7443/login/cas\n"
                + "password.reset.url=http://localhost:5173/reset-password\n"
                + "KC_AUTH=http://127.0.0.1:8083/realms/shop/protocol/openid-connect/auth\n");
        assertThat(onKey(findings, "AUTH_ENDPOINT_URL"))
                .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(onKey(findings, "service.url"))
                .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(onKey(findings, "password.reset.url"))
                .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(onKey(findings, "KC_AUTH")).containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void backChannelEndpointsAndLoopbackCallbacksOnLoopbackAreNotSignInPages() {
        List<Finding> findings = SandboxRuleChecks.production(
                "nakadi.oauth2.localTokenInfoUrl=http://localhost:9021/oauth2/tokeninfo\n"
                + "AUTH_TOKEN_ENDPOINT=http://localhost:8000/oauth/token\n"
                + "SIDECAR_JWKS=http://127.0.0.1:5001/api/auth/jwks\n"
                + "LOGIN_AUDIT_LOG=http://localhost:9000/audit/login-events\n"
                + "AUTH_LOGIN_PROXY=tcp://127.0.0.1:7000/login\n"
                + "LOGIN_API_URL=http://localhost:8081/login\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
        assertThat(SignInPages.named("http", "/api/v1/auth/google/callback")).isFalse();
        assertThat(SignInPages.named("https", "/oauth/authorize?client_id=x")).isTrue();
        assertThat(SignInPages.named("http", "/blog/login-tips")).isFalse();
    }

    @Test
    void theLoopbackPrefixOfLinksToStoredFilesIsAPublicUrl() {
        List<Finding> findings = SandboxRuleChecks.production("file.url=http://localhost:8080\n"
                + "file.urlPrefix=http://127.0.0.1:9060/api/v1/shop/file/\n"
                + "server.fileHostUrl=http://127.0.0.1:9527/\n"
                + "content.imageContentPrefix=http://localhost:8080/\n"
                + "AVATAR_BASE_URL=http://localhost:3000/avatars\n");
        for (String key : List.of("file.url", "file.urlPrefix", "server.fileHostUrl", "content.imageContentPrefix",
                "AVATAR_BASE_URL")) {
            assertThat(onKey(findings, key)).as(key)
                    .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        }
    }

    @Test
    void fileServicesAndImageRegistriesOnLoopbackAreNotLinksHandedToClients() {
        List<Finding> findings = SandboxRuleChecks.production("services.image.url=http://localhost:8083\n"
                + "FILE_SERVICE_URL=http://localhost:8022\n"
                + "service.file-storage.url=http://localhost:8022/files\n"
                + "IMAGE_REGISTRY_URL=http://127.0.0.1:5000\n"
                + "telegram.api.file.url=http://localhost:8081\n"
                + "IMAGE_PREFIX=localhost:5000/\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
        assertThat(ServedFileAddresses.named(List.of("file", "url"), null)).isFalse();
        assertThat(ServedFileAddresses.named(List.of("file", "url"), "amqp")).isFalse();
    }

    @Test
    void aSessionCookieWithoutSecureIsANoGoAndACsrfCookieAWarn() {
        List<Finding> findings = SandboxRuleChecks.production("SESSION_COOKIE_SECURE=False\n"
                + "cookie_secure=false\n"
                + "JWT_COOKIE_SECURE=False\n"
                + "CSRF_COOKIE_SECURE=0\n"
                + "REMEMBER_COOKIE_SECURE=true\n"
                + "COOKIE_SECRET=${COOKIE_SECRET}\n");
        assertThat(onKey(findings, "SESSION_COOKIE_SECURE"))
                .containsExactly(Tuple.tuple("sandbox.insecure-cookie", Severity.NO_GO));
        assertThat(onKey(findings, "cookie_secure"))
                .containsExactly(Tuple.tuple("sandbox.insecure-cookie", Severity.NO_GO));
        assertThat(onKey(findings, "JWT_COOKIE_SECURE"))
                .containsExactly(Tuple.tuple("sandbox.insecure-cookie", Severity.NO_GO));
        assertThat(onKey(findings, "CSRF_COOKIE_SECURE"))
                .containsExactly(Tuple.tuple("sandbox.insecure-cookie", Severity.WARN));
        assertThat(onKey(findings, "REMEMBER_COOKIE_SECURE")).isEmpty();
        assertThat(onKey(findings, "COOKIE_SECRET")).isEmpty();
    }

    @Test
    void aTestChainWrittenAsACaip2IdentifierIsATestNetworkUnderAnyKey() {
        // the x402 payment protocol's, Privy's and WalletConnect's chain identifiers, as their .env examples write them
        List<Finding> findings = SandboxRuleChecks.production("X402_NETWORK=eip155:84532\n"
                + "PRIVY_FUNDING_TARGET_CAIP2=eip155:11155111\n"
                + "WALLETCONNECT_CHAINS=eip155:1,eip155:11155111\n"
                + "PAYOUT_CHAIN=solana:EtWTRABZaYq6iMfeYKouRu166VU2xqa1\n");
        for (String key : List.of("X402_NETWORK", "PRIVY_FUNDING_TARGET_CAIP2", "WALLETCONNECT_CHAINS",
                "PAYOUT_CHAIN")) {
            assertThat(onKey(findings, key)).as(key)
                    .containsExactly(Tuple.tuple("sandbox.test-network", Severity.NO_GO));
        }
    }

    @Test
    void aMainNetworkWrittenAsACaip2IdentifierStaysClean() {
        assertThat(SandboxRuleChecks.production("X402_NETWORK=eip155:8453\n"
                + "PRIVY_FUNDING_TARGET_CAIP2=eip155:1\n"
                + "WALLETCONNECT_CHAINS=eip155:1,eip155:137,eip155:42161\n"
                + "PAYOUT_CHAIN=solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp\n"
                + "SIGNING_SCHEME=eip155:personal_sign\n"))
                .extracting(Finding::code).doesNotContain("sandbox.test-network");
    }

    @Test
    void aPublicMqttTestBrokerIsAReservedHost() {
        // IoT examples' defaults: Zigbee2MQTT's mqtt.server, an ESP32 firmware's MQTT_URL, a Node service's broker
        List<Finding> findings = SandboxRuleChecks.production("mqtt.server=mqtt://broker.hivemq.com\n"
                + "MQTT_URL=mqtt://broker.emqx.io:1883\n"
                + "MQTT_BROKER=mqtts://mqtt.eclipseprojects.io:8883\n");
        for (String key : List.of("mqtt.server", "MQTT_URL", "MQTT_BROKER")) {
            assertThat(onKey(findings, key)).as(key)
                    .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        }
    }

    @Test
    void aPaidBrokerClusterOrTheServicesOwnBrokerStaysClean() {
        assertThat(SandboxRuleChecks.production("mqtt.server=mqtts://a1b2c3d4.s1.eu.hivemq.cloud:8883\n"
                + "MQTT_URL=mqtts://k1f2e3d4.ala.eu-central-1.emqxsl.com:8883\n"
                + "MQTT_BROKER=mqtt://mosquitto:1883\n"
                + "HIVEMQ_DOCS=https://www.hivemq.com/mqtt/public-mqtt-broker/\n"))
                .extracting(Finding::code).doesNotContain("sandbox.reserved-host", "sandbox.host");
    }

    @Test
    void aChatBotsWebhookOnLoopbackIsAPublicUrl() {
        List<Finding> findings = SandboxRuleChecks.production(
                "TELEGRAM_WEBHOOK_URL=http://localhost:5000/api/telegram/webhook\n"
                + "WHATSAPP_WEBHOOK_URL=http://127.0.0.1:3000/whatsapp\n");
        assertThat(onKey(findings, "TELEGRAM_WEBHOOK_URL"))
                .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(onKey(findings, "WHATSAPP_WEBHOOK_URL"))
                .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void aWebhookTheServiceCallsOnLoopbackStaysASidecarWarnAtMost() {
        List<Finding> findings = SandboxRuleChecks.production(
                "BACKEND_TELEGRAM_WEBHOOK_URL=http://localhost:3000/telegram/message\n"
                + "ALERT_WEBHOOK_URL=http://localhost:9093/api/v2/alerts\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }
}
