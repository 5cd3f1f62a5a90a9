package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.gates.settings.UnknownPropertiesGate;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The boot log's compact table shows an unknown {@code readiness.*} key's "did you mean" hint under its row: the
 * table has no column for messages, so the fix the finding's message names was hidden from the only place a WARN
 * start shows it.
 */
class TwentyEighthPassBootHintTests {

    private static Report report(Finding... findings) {
        return new Report(Status.WARN, Stage.PRODUCTION,
                List.of(GateResult.of(UnknownPropertiesGate.ID, "", 0, List.of(findings))), null);
    }

    private static Finding unknown(String key) {
        return Finding.of(Severity.WARN, UnknownPropertiesGate.CODE, key).origin(Origin.file("application.yml", 4))
                .message(key + " is not a readiness property and is ignored").build();
    }

    @Test
    void anUnknownReadinessKeysRowShouldBeFollowedByTheKeyItProbablyMeant() {
        String table = ProblemList.compactTable(report(unknown("readiness.sandbox.allowed-host")));

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().toList().get(2)).contains("WARN   properties.unknown")
                .contains("readiness.sandbox.allowed-host ").contains("application.yml:4");
        assertThat(table.lines().toList().get(3)).isEqualTo("         did you mean readiness.sandbox.allowed-hosts?");
    }

    @Test
    void theHintShouldBeTheOneTheGatesOwnMessageGives() {
        Report report = Readiness.builder().stage(Stage.PRODUCTION)
                .settings(Settings.of(Map.of("readiness.sanbox.exclude-keys", "LEGACY_URL")))
                .gate(new UnknownPropertiesGate()).build().run();
        Finding finding = report.findings().findFirst().orElseThrow();

        String hint = ProblemList.compactTable(report).lines().reduce((first, second) -> second).orElseThrow().strip();

        assertThat(hint).isEqualTo("did you mean readiness.sandbox.exclude-keys?");
        assertThat(finding.message()).endsWith(hint);
    }

    @Test
    void anotherWarnAndAWaivedUnknownKeyShouldGetNoHintLine() {
        Finding other = Finding.of(Severity.WARN, "secrets.too-short", "readiness.sandbox.allowed-host")
                .message("short.").build();
        Finding waived = dev.readiness.TestFindings.waived(unknown("readiness.sandbox.allowed-host"));

        assertThat(ProblemList.compactTable(report(other, waived)).lines()).hasSize(4)
                .noneMatch(line -> line.contains("did you mean"));
    }

    @Test
    void aKeyFarFromEveryKnownOneUnderAForeignNamespaceShouldGetNoHintLine() {
        assertThat(ProblemList.compactTable(report(unknown("readiness.acme.carrier-mode"))).lines()).hasSize(3);
    }
}
