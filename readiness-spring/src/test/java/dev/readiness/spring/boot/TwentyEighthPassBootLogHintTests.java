package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer's report: the boot log's WARN table named a mistyped {@code readiness.*} key but not the key it probably
 * meant, which only the finding's message (the actuator's JSON, the CLI) carried. The log now shows the hint under
 * the key's row.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwentyEighthPassBootLogHintTests {

    @Test
    void theBootLogShouldShowWhichReadinessKeyATypoProbablyMeant(CapturedOutput output) {
        try (ConfigurableApplicationContext context = BootReportTests.application()
                .properties("readiness.stage=development", "readiness.sandbox.allowed-host=api.test-lab.acme.com",
                        "readiness.sanbox.exclude-keys=LEGACY_URL")
                .run()) {
            List<String> log = output.getOut().lines().toList();
            int summary = indexOf(log, "readiness WARN for development");
            List<String> table = log.subList(summary, Math.min(log.size(), summary + 8));

            assertThat(table).anySatisfy(line -> assertThat(line).contains("properties.unknown")
                    .contains("readiness.sandbox.allowed-host "));
            assertThat(table).contains("         did you mean readiness.sandbox.allowed-hosts?",
                    "         did you mean readiness.sandbox.exclude-keys?");
            int row = indexOf(table, "readiness.sandbox.allowed-host ");
            assertThat(table.get(row + 1)).isEqualTo("         did you mean readiness.sandbox.allowed-hosts?");
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text + " in " + lines);
    }
}
