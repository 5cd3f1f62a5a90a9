package dev.readiness.spring.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.readiness.spring.testgates.TestGates;
import org.junit.jupiter.api.Test;

/**
 * Forty-fifth pass: a gate of the service's own that calls {@code System.exit(0)} while the gates judge the start
 * ended the service with status 0, which an orchestrator reads as a clean, successful end (a Kubernetes Job is
 * complete, a systemd unit with {@code Restart=on-failure} stays down): the boot did not fail closed. Starts
 * {@link ExitingGateApp} in its own JVM and observes the status and the output.
 */
class FortyFifthPassRedteamExitingGateTests {

    @Test
    void aGateCallingSystemExitZeroAtBootShouldEndTheServiceWithTheRefusalCodeNeverZero() throws Exception {
        Result result = start("exit", "--readiness.stage=production");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output())
                .contains("readiness refused start-up: dev.readiness.spring.exit.ExitingGateApp called System.exit"
                        + " while the gates judged the start")
                .doesNotContain("Started ExitingGateApp");
    }

    @Test
    void aGateCallingSystemExitInDevelopmentShouldStillNotLookLikeASuccess() throws Exception {
        Result result = start("exit", "--readiness.stage=development");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
    }

    @Test
    void aGateThatReturnsShouldLeaveTheStartAndItsEndAsTheyWere() throws Exception {
        Result result = start("none", "--readiness.stage=production", "--spring.context.exit=onRefresh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("readiness (GO|WARN) for production")
                .doesNotContain("called System.exit");
    }

    @Test
    void theServiceEndingItselfAfterTheGatesShouldKeepItsOwnStatus() throws Exception {
        Result result = start("none", "--readiness.stage=production", "--test.exit-after-start=3");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
    }

    private static Result start(String how, String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-Dtest.exit=" + how, "-cp", classPath, ExitingGateApp.class.getName(),
                "--spring.main.web-application-type=none", "--spring.config.location=optional:classpath:/none/",
                "--readiness.exclude-gates=" + TestGates.foreignGateIds() + ",database.boot-default"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not exit");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
