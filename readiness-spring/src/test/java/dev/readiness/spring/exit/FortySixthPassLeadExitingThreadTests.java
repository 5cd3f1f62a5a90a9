package dev.readiness.spring.exit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.spring.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, the forty-fifth hostile tester's open item: a gate that starts a thread of its own (a client
 * library's connector, an executor of its own) which calls {@code System.exit(0)} was not beneath readiness's
 * executor, so the guard let the service end with 0. Threads a gate starts belong to readiness's thread group, and
 * the guard now counts them.
 */
class FortySixthPassLeadExitingThreadTests {

    @Test
    void aThreadAGateStartedCallingSystemExitZeroShouldEndTheServiceWithTheRefusalCode() throws Exception {
        ChildJvm.Result result = FortyFifthPassRedteamExitingGateTests.start("thread-exit",
                "--readiness.stage=production");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(78);
        assertThat(result.output()).contains("readiness refused start-up: dev.readiness.spring.exit.ExitingGateApp"
                + " called System.exit on thread acme-client while the gates judged the start")
                .doesNotContain("Started ExitingGateApp");
    }
}
