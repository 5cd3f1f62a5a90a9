package dev.readiness.examples.rappit;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CarrierUrlsGateTests {

    private final CarrierUrlsGate gate = new CarrierUrlsGate();

    @ParameterizedTest
    @CsvSource({
            "DHL_API_URL,https://express.api.dhl.com",
            "DHL_API_URL,https://express.api.dhl.com/mydhlapi",
            "DHL_API_URL,https://express.api.dhl.com/mydhlapi/",
            "DHL_API_URL,https://express.api.dhl.com/mydhlapi/shipments",
            "DHL_API_URL,https://EXPRESS.API.DHL.COM/mydhlapi",
            "DHL_API_URL,https://express.api.dhl.com/mydhlapi/testimonials",
            "FEDEX_API_URL,https://apis.fedex.com",
            "FEDEX_API_URL,https://apis.fedex.com/ship/v1/shipments",
            "fedex.api-url,https://apis.fedex.com/"})
    void checkWhenProductionUsesTheCarriersProductionApiShouldSayGo(String key, String url) {
        GateCheck.run(Stage.PRODUCTION, Map.of(key, url), gate).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @CsvSource({
            "DHL_API_URL,https://express.api.dhl.com/mydhlapi/test",
            "DHL_API_URL,https://express.api.dhl.com/mydhlapi/test/shipments",
            "FEDEX_API_URL,https://apis-sandbox.fedex.com",
            "FEDEX_API_URL,https://APIS-SANDBOX.FEDEX.COM/oauth/token"})
    void checkWhenProductionUsesAKnownSandboxShouldLeaveItToTheBuiltInSandboxGate(String key, String url) {
        GateCheck.run(Stage.PRODUCTION, Map.of(key, url), gate).hasNoFindings();
    }

    @ParameterizedTest
    @CsvSource({
            "FEDEX_API_URL,http://apis.fedex.com,rappit.carrier-urls.not-https",
            "DHL_API_URL,http://express.api.dhl.com/mydhlapi,rappit.carrier-urls.not-https",
            "DHL_API_URL,express.api.dhl.com,rappit.carrier-urls.malformed",
            "DHL_API_URL,https://exa mple,rappit.carrier-urls.malformed"})
    void checkWhenProductionUsesAnUnsafeUrlShouldSayNoGo(String key, String url, String code) {
        GateCheck.run(Stage.PRODUCTION, Map.of(key, url), gate).isNoGo().hasFinding(code, key);
    }

    @Test
    void checkWhenProductionUsesAnotherHostShouldWarn() {
        GateCheck.run(Stage.PRODUCTION, Map.of("FEDEX_API_URL", "https://egress.rappit.internal/fedex"), gate)
                .hasVerdict(dev.readiness.Status.WARN)
                .hasFinding("rappit.carrier-urls.unknown-host", "FEDEX_API_URL");
    }

    @Test
    void checkInStagingShouldAcceptSandboxes() {
        GateCheck.run(Stage.STAGING, Map.of("DHL_API_URL", "https://express.api.dhl.com/mydhlapi/test",
                "FEDEX_API_URL", "https://apis-sandbox.fedex.com"), gate).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "TEST"})
    void checkInDevelopmentAndTestShouldSayNothing(Stage stage) {
        GateCheck.run(stage, Map.of("DHL_API_URL", "http://localhost:8089"), gate).hasNoFindings();
    }

    @Test
    void checkShouldReportBothCarriersAtOnce() {
        GateCheck.run(Stage.PRODUCTION, Map.of("DHL_API_URL", "http://express.api.dhl.com",
                "FEDEX_API_URL", "http://apis.fedex.com"), gate).isNoGo()
                .hasFinding("rappit.carrier-urls.not-https", "DHL_API_URL")
                .hasFinding("rappit.carrier-urls.not-https", "FEDEX_API_URL");
    }
}
