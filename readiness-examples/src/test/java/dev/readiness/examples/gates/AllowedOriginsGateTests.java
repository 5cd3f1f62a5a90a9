package dev.readiness.examples.gates;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedOriginsGateTests {

    private final AllowedOriginsGate gate = new AllowedOriginsGate("acme.cors", "ALLOWED_ORIGINS", "cors.origins");

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.org", "https://app.example.org,https://admin.example.org",
            "https://app.example.org, https://shop.example.org:8443", "https://app.example.org https://b.example.org",
            "https://app.example.org/", "https://localhost-proxy.example.org", "https://devices.example.org",
            "https://xn--bcher-kva.example", "https://10.0.12.7"})
    void checkWhenProductionOriginsAreExplicitHttpsShouldSayGo(String origins) {
        GateCheck.run(Stage.PRODUCTION, Map.of("ALLOWED_ORIGINS", origins), gate).isGo();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*|acme.cors.wildcard",
            "https://app.example.org,*|acme.cors.wildcard",
            "https://*.example.org|acme.cors.wildcard",
            "http://localhost:3000|acme.cors.localhost",
            "https://app.example.org,http://127.0.0.1:5173|acme.cors.localhost",
            "http://[::1]:8080|acme.cors.localhost",
            "http://0.0.0.0|acme.cors.localhost",
            "http://app.example.org|acme.cors.not-https",
            "app.example.org|acme.cors.malformed",
            "https://app.example.org/login|acme.cors.malformed",
            "ftp://app.example.org|acme.cors.malformed"})
    void checkWhenProductionOriginIsUnsafeShouldSayNoGo(String origins, String code) {
        GateCheck.run(Stage.PRODUCTION, Map.of("ALLOWED_ORIGINS", origins), gate).isNoGo()
                .hasFinding(code, "ALLOWED_ORIGINS");
    }

    @Test
    void checkShouldFindOriginsUnderRelaxedKeyNames() {
        GateCheck.run(Stage.PRODUCTION, Map.of("CORS_ORIGINS", "*"), gate).isNoGo()
                .hasFinding("acme.cors.wildcard", "CORS_ORIGINS");
    }

    @Test
    void checkInStagingShouldRefuseOnlyWildcardsAndMalformedEntries() {
        GateCheck.run(Stage.STAGING, Map.of("ALLOWED_ORIGINS", "http://localhost:3000,http://staging.example.org"),
                gate).isGo();
        GateCheck.run(Stage.STAGING, Map.of("ALLOWED_ORIGINS", "*"), gate).isNoGo()
                .hasFinding("acme.cors.wildcard", "ALLOWED_ORIGINS");
    }

    @Test
    void checkInDevelopmentShouldAcceptAnything() {
        GateCheck.run(Stage.DEVELOPMENT, Map.of("ALLOWED_ORIGINS", "*"), gate).isGo().hasNoFindings();
    }

    @Test
    void checkWhenKeyIsAbsentShouldSayNothing() {
        GateCheck.run(Stage.PRODUCTION, Map.of("OTHER", "*"), gate).isGo().hasNoFindings();
    }

    @Test
    void checkShouldReportEveryBadOriginOfAList() {
        GateCheck.run(Stage.PRODUCTION, Map.of("ALLOWED_ORIGINS", "*,http://localhost,http://a.example.org"), gate)
                .hasFinding("acme.cors.wildcard").hasFinding("acme.cors.localhost").hasFinding("acme.cors.not-https");
    }
}
