package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, thirty-first pass (the last pass's leftover): {@code --deadline 50ms} starved the built-in gates
 * on every run, a NO-GO of six {@code gate.timeout} findings that judged nothing. A deadline the built-in gates cannot
 * meet is refused up front, exit 2, naming the option and the shortest accepted.
 */
class ThirtyFirstPassRedteamDeadlineTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1ms", "50ms", "999ms", "PT0.5S"})
    void aDeadlineShorterThanTheBuiltInGatesNeedShouldBeRefusedUpFront(String deadline) throws IOException {
        Path env = dir.resolve("prod.env");
        Files.writeString(env, "JWT_SECRET=changeme\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Cli.execute(new String[] {"check", "--env-file", env.toString(), "--deadline", deadline},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--deadline").contains("at least 1s")
                .contains(deadline).doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1s", "1000ms", "PT1S"})
    void aDeadlineOfOneSecondShouldBeAccepted(String deadline) {
        assertThat(CheckOptions.deadline(deadline)).isEqualTo(CheckOptions.SHORTEST_DEADLINE);
    }
}
