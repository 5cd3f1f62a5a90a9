package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass, hostile tester: a gate's findings were capped in number (ten thousand) but not in length, so a
 * gate reporting a thousand findings whose texts are a megabyte each (one string, little memory) had the text report
 * render three gigabytes: the service's log or the CLI's output flooded, or the renderer out of memory at boot.
 * Every text of a finding is now cut to a length no built-in finding comes near, saying so, after the
 * scrubber has taken out any secret value (a cut through a value would leave a fragment it no longer knows).
 */
class FortyFourthPassRedteamFloodTests {

    private static final String SECRET = "Qx7Vb2Nm9Lp4WzKt8Rj3";

    @Test
    void aGateWhoseFindingsAreHugeIsReportedCutNotFlooding() {
        String huge = "x".repeat(1 << 20);
        Report report = Readiness.builder()
                .gate(Gate.of("flood", "", context -> {
                    List<Finding> findings = new ArrayList<>();
                    for (int i = 0; i < 1_000; i++) {
                        findings.add(Finding.of(Severity.WARN, "flood.huge", huge).message(huge).remediation(huge)
                                .build());
                    }
                    return Outcome.of(findings);
                }))
                .build().run();

        Finding first = report.gate("flood").orElseThrow().findings().get(0);
        assertThat(first.message().length()).isLessThan(10_000);
        assertThat(first.remediation().length()).isLessThan(10_000);
        assertThat(first.subject().length()).isLessThan(10_000);
        assertThat(first.message()).endsWith("(cut: the text ran past 8192 characters)");
        assertThat(TextReportRenderer.full().render(report).length()).isLessThan(40_000_000);
    }

    @Test
    void aCutNeverLeavesAFragmentOfASecretBehind() {
        Settings settings = Settings.builder().map(Map.of("api.token", SECRET), "app.properties").build();
        for (int at : new int[] {8_170, 8_180, 8_188, 8_190, 8_192, 16_366, 16_376, 16_382, 16_384}) {
            String message = "y".repeat(at) + SECRET + "z".repeat(20_000);
            Report report = Readiness.builder().settings(settings)
                    .gate(Gate.of("leaky", "", context -> Outcome.of(
                            Finding.of(Severity.WARN, "leaky.text", "api.token").message(message).build())))
                    .build().run();

            String shown = report.gate("leaky").orElseThrow().findings().get(0).message();
            assertThat(shown).doesNotContain(SECRET.substring(0, 4)).doesNotContain(SECRET.substring(16));
        }
    }

    @Test
    void aFindingOfOrdinaryLengthIsKeptAsWritten() {
        String message = "m".repeat(2_000);
        Report report = Readiness.builder()
                .gate(Gate.of("plain", "", context -> Outcome.of(
                        Finding.of(Severity.WARN, "plain.text", "key").message(message).build())))
                .build().run();

        assertThat(report.gate("plain").orElseThrow().findings().get(0).message()).isEqualTo(message);
    }
}
