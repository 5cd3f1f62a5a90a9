package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateOutputTests {

    private static final String SECRET = "G7K3M9P2Q4R8S5T6";

    private static final Settings SETTINGS = Settings.builder()
            .map(Map.of("api.token", SECRET, "DATABASE_URL", "postgres://app:" + SECRET + "X@db.acme.io/orders"),
                    "app.properties")
            .build();

    @Test
    void startShouldPassOnEveryLineAGatePrintsScrubbedAndCloseShouldGiveTheStreamsBack() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> lines = new ArrayList<>();

        try (GateOutput printed = GateOutput.start(SETTINGS, lines::add)) {
            System.out.println("token " + SECRET);
            for (char c : ("slow " + SECRET + "\n").toCharArray()) {
                System.out.print(c);
                System.out.flush();
            }
            System.err.println("cannot reach postgres://app:" + SECRET + "X@db.acme.io/orders\r");
            System.out.println("##vso[task.setvariable variable=x]1");
            System.err.println("\u001b[1;33mWARNING\u001b[m gate \u001b]8;;x\u0007");
            System.out.print("unfinished " + SECRET);
        }

        assertThat(System.out).isSameAs(out);
        assertThat(System.err).isSameAs(err);
        assertThat(lines).containsExactlyInAnyOrder("token [redacted]", "slow [redacted]",
                "cannot reach postgres://app:[redacted]@db.acme.io/orders", "\\u0023#vso[task.setvariable variable=x]1",
                "WARNING gate \\u001b]8;;x\\u0007",
                "unfinished [redacted]");
    }

    @Test
    void aConsumerThatPrintsToSystemOutShouldNotBeCapturedAgain() {
        // the Maven goal passes lines to its log, which may print to System.out: captured again, each line would
        // come back to the consumer without end
        PrintStream out = System.out;
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        try {
            System.setOut(new PrintStream(seen, true, java.nio.charset.StandardCharsets.UTF_8));
            try (GateOutput printed = GateOutput.start(SETTINGS, line -> {
                lines.add(line);
                System.out.println("[INFO] " + line);
            })) {
                System.out.println("token " + SECRET);
            }
        } finally {
            System.setOut(out);
        }

        assertThat(lines).containsExactly("token [redacted]");
        assertThat(seen.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("[INFO] token [redacted]"
                + System.lineSeparator());
    }

    @Test
    void aLineLongerThanTheLimitShouldBeSaidAndNotShown() {
        List<String> lines = new ArrayList<>();

        try (GateOutput printed = GateOutput.start(SETTINGS, lines::add)) {
            System.out.println("x".repeat(GateOutput.MAX_LINE * 5) + SECRET.substring(0, 8));
            System.out.println("after");
        }

        assertThat(lines).containsExactly("(a line longer than 65536 characters printed by a gate, not shown)",
                "after");
    }
}
