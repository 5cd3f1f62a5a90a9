package dev.readiness.gates.sandbox;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 41's newcomer: a multi-channel seller service keeps its label provider generic,
 * {@code LABEL_API_KEY=EZTK…} beside {@code LABEL_PROVIDER=easypost} and
 * {@code LABEL_API_BASE_URL=https://api.easypost.com/v2}. EasyPost's test prefix {@code EZTK} is short, so it counted
 * only under a key naming EasyPost, and the test key went unnamed in production. The credential's section names the
 * provider now.
 */
class FortyFirstPassNewcomerSectionProviderTests {

    private static final String TEST_KEY = "EZTKd8f2a7c41b9e4f0c8a1d3e5b7f9a2c4e";
    private static final String LIVE_KEY = "EZAKd8f2a7c41b9e4f0c8a1d3e5b7f9a2c4e";

    @Test
    void aSiblingNamingTheProviderNamesItsTestKey() {
        GateCheck.run(Stage.PRODUCTION, Map.of("LABEL_API_KEY", TEST_KEY, "LABEL_PROVIDER", "easypost"),
                        new SandboxGate())
                .isNoGo()
                .hasFinding("sandbox.test-credential", "LABEL_API_KEY");
    }

    @Test
    void aSiblingUrlOnTheProvidersHostNamesItToo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("app.labels.api-key", TEST_KEY,
                        "app.labels.base-url", "https://api.easypost.com/v2"), new SandboxGate())
                .isNoGo()
                .hasFinding("sandbox.test-credential", "app.labels.api-key");
    }

    @Test
    void aLiveKeyAndAnUnnamedSectionStayClean() {
        GateCheck.run(Stage.PRODUCTION, Map.of("LABEL_API_KEY", LIVE_KEY, "LABEL_PROVIDER", "easypost"),
                        new SandboxGate())
                .hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("LABEL_API_KEY", TEST_KEY, "LABEL_FORMAT", "PDF"), new SandboxGate())
                .hasNoFinding("sandbox.test-credential");
        // another section's provider is not this key's
        GateCheck.run(Stage.PRODUCTION, Map.of("LABEL_API_KEY", TEST_KEY, "PAYMENTS_PROVIDER", "easypost"),
                        new SandboxGate())
                .hasNoFinding("sandbox.test-credential");
    }

    @Test
    void outsideProductionTheTestKeyIsFine() {
        GateCheck.run(Stage.STAGING, Map.of("LABEL_API_KEY", TEST_KEY, "LABEL_PROVIDER", "easypost"),
                        new SandboxGate())
                .hasNoFinding("sandbox.test-credential");
    }
}
