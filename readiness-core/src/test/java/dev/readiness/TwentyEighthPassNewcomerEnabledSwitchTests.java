package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Left from session 27, met again by session 28's newcomer: {@code readiness.enabled=false} in the settings given to
 * {@code Readiness.builder()} (or the CLI's files) was reported as "readiness.enabled switches off every gate; its
 * checks do not run." above a report of every gate's checks, a NO-GO among them. Only the Spring adapter honours the
 * switch, and where it does nothing is reported; the message now says so.
 */
class TwentyEighthPassNewcomerEnabledSwitchTests {

    private static Report run(Map<String, String> values) {
        return Readiness.builder()
                .stage(Stage.PRODUCTION)
                .settings(Settings.of(values))
                .gate(new SecretsGate())
                .build()
                .run();
    }

    private static List<Finding> disabled(Report report) {
        return report.findings().filter(f -> f.code().equals("exemption.disabled")).toList();
    }

    @Test
    void theSwitchIsReportedAsNotHonouredByTheRunThatReportsIt() {
        Report report = run(Map.of("readiness.enabled", "false", "jwt.secret", "changeme"));
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        List<Finding> disabled = disabled(report);
        assertThat(disabled).hasSize(1);
        assertThat(disabled.get(0).subject()).isEqualTo("readiness.enabled");
        assertThat(disabled.get(0).message())
                .contains("switches every gate off where the Spring adapter starts the service")
                .contains("this run does not honour it and judged the settings all the same")
                .doesNotContain("do not run");
    }

    @Test
    void aGatesOwnSwitchKeepsItsWording() {
        Report report = run(Map.of("readiness.acme.webhooks.enabled", "false"));
        assertThat(disabled(report)).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("switches off the acme check acme.webhooks; its checks do not run."));
    }
}
