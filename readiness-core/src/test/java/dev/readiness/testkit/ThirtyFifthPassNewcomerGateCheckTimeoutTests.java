package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fifth pass, newcomer: the test kit had no way to give a gate's timeout, so the unit test asserting that a
 * hanging gate of the service is a {@code gate.timeout} took the default 5 s (7.7 s for a gate blocked in a socket
 * read). {@code GateCheck.gateTimeout} and {@code deadline} give them, as {@code readiness.gate-timeout} and
 * {@code readiness.deadline} do at boot.
 */
class ThirtyFifthPassNewcomerGateCheckTimeoutTests {

    @Test
    void aHangingGateTimesOutWithinTheTimeoutGiven() {
        Gate hanging = Gate.of("acme.hangs", "waits forever", context -> {
            Thread.sleep(60_000);
            return Outcome.go();
        });
        long start = System.nanoTime();
        GateCheck.forStage(Stage.PRODUCTION).settings(Map.of("A", "b")).gates(hanging)
                .gateTimeout(Duration.ofMillis(200)).deadline(Duration.ofSeconds(2))
                .run()
                .isNoGo()
                .hasFinding("gate.timeout", "acme.hangs");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
}
