package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@link GateOutput#run} (hostile testing, twenty-ninth pass): the check runs in a thread group of its own, its result
 * or exception comes back, and when no thread of it is left the streams are given back at once.
 */
class TwentyNinthPassRedteamGateOutputTests {

    private static final Settings SETTINGS = Settings.of(Map.of("app.api-token", "G7K3M9P2Q4R8S5T6W2X3"));

    @Test
    void runShouldReturnTheChecksResultCaptureItsPrintingAndGiveTheStreamsBack() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream mine = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<String> lines = new CopyOnWriteArrayList<>();
        try {
            System.setOut(mine);
            System.setErr(mine);
            String result = GateOutput.run(SETTINGS, lines::add, lines::add, () -> {
                System.out.println("token G7K3M9P2Q4R8S5T6W2X3");
                return Thread.currentThread().getThreadGroup().getName();
            });
            assertThat(result).isEqualTo("readiness-gates");
            assertThat(System.out).isSameAs(mine);
            assertThat(System.err).isSameAs(mine);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(lines).containsExactly("token [redacted]");
        // not isEmpty(): a coverage agent may print as the classes load (Jazzer's "INFO: Instrumented …")
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("token", "G7K3");
    }

    @Test
    void runShouldRethrowWhatTheCheckThrew() {
        assertThatThrownBy(() -> GateOutput.run(SETTINGS, line -> { }, line -> { }, () -> {
            throw new IllegalArgumentException("readiness.waivers[0].reason is required");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason is required");
    }
}
