package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 42's newcomer: at boot a required key that the environment leaves blank or fills with the checklist's
 * stand-in ({@code FEDEX_ACCOUNT_NUMBER=<account-number>}) read "Give SENTRY_DSN its real value at environment
 * variable SENTRY_DSN." A value of the environment has no place to be "at": the remediation names it in brackets,
 * and a file's line is still pointed "at".
 */
class FortySecondPassNewcomerRemediationOriginTests {

    @Test
    void anEnvironmentVariableIsNamedNotPointedAt() {
        Settings settings = Settings.builder()
                .environment(Map.of("SENTRY_DSN", "", "FEDEX_ACCOUNT_NUMBER", "<account-number>")).build();
        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(new RequiredSettingsGate(List.of("SENTRY_DSN", "FEDEX_ACCOUNT_NUMBER"))).run()
                .isNoGo()
                .hasFinding("settings.blank", "SENTRY_DSN")
                .hasFinding("settings.unresolved", "FEDEX_ACCOUNT_NUMBER")
                .report();
        assertThat(remediation(report, "SENTRY_DSN"))
                .isEqualTo("Give SENTRY_DSN its real value (environment variable SENTRY_DSN).");
        assertThat(remediation(report, "FEDEX_ACCOUNT_NUMBER"))
                .startsWith("Replace the placeholder in FEDEX_ACCOUNT_NUMBER (environment variable FEDEX_ACCOUNT_NUMBER)"
                        + " with the real value")
                .doesNotContain(" at environment variable");
    }

    @Test
    void aFileLineIsStillPointedAt() {
        Settings settings = Settings.builder().dotenv("prod.env", "SENTRY_DSN=\n").build();
        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(new RequiredSettingsGate(List.of("SENTRY_DSN"))).run()
                .hasFinding("settings.blank", "SENTRY_DSN").report();
        assertThat(remediation(report, "SENTRY_DSN")).isEqualTo("Give SENTRY_DSN its real value at prod.env:1.");
    }

    private static String remediation(Report report, String key) {
        return report.gate("settings").orElseThrow().findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::remediation).findFirst().orElseThrow();
    }
}
