package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-sixth pass (newcomer, seed 003: an order hub that registers {@code WEBHOOK_BASE_URL} with Shopify, whose
 * checklist asks for HTTPS enforced in production). {@code WEBHOOK_BASE_URL=http://api.orderhub.io} raised nothing,
 * while {@code APP_URL} with the same value is a NO-GO and {@code SHOPIFY_APP_URL} a WARN: a webhook's address in
 * plain http on a public name is now a WARN {@code sandbox.tls-off} (orders and customers' addresses are posted
 * there). Set 132's labelled {@code WEBHOOK_URL=http://n8n.automateai.com.mx:5678} is one of them.
 */
class FortySixthPassNewcomerWebhookUrlTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> findings(Stage stage, String key, String value) {
        return GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "WEBHOOK_BASE_URL, http://api.orderhub.io",
            "WEBHOOKS_BASE_URL, http://api.orderhub.io/",
            "orderhub.webhooks.base-url, http://api.orderhub.io",
            "WEBHOOK_URL, http://n8n.automateai.com.mx:5678",
            "PAYSTACK_WEBHOOK_URL, http://shop.salon.ng/api/paystack/webhook",
            "alerting.slack.webhook-uri, http://alerts.orderhub.io/hook"})
    void aWebhooksAddressInPlainHttpIsAWarnInProduction(String key, String url) {
        assertThat(findings(Stage.PRODUCTION, key, url)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.tls-off");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.subject()).isEqualTo(key);
            assertThat(finding.message()).contains("a webhook's address", "plain http", "Shopify");
            assertThat(finding.remediation()).contains("https://", key);
        });
        assertThat(findings(Stage.STAGING, key, url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "WEBHOOK_BASE_URL, https://api.orderhub.io",
            "WEBHOOK_BASE_URL, http://orderhub-api.up.railway.app",
            "WEBHOOK_URL, http://n8n:5678/",
            "WEBHOOK_URL, http://10.0.4.12:5678",
            "WEBHOOK_URL, http://n8n.svc.cluster.local:5678",
            "INTERNAL_WEBHOOK_URL, http://hooks.orderhub.io",
            "WEBHOOK_SECRET_URL_PATH, http://hooks.orderhub.io"})
    void httpsPrivateHostsInternalAndTemplateAddressesStayClean(String key, String url) {
        assertThat(findings(Stage.PRODUCTION, key, url)).isEmpty();
    }

    @Test
    void aReservedHostIsNamedOnceByItsOwnRule() {
        assertThat(findings(Stage.PRODUCTION, "WEBHOOK_BASE_URL", "http://hooks.example.org"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
    }
}
