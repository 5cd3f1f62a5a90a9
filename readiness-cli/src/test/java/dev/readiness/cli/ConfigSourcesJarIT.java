package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration sources of the real executable jar, run as a subprocess: {@code --app}, {@code --profile},
 * {@code --config}, {@code --k8s} (also from standard input), {@code --compose}; and every bad input ending with exit
 * 2 and one line naming file and line, never a value, never a stack trace.
 */
class ConfigSourcesJarIT {

    private static final String CANARY = "Qz8XwKp3LmRtYc9Bn2VjHs";
    private static final Path JAR = Path.of(System.getProperty("readiness.cli.jar", "target/missing.jar"));

    @TempDir
    Path directory;

    record Run(int status, String out, String err) {
    }

    private Run jar(byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path in = Files.write(directory.resolve("stdin.bin"), stdin);
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish within 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Run jar(String... args) throws Exception {
        return jar(new byte[0], args);
    }

    private Path file(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void assertNoCanary(Run run) {
        for (int i = 0; i + 4 <= CANARY.length(); i++) {
            assertThat(run.out() + run.err()).doesNotContain(CANARY.substring(i, i + 4));
        }
    }

    @Test
    void appWithProfileAndEnvFileShouldJudgeWhatTheServiceStartsWith() throws Exception {
        file("app/src/main/resources/application.yml", "jwt:\n  secret: ${JWT_SECRET}\npayment:\n  url: https://api.example-pay.com\n");
        file("app/src/main/resources/application-prod.yml", "jwt:\n  secret: ${JWT_SECRET:changeme}\n");
        file("prod.env", "OTHER=1\n");

        Run run = jar("check", "--app", "app", "--profile", "prod", "--env-file", "prod.env", "--format", "json");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\" : \"secrets.placeholder\"")
                .contains("application-prod.yml:2:11 via the default of ${JWT_SECRET}");
        assertThat(jar("check", "--app", "app").status()).isZero();
    }

    @Test
    void unresolvedReferenceShouldBeInfoUnlessRequired() throws Exception {
        file("application.yml", "jwt:\n  secret: ${JWT_SECRET}\n");

        Run info = jar("check", "--config", "application.yml");
        Run required = jar("check", "--config", "application.yml", "--require", "jwt.secret");

        assertThat(info.status()).isZero();
        assertThat(info.out()).contains("settings.deferred");
        assertThat(required.status()).isEqualTo(1);
        assertThat(required.out()).contains("settings.unresolved");
    }

    @Test
    void kubernetesFromStandardInputShouldReadTheSecretsOfTheInput() throws Exception {
        String manifests = """
                apiVersion: v1
                kind: Secret
                metadata: {name: api}
                data:
                  JWT_SECRET: %s
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          envFrom: [{secretRef: {name: api}}, {secretRef: {name: external}}]
                """.formatted(Base64.getEncoder().encodeToString("changeme".getBytes(StandardCharsets.UTF_8)));

        Run run = jar(manifests.getBytes(StandardCharsets.UTF_8), "check", "--k8s", "-", "--format", "json");

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("secrets.placeholder").contains("<stdin>:5 (Secret api")
                .contains("settings.deferred");
    }

    @Test
    void k8sFromAStandardInputThatIsNeverClosedShouldEndWithExitTwoAtTheDeadline() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "check", "--k8s", "-", "--deadline", "2s");
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (java.io.OutputStream heldOpen = process.getOutputStream()) {
            heldOpen.write(("apiVersion: v1\nkind: Secret\nstringData: {JWT_SECRET: " + CANARY + "}\n")
                    .getBytes(StandardCharsets.UTF_8));
            heldOpen.flush();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the jar waited for standard input past its deadline: " + command);
            }
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("readiness: --k8s -: standard input gave no end of file within 2.0 s")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertNoCanary(run);
    }

    @Test
    void composeServiceShouldBeJudged() throws Exception {
        file("compose.yaml", "services:\n  api:\n    environment:\n      STRIPE_SECRET_KEY: ${STRIPE:-sk_test_"
                + CANARY + "}\n  db:\n    image: postgres\n");

        Run run = jar("check", "--compose", "compose.yaml", "--service", "api");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("STRIPE_SECRET_KEY").contains("compose.yaml:4");
        assertNoCanary(run);
    }

    static Stream<Arguments> badInputs() {
        byte[] utf16 = ("\uFEFFJWT_SECRET=" + CANARY + "\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] binary = new byte[300];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 + 1);
        }
        return Stream.of(
                Arguments.of("--properties", "app.properties", ("spring:\n  datasource:\n    password: " + CANARY
                        + "\n").getBytes(StandardCharsets.UTF_8), "app.properties:1: looks like YAML"),
                Arguments.of("--env-file", "prod.env", utf16, "prod.env: is UTF-16 text"),
                Arguments.of("--properties", "logo.properties", binary, "logo.properties: is not text"),
                Arguments.of("--env-file", "nul.env", "A=1\nB=\u0000\n".getBytes(StandardCharsets.UTF_8),
                        "nul.env:2: contains a NUL byte"),
                Arguments.of("--config", "cycle.yml", "a: ${b}\nb: ${a}\n".getBytes(StandardCharsets.UTF_8),
                        "cycle.yml:1:4: placeholder cycle a -> b -> a"),
                Arguments.of("--config", "broken.yml", ("a: 1\nsecret: '" + CANARY + "\n").getBytes(
                        StandardCharsets.UTF_8), "broken.yml:"),
                Arguments.of("--config", "flat.yml", ("jwt.secret=" + CANARY + "\n").getBytes(StandardCharsets.UTF_8),
                        "flat.yml:1: document 1 is a single value"),
                Arguments.of("--k8s", "deploy.yaml", ("JWT_SECRET=" + CANARY + "\n").getBytes(StandardCharsets.UTF_8),
                        "deploy.yaml:1: document 1 is not a Kubernetes object"),
                Arguments.of("--k8s", "deploy.yaml", ("kind: Pod\nspec: [" + CANARY + "\n").getBytes(
                        StandardCharsets.UTF_8), "deploy.yaml:"),
                Arguments.of("--config", "settings.toml", "a = 1\n".getBytes(StandardCharsets.UTF_8),
                        "settings.toml: unknown kind of configuration file"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputShouldExitTwoWithOneLineNamingFileAndLine(String option, String name, byte[] content,
            String expected) throws Exception {
        Files.write(directory.resolve(name), content);

        Run run = jar("check", option, name);

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("readiness: ").contains(expected)
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
        assertNoCanary(run);
    }

    @Test
    void directoryGivenAsAFileShouldExitTwo() throws Exception {
        Files.createDirectories(directory.resolve("conf"));

        for (String option : List.of("--config", "--k8s", "--compose", "--env-file")) {
            Run run = jar("check", option, "conf");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("readiness: " + option + " conf: is a directory, not a file"
                    + System.lineSeparator());
        }
        Run app = jar("check", "--app", "conf");
        assertThat(app.status()).isEqualTo(2);
        assertThat(app.err()).contains("conf: has no application.properties");
    }
}
