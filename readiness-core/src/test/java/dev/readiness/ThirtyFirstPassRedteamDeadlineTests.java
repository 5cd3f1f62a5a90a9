package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-first pass (the last pass's leftover): a short overall deadline starves readiness's own gates
 * on a cold JVM or a busy machine. That fails closed (each is a {@code gate.timeout} NO-GO), but the finding told the
 * user to find out why the gate is slow or to raise the gate timeout; it now says the deadline is shorter than the
 * built-in gates need and to give a longer one.
 */
class ThirtyFirstPassRedteamDeadlineTests {

    @Test
    void aBuiltInGateCutOffByAShortDeadlineShouldSayTheDeadlineIsTooShort() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Gate blocking = Gate.of("acme.blocking", "", context -> {
            release.await();
            return Outcome.go();
        });
        try {
            Report report = Readiness.builder()
                    .parallelism(1)
                    .gateTimeout(Duration.ofSeconds(30))
                    .deadline(Duration.ofMillis(300))
                    .gate(blocking)
                    .gate(new SecretsGate())
                    .settings(Settings.builder().build())
                    .build()
                    .run();

            assertThat(report.gate(new SecretsGate().id()).orElseThrow().findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("gate.timeout");
                assertThat(finding.message()).contains("shorter than readiness's own gates need");
                assertThat(finding.remediation()).contains("longer overall deadline");
            });
            assertThat(report.gate("acme.blocking").orElseThrow().findings()).singleElement()
                    .satisfies(finding -> assertThat(finding.message()).doesNotContain("own gates need"));
        } finally {
            release.countDown();
        }
    }
}
