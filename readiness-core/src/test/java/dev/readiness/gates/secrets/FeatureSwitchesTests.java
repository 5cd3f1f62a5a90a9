package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureSwitchesTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void isOffWhenAuthenticationIsNotRequiredShouldCoverItsSecret() {
        FeatureSwitches switches = FeatureSwitches.of(Settings.of(Map.of("auth.required", "false")));

        assertThat(switches.isOff("auth.secret")).isTrue();
        assertThat(switches.isOff("store.postgres.password")).isFalse();
    }

    @Test
    void checkWhenAuthenticationIsOffShouldNotStopOnItsShippedSecret() {
        assertThat(findings(Map.of("auth.required", "false", "auth.secret", "do-not-use-this-secret-in-production"),
                "auth.secret")).extracting(Finding::severity).doesNotContain(Severity.NO_GO);
    }

    @Test
    void checkWhenAuthenticationIsRequiredShouldStopOnItsShippedSecret() {
        assertThat(findings(Map.of("auth.required", "true", "auth.secret", "do-not-use-this-secret-in-production"),
                "auth.secret")).extracting(Finding::severity).containsOnly(Severity.NO_GO);
    }
}
