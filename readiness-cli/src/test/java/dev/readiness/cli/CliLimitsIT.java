package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar at scale, as a subprocess: a million settings in a 256 MB heap, and thousands of weak secrets
 * judged one by one within the default gate timeout.
 */
class CliLimitsIT {

    private static final Path JAR = Path.of(System.getProperty("readiness.cli.jar", "target/missing.jar"));

    private static final List<String> WEAK = List.of("changeme", "password1", "Summer2024!", "letmein", "qwerty123",
            "admin123", "Welcome1", "iloveyou", "monkey12", "dragon99");

    private static final List<String> WORDS = List.of("sunshine", "dragon", "monkey", "football", "princess",
            "welcome", "shadow", "master", "baseball", "superman", "starwars", "whatever", "freedom", "charlie",
            "hunter", "ranger", "buster", "soccer", "harley", "thomas", "tigger", "summer", "winter", "orange",
            "banana", "cheese", "pepper", "ginger", "silver", "golden", "purple", "yellow", "flower", "garden");

    @TempDir
    Path directory;

    private record Run(int status, String out, String err, long millis) {
    }

    private Run jar(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish within 150 s: " + command);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> findings(Map<String, Object> report, String gate) {
        List<Object> gates = (List<Object>) report.get("gates");
        for (Object candidate : gates) {
            Map<String, Object> object = Json.object(candidate);
            if (gate.equals(object.get("id"))) {
                return ((List<Object>) object.get("findings")).stream().map(Json::object).toList();
            }
        }
        throw new AssertionError("no gate " + gate + " in the report");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> codes(Map<String, Object> report) {
        return ((List<Object>) report.get("gates")).stream().map(Json::object)
                .flatMap(gate -> ((List<Object>) gate.get("findings")).stream().map(Json::object))
                .map(finding -> (String) finding.get("code")).collect(Collectors.toSet());
    }

    @Test
    void checkWhenAMillionSettingsAreJudgedInA256MegabyteHeapShouldReachTheVerdictAndCapTheFindings()
            throws Exception {
        try (BufferedWriter env = Files.newBufferedWriter(directory.resolve("big.env"));
                BufferedWriter properties = Files.newBufferedWriter(directory.resolve("big.properties"))) {
            for (int i = 0; i < 500_000; i++) {
                env.write(String.format(java.util.Locale.ROOT, "S%06d_TIMEOUT=%d%n", i, 1000 + i));
                if (i % 5 == 0) {
                    properties.write(String.format(java.util.Locale.ROOT, "p.q%06d.password=%s%n", i,
                            WEAK.get(i / 5 % WEAK.size())));
                } else {
                    properties.write(String.format(java.util.Locale.ROOT, "s.n%06d.pool-size=%d%n", i, i % 64));
                }
            }
        }

        Run run = jar(List.of("-Xmx256m"), "check", "--env-file", "big.env", "--properties", "big.properties",
                "--format", "json", "--gate-timeout", "100s", "--deadline", "120s");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("memory").doesNotContain("internal error");
        Map<String, Object> report = Json.object(Json.parse(run.out()));
        assertThat(report.get("verdict")).isEqualTo("NO_GO");
        assertThat(codes(report)).doesNotContain("gate.failed", "gate.timeout");
        List<Map<String, Object>> secrets = findings(report, "secrets");
        assertThat(secrets).hasSize(10_001);
        assertThat(secrets.get(10_000).get("code")).isEqualTo("gate.findings-truncated");
        assertThat((String) secrets.get(10_000).get("message")).contains("100000 findings");
        assertThat(secrets.subList(0, 10_000)).allSatisfy(finding ->
                assertThat((String) finding.get("subject")).endsWith(".password"));
        assertThat(run.out().length()).isLessThan(20 * 1024 * 1024);
        System.out.printf(java.util.Locale.ROOT, "1,000,000 settings, -Xmx256m: %d ms%n", run.millis());
    }

    @Test
    void checkWhenFiveThousandDistinctWeakSecretsAreJudgedShouldReportEveryOneWithinTheDefaultTimeout()
            throws Exception {
        StringBuilder env = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            String word = WORDS.get(i * 7 % WORDS.size());
            String value = switch (i % 4) {
                case 0 -> Character.toUpperCase(word.charAt(0)) + word.substring(1) + (1900 + i % 120) + "!";
                case 1 -> word + i;
                case 2 -> word + new StringBuilder(word).reverse() + i % 97;
                default -> "P@" + word + i;
            };
            env.append("SERVICE").append(i).append("_PASSWORD=").append(value).append('\n');
        }
        Files.writeString(directory.resolve("weak.env"), env, StandardCharsets.UTF_8);

        Run run = jar(List.of(), "check", "--env-file", "weak.env", "--format", "json");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        Map<String, Object> report = Json.object(Json.parse(run.out()));
        assertThat(codes(report)).doesNotContain("gate.timeout", "gate.failed", "gate.findings-truncated");
        Set<String> reported = findings(report, "secrets").stream().map(finding -> (String) finding.get("subject"))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            if (!reported.contains("SERVICE" + i + "_PASSWORD")) {
                missing.add("SERVICE" + i + "_PASSWORD");
            }
        }
        assertThat(missing).isEmpty();
        System.out.printf(java.util.Locale.ROOT, "5,000 weak secrets: %d ms%n", run.millis());
    }
}
