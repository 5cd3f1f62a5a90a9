package dev.readiness.gates.sandbox;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 42's newcomer: a shipping service's DHL URL on DHL Express's XML Services test host
 * ({@code xmlpitest-ea.dhl.com}) or its SOAP sandbox path ({@code wsbexpress.dhl.com/sndpt/}) went unnamed in
 * production; the checklist says the carrier URLs must not point at a test environment.
 */
class FortySecondPassNewcomerCarrierHostTests {

    @Test
    void dhlExpressOlderTestEndpointsAreNamed() {
        GateCheck.run(Stage.PRODUCTION, Map.of("DHL_API_URL", "https://xmlpitest-ea.dhl.com/XMLShippingServlet"),
                new SandboxGate()).isNoGo().hasFinding("sandbox.provider-host", "DHL_API_URL");
        GateCheck.run(Stage.PRODUCTION, Map.of("DHL_API_URL", "https://wsbexpress.dhl.com/sndpt/expressRateBook"),
                new SandboxGate()).isNoGo().hasFinding("sandbox.test-path", "DHL_API_URL");
    }

    @Test
    void theLiveEndpointsStayClean() {
        GateCheck.run(Stage.PRODUCTION, Map.of("DHL_API_URL", "https://xmlpi-ea.dhl.com/XMLShippingServlet",
                "DHL_RATE_URL", "https://wsbexpress.dhl.com/gbl/expressRateBook"), new SandboxGate()).hasNoFindings();
    }

    @Test
    void staysQuietInStaging() {
        GateCheck.run(Stage.STAGING, Map.of("DHL_API_URL", "https://xmlpitest-ea.dhl.com/XMLShippingServlet"),
                new SandboxGate()).hasNoFinding("sandbox.provider-host");
    }
}
