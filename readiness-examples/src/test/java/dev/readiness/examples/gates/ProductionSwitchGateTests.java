package dev.readiness.examples.gates;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionSwitchGateTests {

    private final ProductionSwitchGate stubsOff = new ProductionSwitchGate("acme.stubs", "acme.test-endpoints", false,
            false, "enabled", "stubs sign anyone in");
    private final ProductionSwitchGate rateLimitOn = new ProductionSwitchGate("acme.rate-limit", "RATE_LIMIT_ENABLED",
            true, false, "disabled", "unlimited requests");

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "no", "off", "0", " false "})
    void checkWhenSwitchIsInItsProductionPositionShouldSayGo(String value) {
        GateCheck.run(Stage.PRODUCTION, Map.of("acme.test-endpoints", value), stubsOff).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "yes", "on", "1"})
    void checkWhenSwitchIsInTheWrongPositionShouldSayNoGo(String value) {
        GateCheck.run(Stage.PRODUCTION, Map.of("ACME_TEST_ENDPOINTS", value), stubsOff).isNoGo()
                .hasFinding("acme.stubs.enabled", "ACME_TEST_ENDPOINTS");
    }

    @Test
    void checkWhenAbsentShouldFollowTheApplicationsDefault() {
        GateCheck.run(Stage.PRODUCTION, Map.of(), stubsOff).isGo();
        GateCheck.run(Stage.PRODUCTION, Map.of(), rateLimitOn).isNoGo()
                .hasFinding("acme.rate-limit.disabled", "RATE_LIMIT_ENABLED");
    }

    @Test
    void checkWhenValueIsNotABooleanShouldSayNoGo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("RATE_LIMIT_ENABLED", "maybe"), rateLimitOn).isNoGo()
                .hasFinding("acme.rate-limit.not-boolean", "RATE_LIMIT_ENABLED");
    }

    @Test
    void checkInStagingShouldAllowEitherPosition() {
        GateCheck.run(Stage.STAGING, Map.of("acme.test-endpoints", "true"), stubsOff).isGo().hasNoFindings();
    }
}
