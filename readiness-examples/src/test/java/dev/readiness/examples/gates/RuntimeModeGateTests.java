package dev.readiness.examples.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuntimeModeGateTests {

    private final RuntimeModeGate gate = new RuntimeModeGate("acme.node-env", "NODE_ENV", "production");

    @Test
    void checkWhenNodeEnvIsProductionShouldSayGo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("NODE_ENV", "production"), gate).isGo().hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("NODE_ENV", " production\n"), gate).isGo();
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "dev", "Production", "prod", "test", ""})
    void checkWhenNodeEnvIsAnythingElseShouldSayNoGo(String value) {
        GateCheck.run(Stage.PRODUCTION, Map.of("NODE_ENV", value), gate).isNoGo()
                .hasFinding("acme.node-env.mismatch", "NODE_ENV");
    }

    @Test
    void checkShouldNotEchoAnUnusualValue() {
        String text = TextReportRenderer.full().render(GateCheck.run(Stage.PRODUCTION,
                Map.of("NODE_ENV", "production; CanaryValue=Zq81"), gate).report());
        assertThat(text).doesNotContain("Canary").contains("another value");
    }

    @Test
    void checkOutsideProductionOrWithoutTheKeyShouldSayNothing() {
        GateCheck.run(Stage.STAGING, Map.of("NODE_ENV", "staging"), gate).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of(), gate).hasNoFindings();
    }
}
