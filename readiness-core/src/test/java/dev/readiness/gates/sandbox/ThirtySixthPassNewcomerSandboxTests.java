package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 36's newcomer, a label service modelled on seed 003: {@code WEBHOOK_BASE_URL=http://localhost:8080} (the
 * checklist's "public API URL for webhook registration") was only a WARN {@code sandbox.local-host}, as for a sidecar,
 * though Shopify calls it from outside; and an EasyPost test key read "holds a EasyPost test-mode credential".
 */
class ThirtySixthPassNewcomerSandboxTests {

    @Test
    void aLoopbackWebhookBaseUrlIsNoGoLocalPublicUrl() {
        GateCheck.run(Stage.PRODUCTION, Map.of("WEBHOOK_BASE_URL", "http://localhost:8080"), new SandboxGate())
                .isNoGo()
                .hasFinding("sandbox.local-public-url", "WEBHOOK_BASE_URL");
        GateCheck.run(Stage.PRODUCTION, Map.of("app.webhooks.base-url", "http://127.0.0.1:3000"), new SandboxGate())
                .isNoGo()
                .hasFinding("sandbox.local-public-url", "app.webhooks.base-url");
    }

    @Test
    void anOutgoingOrInternalWebhookUrlOnLoopbackStaysAWarn() {
        GateCheck.run(Stage.PRODUCTION, Map.of("ALERT_WEBHOOK_URL", "http://localhost:9093/hook"), new SandboxGate())
                .hasNoFinding("sandbox.local-public-url");
        GateCheck.run(Stage.PRODUCTION, Map.of("WEBHOOK_INTERNAL_BASE_URL", "http://localhost:8080"),
                new SandboxGate())
                .hasNoFinding("sandbox.local-public-url");
    }

    @Test
    void aProviderNameStartingWithAVowelTakesAn() {
        ReportAssert check = GateCheck.run(Stage.PRODUCTION,
                Map.of("EASYPOST_API_KEY", "EZTK" + "9f3Qa7Lm2Xv8Rt4Kp1Zw6Nc5Hd0Jb3Ys"), new SandboxGate())
                .hasFinding("sandbox.test-credential", "EASYPOST_API_KEY");
        assertThat(check.report().gate("sandbox").orElseThrow().findings()).anySatisfy(f ->
                assertThat(f.message()).contains("holds an EasyPost test-mode credential"));
        assertThat(SandboxFindings.article("UPS")).isEqualTo("a");
        assertThat(SandboxFindings.article("Adyen")).isEqualTo("an");
    }
}
