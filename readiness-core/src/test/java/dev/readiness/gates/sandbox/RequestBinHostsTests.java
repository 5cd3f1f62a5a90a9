package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-third pass (newcomer): a marketplace runbook's optional {@code ALERT_WEBHOOK_URL} left on a public request
 * bin was a GO. Such a service shows every request sent to it to whoever holds the URL: in production it hands the
 * alerts (order numbers, tenant names, error details) to a page anyone with the link reads.
 */
class RequestBinHostsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> findings(Stage stage, String key, String value) {
        return GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://webhook.site/3f1c2a9e-6b1d-4c55-9d1e-2f0a7c1b9e44",
            "https://eo2h3kq9x7z1ab.m.pipedream.net",
            "https://en8b5kq1d2x3.x.pipedream.net/alerts",
            "https://acme-orders.requestcatcher.com/test",
            "https://marketplace.free.beeceptor.com/alert",
            "https://www.postb.in/1700000000000-1234567890123",
            "https://ptsv3.com/t/marketplace/post",
            "https://smee.io/aBcDeFgHiJkLmNoP"})
    void aRequestBinIsNamedInProduction(String url) {
        assertThat(findings(Stage.PRODUCTION, "ALERT_WEBHOOK_URL", url))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("sandbox.reserved-host");
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.message()).contains("public request bin");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "https://api.pipedream.com/v1/sources",
            "https://website.com/hooks",
            "https://notwebhook.site/alerts",
            "https://ops.acme-marketplace.com/webhook.site"})
    void anOrdinaryEndpointIsNot(String url) {
        assertThat(findings(Stage.PRODUCTION, "ALERT_WEBHOOK_URL", url))
                .noneMatch(finding -> finding.message().contains("request bin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://webhook.site/3f1c2a9e-6b1d-4c55-9d1e-2f0a7c1b9e44"})
    void aDeveloperMayUseOne(String url) {
        assertThat(findings(Stage.DEVELOPMENT, "ALERT_WEBHOOK_URL", url)).isEmpty();
    }
}
