package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessTests {

    private static Gate noGo(String id, String code) {
        return Gate.of(id, "always NO-GO", context -> Outcome.of(
                Finding.of(Severity.NO_GO, code, id).message("bad").remediation("fix it").build()));
    }

    @Test
    void runWhenSeveralGatesSayNoGoShouldReportEveryFinding() {
        Report report = Readiness.builder()
                .gates(noGo("b.second", "b.bad"), noGo("a.first", "a.bad"), Gate.of("c.fine", "", context -> Outcome.go()))
                .build()
                .run();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.gates()).extracting(GateResult::id).containsExactly("a.first", "b.second", "c.fine");
        assertThat(report.findings()).extracting(Finding::code).containsExactly("a.bad", "b.bad");
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void runWhenGateThrowsShouldReportGateFailedWithoutTheExceptionMessage() {
        Report report = Readiness.builder()
                .gate(Gate.of("boom", "", context -> {
                    throw new IllegalStateException("canary-secret-value");
                }))
                .build()
                .run();

        Finding finding = report.findings().findFirst().orElseThrow();
        assertThat(finding.code()).isEqualTo("gate.failed");
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("IllegalStateException").doesNotContain("canary");
    }

    @Test
    void runWhenGateHangsShouldReportTimeoutWithinTheDeadline() {
        long start = System.nanoTime();
        Report report = Readiness.builder()
                .gateTimeout(Duration.ofMillis(200))
                .gate(Gate.of("hangs", "", context -> {
                    Thread.sleep(60_000);
                    return Outcome.go();
                }))
                .gate(Gate.of("fine", "", context -> Outcome.go()))
                .build()
                .run();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(report.gate("hangs").orElseThrow().findings()).extracting(Finding::code).containsExactly("gate.timeout");
        assertThat(report.gate("fine").orElseThrow().status()).isEqualTo(Status.GO);
    }

    @Test
    void runWhenGateReturnsNullShouldReportGateFailed() {
        Report report = Readiness.builder().gate(Gate.of("nothing", "", context -> null)).build().run();

        assertThat(report.findings()).extracting(Finding::code).containsExactly("gate.failed");
    }

    @Test
    void runInDevelopmentShouldReportWithoutBlocking() {
        Report report = Readiness.builder()
                .stage(Stage.DEVELOPMENT)
                .settings(Settings.of(Map.of("A", "b")))
                .gate(noGo("a", "a.bad"))
                .build()
                .run();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.blocks()).isFalse();
    }
}
