package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Left by session 31's newcomer and met again by session 32's: {@code @ProductionConfigCheck}'s failure and the
 * refused start's banner said "{@code 3 NO-GO, 0 WARN in 7 gates, 1 exemption}" and never which exemption (the
 * {@code readiness.tenant.global-types} the service declares), while the CLI's and the plugin's full report list it.
 * Both texts now list every exemption in force under the problems, with its origin and message; a report without
 * one reads as before.
 */
class ThirtySecondPassNewcomerExemptionListTests {

    private static Report run(Map<String, String> values) {
        return Readiness.builder().stage(Stage.PRODUCTION).settings(Settings.of(values)).gate(new SecretsGate())
                .build().run();
    }

    @Test
    void theFailedTestsTextListsTheExemptionItCounts() {
        Report report = run(Map.of("JWT_SECRET", "changeme",
                "readiness.tenant.global-types", "io.parcelhub.domain.Organization"));

        String text = ProblemList.withRemediation(report);

        assertThat(text.lines().findFirst().orElseThrow()).endsWith("1 exemption (blocking: fail-on NO-GO)");
        assertThat(text).containsSubsequence("[1] NO-GO secrets.placeholder JWT_SECRET",
                "1 exemption in force:",
                "    exemption.excluded readiness.tenant.global-types (",
                "io.parcelhub.domain.Organization");
        assertThat(text).doesNotContain("changeme");
    }

    @Test
    void theRefusedStartsBannerListsItToo() {
        Report report = run(Map.of("JWT_SECRET", "changeme",
                "readiness.tenant.global-types", "io.parcelhub.domain.Organization"));

        assertThat(ProblemList.description(report)).containsSubsequence(
                "  [1] NO-GO secrets.placeholder: JWT_SECRET",
                "1 exemption in force:",
                "  exemption.excluded: readiness.tenant.global-types",
                "      origin: ",
                "io.parcelhub.domain.Organization");
    }

    @Test
    void aReportWithoutExemptionsReadsAsBefore() {
        Report report = run(Map.of("JWT_SECRET", "changeme"));

        assertThat(ProblemList.withRemediation(report)).doesNotContain("exemption");
        assertThat(ProblemList.description(report)).doesNotContain("exemption");
    }
}
