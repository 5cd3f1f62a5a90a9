package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.settings.Settings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadinessTests {

    private static Gate noGo(String id, String code) {
        return Gate.of(id, "always NO-GO", context -> Outcome.of(
                Finding.of(Severity.NO_GO, code, id).message("bad").remediation("fix it").build()));
    }

    private static Gate withSeverity(String id, Severity severity) {
        return Gate.of(id, "", context -> Outcome.of(Finding.of(severity, id + ".found", id).build()));
    }

    @Test
    void runWhenSeveralGatesSayNoGoShouldReportEveryFinding() {
        Report report = Readiness.builder()
                .gates(noGo("b.second", "b.bad"), noGo("a.first", "a.bad"), Gate.of("c.fine", "", context -> Outcome.go()),
                        withSeverity("d.warns", Severity.WARN), withSeverity("e.informs", Severity.INFO))
                .build()
                .run();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.gates()).extracting(GateResult::id)
                .containsExactly("a.first", "b.second", "c.fine", "d.warns", "e.informs");
        assertThat(report.gates()).extracting(GateResult::status)
                .containsExactly(Status.NO_GO, Status.NO_GO, Status.GO, Status.WARN, Status.GO);
        assertThat(report.findings()).extracting(Finding::code)
                .containsExactly("a.bad", "b.bad", "d.warns.found", "e.informs.found");
        assertThat(report.count(Severity.NO_GO)).isEqualTo(2);
        assertThat(report.count(Severity.WARN)).isEqualTo(1);
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void runWhenOnlyWarningsShouldSayWarnAndNotBlockByDefault() {
        Report report = Readiness.builder().gates(withSeverity("a", Severity.WARN), withSeverity("b", Severity.INFO))
                .build().run();

        assertThat(report.verdict()).isEqualTo(Status.WARN);
        assertThat(report.blocks()).isFalse();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("checked", new IOException("password=Qz7#Xv9!Kp"), "java.io.IOException"),
                Arguments.of("unchecked", new IllegalStateException("password=Qz7#Xv9!Kp"),
                        "java.lang.IllegalStateException"),
                Arguments.of("error", new StackOverflowError("password=Qz7#Xv9!Kp"), "java.lang.StackOverflowError"),
                Arguments.of("assertion", new AssertionError("password=Qz7#Xv9!Kp"), "java.lang.AssertionError"),
                Arguments.of("out of memory", new OutOfMemoryError("password=Qz7#Xv9!Kp"),
                        "java.lang.OutOfMemoryError"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void runWhenGateThrowsShouldReportGateFailedWithoutTheExceptionMessage(String kind, Throwable failure,
            String type) {
        Report report = Readiness.builder()
                .gate(Gate.of("boom", "", context -> {
                    if (failure instanceof Exception exception) {
                        throw exception;
                    }
                    throw (Error) failure;
                }))
                .gate(Gate.of("fine", "", context -> Outcome.go()))
                .build()
                .run();

        Finding finding = report.gate("boom").orElseThrow().findings().get(0);
        assertThat(finding.code()).isEqualTo("gate.failed");
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.subject()).isEqualTo("boom");
        assertThat(finding.message()).contains(type).doesNotContain("Qz7#").doesNotContain("password");
        assertThat(report.gate("fine").orElseThrow().status()).isEqualTo(Status.GO);
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
    }

    @Test
    void runWhenGateReturnsNullShouldReportGateFailed() {
        Report report = Readiness.builder().gate(Gate.of("nothing", "", context -> null)).build().run();

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("gate.failed");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("null");
        });
    }

    @Test
    void runWhenGateHangsShouldReportTimeoutAndStillJudgeTheOthers() {
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
        assertThat(report.gate("hangs").orElseThrow().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("gate.timeout");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("200 ms");
        });
        assertThat(report.gate("fine").orElseThrow().status()).isEqualTo(Status.GO);
    }

    @Test
    void runWhenGatesIgnoreInterruptsShouldStillReturnByTheDeadline() {
        CountDownLatch release = new CountDownLatch(1);
        Gate stubborn = Gate.of("stubborn", "", context -> {
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // ignores interrupts on purpose
                }
            }
            return Outcome.go();
        });
        List<Gate> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(Gate.of("queued-" + i, "", context -> Outcome.go()));
        }
        long start = System.nanoTime();
        try {
            Report report = Readiness.builder()
                    .parallelism(1)
                    .gateTimeout(Duration.ofSeconds(30))
                    .deadline(Duration.ofMillis(300))
                    .gate(stubborn)
                    .gates(queued)
                    .build()
                    .run();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(report.gate("stubborn").orElseThrow().findings()).singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.code()).isEqualTo("gate.timeout");
                        assertThat(finding.message()).contains("did not finish before the overall deadline");
                    });
            assertThat(report.gate("queued-0").orElseThrow().findings()).singleElement()
                    .satisfies(finding -> {
                        assertThat(finding.code()).isEqualTo("gate.timeout");
                        assertThat(finding.message()).contains("did not start before the overall deadline");
                    });
            assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        } finally {
            release.countDown();
        }
    }

    @Test
    void runWhenCallerIsInterruptedShouldReturnAFailedReportAndKeepTheFlag() {
        CountDownLatch release = new CountDownLatch(1);
        Readiness readiness = Readiness.builder()
                .gate(Gate.of("waits", "", context -> {
                    release.await();
                    return Outcome.go();
                }))
                .build();
        Thread.currentThread().interrupt();
        try {
            Report report = readiness.run();

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(report.findings()).extracting(Finding::code).containsExactly("gate.failed");
            assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        } finally {
            Thread.interrupted();
            release.countDown();
        }
    }

    @Test
    void runOfHundredsOfGatesShouldGiveTheSameOrderEveryTime() {
        List<Gate> gates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int n = i;
            gates.add(Gate.of(String.format("gate-%03d", (n * 7919) % 300), "", context -> {
                Random random = new Random(n);
                long spin = random.nextInt(20_000);
                long sink = 0;
                for (long k = 0; k < spin; k++) {
                    sink += k ^ n;
                }
                if (sink == 42) {
                    Thread.yield();
                }
                List<Finding> findings = new ArrayList<>();
                for (int f = 0; f < n % 4; f++) {
                    findings.add(Finding.of(Severity.values()[f % 3], "order.f" + f, "KEY_" + n).build());
                }
                return Outcome.of(findings);
            }));
        }
        Readiness readiness = Readiness.builder().parallelism(8).gates(gates).build();
        List<String> first = shape(readiness.run());

        assertThat(first).hasSize(300).isSorted();
        for (int run = 0; run < 15; run++) {
            assertThat(shape(readiness.run())).isEqualTo(first);
        }
    }

    private static List<String> shape(Report report) {
        return report.gates().stream()
                .map(gate -> gate.id() + gate.status() + gate.findings().stream()
                        .map(f -> f.code() + "/" + f.subject()).toList())
                .toList();
    }

    @Test
    void runWhenAGateReportsTooManyFindingsShouldKeepTheMostSevereAndSaySo() {
        Report report = Readiness.builder()
                .gate(Gate.of("flood", "", context -> {
                    List<Finding> findings = new ArrayList<>();
                    for (int i = 0; i < 5000; i++) {
                        findings.add(Finding.of(i % 100 == 0 ? Severity.NO_GO : Severity.INFO, "flood.item", "K" + i)
                                .build());
                    }
                    return Outcome.of(findings);
                }))
                .build()
                .run();

        List<Finding> findings = report.gate("flood").orElseThrow().findings();
        assertThat(findings).hasSize(PhaseRunner.MAX_FINDINGS_PER_GATE + 1);
        assertThat(findings.subList(0, 50)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
        assertThat(findings.get(findings.size() - 1)).satisfies(f -> {
            assertThat(f.code()).isEqualTo("gate.findings-truncated");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.message()).contains("5000").contains("1000");
        });
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
    }

    static Stream<Arguments> enforcement() {
        return Stream.of(
                Arguments.of(Stage.DEVELOPMENT, null, Status.NO_GO, false),
                Arguments.of(Stage.TEST, null, Status.NO_GO, false),
                Arguments.of(Stage.STAGING, null, Status.NO_GO, true),
                Arguments.of(Stage.PRODUCTION, null, Status.NO_GO, true),
                Arguments.of(Stage.PRODUCTION, null, Status.WARN, false),
                Arguments.of(Stage.STAGING, null, Status.GO, false),
                Arguments.of(Stage.PRODUCTION, Status.WARN, Status.WARN, true),
                Arguments.of(Stage.PRODUCTION, Status.WARN, Status.GO, false),
                Arguments.of(Stage.DEVELOPMENT, Status.WARN, Status.WARN, true),
                Arguments.of(Stage.DEVELOPMENT, Status.NO_GO, Status.NO_GO, true),
                Arguments.of(Stage.TEST, Status.NO_GO, Status.WARN, false),
                Arguments.of(Stage.TEST, Status.NO_GO, Status.NO_GO, true));
    }

    @ParameterizedTest(name = "{0} fail-on {1} verdict {2} blocks {3}")
    @MethodSource("enforcement")
    void runShouldBlockByStageAndFailOn(Stage stage, Status failOn, Status verdict, boolean blocks) {
        Policy.Builder policy = Policy.builder();
        if (failOn != null) {
            policy.failOn(failOn);
        }
        Gate gate = verdict == Status.GO ? Gate.of("g", "", context -> Outcome.go())
                : withSeverity("g", verdict == Status.WARN ? Severity.WARN : Severity.NO_GO);

        Report report = Readiness.builder().stage(stage).policy(policy.build()).gate(gate).build().run();

        assertThat(report.verdict()).isEqualTo(verdict);
        assertThat(report.blocks()).isEqualTo(blocks);
        assertThat(report.failOnThreshold()).isEqualTo(failOn != null ? java.util.Optional.of(failOn)
                : stage.enforcesByDefault() ? java.util.Optional.of(Status.NO_GO) : java.util.Optional.empty());
    }

    @Test
    void policyShouldRejectFailOnGo() {
        assertThatThrownBy(() -> Policy.builder().failOn(Status.GO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fail-on");
    }

    @Test
    void builderShouldRejectBadOptionsNamingTheValue() {
        assertThatThrownBy(() -> Readiness.builder().parallelism(0)).hasMessageContaining("but was 0");
        assertThatThrownBy(() -> Readiness.builder().gateTimeout(Duration.ZERO)).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Readiness.builder().deadline(Duration.ofSeconds(-1))).hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> Gate.of("Bad Id", "", context -> Outcome.go())).hasMessageContaining("'Bad Id'");
    }

    @Test
    void runShouldHandGatesTheStageSettingsClockAndFacts() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T00:00:00Z"),
                java.time.ZoneOffset.UTC);
        Report report = Readiness.builder()
                .stage(Stage.STAGING)
                .settings(Settings.of(Map.of("APP_NAME", "shop")))
                .clock(clock)
                .fact(Integer.class, 42)
                .gate(Gate.of("context", "", context -> {
                    assertThat(context.stage()).isEqualTo(Stage.STAGING);
                    assertThat(context.settings().value("app.name")).contains("shop");
                    assertThat(context.clock()).isEqualTo(clock);
                    assertThat(context.fact(Integer.class)).contains(42);
                    return Outcome.go();
                }))
                .build()
                .run();

        assertThat(report.verdict()).isEqualTo(Status.GO);
        assertThat(report.stage()).isEqualTo(Stage.STAGING);
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
