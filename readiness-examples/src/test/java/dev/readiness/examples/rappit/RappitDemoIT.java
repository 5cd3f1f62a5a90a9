package dev.readiness.examples.rappit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.examples.ExampleConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's demo commands exactly as written, from the repository root, against the packaged
 * {@code target/rappit-demo.jar}: the embedded defaults are refused with exit code 78 and the report; the one
 * change makes the service start. Runs in the integration-test phase, after {@code package}.
 */
class RappitDemoIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String JAR = "readiness-examples/target/rappit-demo.jar";
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void demoOnItsEmbeddedDefaultsShouldRefuseToStartAndPrintEveryProblem() throws Exception {
        Run run = run(List.of(), null);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
        assertThat(run.output())
                .contains("sandbox.test-path", "dhl.api-url", "sandbox.provider-host", "fedex.api-url")
                .contains("sandbox.test-credential", "stripe.secret-key")
                .contains("secrets.placeholder", "jwt.secret")
                .contains("database.embedded", "spring.datasource.url")
                .contains("secrets.blank", "stripe.webhook-secret")
                .contains("settings.missing", "sentry.dsn")
                .contains("rappit.cors.localhost", "rappit.oauth-stubs.enabled")
                .contains("rappit.properties")
                .doesNotContain("Tomcat started", "Started RappitApplication")
                .doesNotContain("sk_test_51RappitDevOnly");
    }

    @Test
    void demoWithTheProductionConfigurationShouldStart() throws Exception {
        Run run = run(List.of("--spring.config.additional-location=file:readiness-examples/rappit-production.properties",
                "--server.port=0"), "Started RappitApplication");

        assertThat(run.output()).contains("Started RappitApplication");
        Map<String, String> production = ExampleConfiguration.loadFile(ROOT.resolve(
                "readiness-examples/rappit-production.properties"));
        for (String key : List.of("jwt.secret", "spring.datasource.password", "stripe.secret-key",
                "stripe.webhook-secret", "dhl.api-secret", "fedex.secret-key", "spring.data.redis.password")) {
            assertThat(run.output()).as("the log must not contain %s", key).doesNotContain(production.get(key));
        }
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * Runs the demo jar; when {@code until} is given, stops the process once a line contains it.
     */
    private static Run run(List<String> args, String until) throws Exception {
        assertThat(Files.isRegularFile(ROOT.resolve(JAR))).as(JAR + " (run the package phase first)").isTrue();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        // A fresh machine's shell: the variables every shell exports (the gates judge the process environment too,
        // so PWD and friends must pass), not the peculiarities of the machine running the build (which the gates
        // would rightly report, e.g. a stray IS_SANDBOX=yes).
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(List.of("PATH", "HOME", "USER", "LOGNAME", "SHELL", "TERM", "LANG", "TMPDIR",
                "JAVA_HOME", "HOSTNAME"));
        environment.put("PWD", ROOT.toString());
        environment.put("OLDPWD", ROOT.resolve("readiness-examples").toString());
        environment.put("SHLVL", "1");
        environment.put("_", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (until != null && line.contains(until)) {
                        process.destroy();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the demo did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
            }
            reader.get(10, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        synchronized (output) {
            return new Run(process.exitValue(), output.toString());
        }
    }
}
