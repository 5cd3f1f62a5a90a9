package dev.readiness.examples.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpsUrlGateTests {

    private final HttpsUrlGate gate = new HttpsUrlGate("acme.https", "API_URL", "ALERT_WEBHOOK_URL");

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.org", "HTTPS://API.EXAMPLE.ORG/v1",
            "https://hooks.slack.com/services/T000/B000/abc", "https://10.1.2.3:8443/hook"})
    void checkWhenUrlIsHttpsShouldSayGo(String url) {
        GateCheck.run(Stage.PRODUCTION, Map.of("API_URL", url), gate).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @CsvSource({"http://api.example.org,acme.https.not-https", "ws://api.example.org,acme.https.not-https",
            "api.example.org,acme.https.malformed", "https://,acme.https.malformed", "/relative,acme.https.malformed"})
    void checkWhenUrlIsNotHttpsShouldSayNoGo(String url, String code) {
        GateCheck.run(Stage.PRODUCTION, Map.of("API_URL", url), gate).isNoGo().hasFinding(code, "API_URL");
    }

    @Test
    void checkOutsideProductionShouldSayNothing() {
        GateCheck.run(Stage.STAGING, Map.of("API_URL", "http://api.example.org"), gate).hasNoFindings();
    }

    @Test
    void findingsShouldNotPrintTheUrlWhichMayHoldACredential() {
        ReportAssert report = GateCheck.run(Stage.PRODUCTION,
                Map.of("ALERT_WEBHOOK_URL", "http://hooks.example.org/services/CanarySecretPath"), gate).isNoGo();
        assertThat(TextReportRenderer.full().render(report.report())).doesNotContain("Canary")
                .contains("ALERT_WEBHOOK_URL");
    }
}
