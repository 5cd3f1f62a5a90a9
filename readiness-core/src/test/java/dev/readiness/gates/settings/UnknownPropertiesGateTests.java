package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownPropertiesGateTests {

    private static List<Finding> check(Map<String, String> settings) {
        return new UnknownPropertiesGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings();
    }

    @Test
    void aTypoOfAKnownPropertyShouldWarnWithTheClosestKnownOne() {
        List<Finding> findings = check(Map.of("readiness.sandbox.allowed-host", "api.partner.example"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(UnknownPropertiesGate.CODE);
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.subject()).isEqualTo("readiness.sandbox.allowed-host");
            assertThat(finding.message()).contains("did you mean readiness.sandbox.allowed-hosts?")
                    .doesNotContain("api.partner.example");
        });
    }

    @Test
    void knownPropertiesInAnySpellingAndKeysOfAnotherNamespaceShouldBeClean() {
        assertThat(check(Map.of("readiness.sandbox.allowed-hosts", "api.partner.example",
                "READINESS_TENANT_GLOBAL_TYPES", "Country", "readiness.waivers[0].code", "database.loopback",
                "readiness.acme.allowed-origins", "https://shop.example"))).isEmpty();
    }

    @Test
    void everyDiscoveredRunShouldReportATypoSoTheCliPluginAndTestKitSeeIt() {
        GateCheck.runDiscovered(Stage.PRODUCTION, Map.of("readiness.sandbox.allowed-host", "api.partner.example"))
                .hasFinding(UnknownPropertiesGate.CODE, "readiness.sandbox.allowed-host");
    }
}
