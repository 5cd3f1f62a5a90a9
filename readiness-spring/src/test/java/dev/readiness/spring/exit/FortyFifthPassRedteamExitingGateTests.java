package dev.readiness.spring.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import dev.readiness.spring.ChildJvm;
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
        ChildJvm.Result result = start("exit", "--readiness.stage=production");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output())
                .contains("readiness refused start-up: dev.readiness.spring.exit.ExitingGateApp called System.exit on"
                        + " thread readiness-")
                .contains("while the gates judged the start")
                .doesNotContain("Started ExitingGateApp");
    }

    @Test
    void aGateCallingSystemExitInDevelopmentShouldStillNotLookLikeASuccess() throws Exception {
        ChildJvm.Result result = start("exit", "--readiness.stage=development");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
    }

    @Test
    void aGateThatReturnsShouldLeaveTheStartAndItsEndAsTheyWere() throws Exception {
        ChildJvm.Result result = start("none", "--readiness.stage=production", "--spring.context.exit=onRefresh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("readiness (GO|WARN) for production")
                .doesNotContain("called System.exit");
    }

    @Test
    void theServiceEndingItselfAfterTheGatesShouldKeepItsOwnStatus() throws Exception {
        ChildJvm.Result result = start("none", "--readiness.stage=production", "--test.exit-after-start=3");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
    }

    static ChildJvm.Result start(String how, String... args) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.config.location=optional:classpath:/none/",
                "--readiness.exclude-gates=" + TestGates.foreignGateIds() + ",database.boot-default"));
        arguments.addAll(List.of(args));
        return ChildJvm.run(null, List.of("-Dtest.exit=" + how), ExitingGateApp.class, arguments,
                environment -> environment.keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME")));
    }
}
