package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
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
    void runWhenGateForgesAStackFrameQuotingASecretShouldPrintNoPartOfIt() {
        String secret = "GX7KQ9M2ZT4WPV8R";
        Report report = Readiness.builder()
                .gate(Gate.of("forger", "", context -> {
                    IllegalStateException failure = new IllegalStateException(secret);
                    failure.setStackTrace(new StackTraceElement[] {
                        new StackTraceElement("acme." + secret, secret, secret + ".java", 7)});
                    throw failure;
                }))
                .gate(Gate.of("real-frame", "", context -> {
                    IllegalStateException failure = new IllegalStateException(secret);
                    failure.setStackTrace(new StackTraceElement[] {
                        new StackTraceElement(String.class.getName(), secret, secret + ".java", 7)});
                    throw failure;
                }))
                .gate(Gate.of("honest", "", context -> {
                    throw new IllegalStateException(secret);
                }))
                .build()
                .run();

        assertThat(report.gate("forger").orElseThrow().findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("Gate forger threw java.lang.IllegalStateException in check(), so its checks could"
                                + " not be judged."));
        assertThat(report.gate("real-frame").orElseThrow().findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("GX7K").doesNotContain(" at "));
        assertThat(report.gate("honest").orElseThrow().findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("GX7K")
                        .contains(" at dev.readiness.ReadinessTests.lambda$").doesNotContain(".java"));
    }

    @Test
    void runWhenAUserGateQuotesASecretInItsIdDescriptionOrCodeShouldPrintNoPartOfIt() {
        String lowerCaseSecret = "k7m3q9x2w8v4";
        String mixedSecret = "GX7KQ9M2ZT4WPV8R";
        Settings settings = Settings.builder()
                .map(Map.of("jwt.secret", lowerCaseSecret, "api.token", mixedSecret), "app.properties")
                .build();
        Report report = Readiness.builder()
                .settings(settings)
                .gate(Gate.of("acme." + lowerCaseSecret, "Checks the token " + mixedSecret + " (" + lowerCaseSecret
                        + ")", context -> Outcome.of(List.of(Finding.of(Severity.NO_GO, "acme." + lowerCaseSecret
                                + ".weak", "api.token").message("weak").build()))))
                .gate(Gate.of("acme.honest", "Checks carriers", context -> Outcome.go()))
                .build()
                .run();

        List<String> outputs = List.of(dev.readiness.render.TextReportRenderer.full().render(report),
                dev.readiness.render.JsonReportRenderer.pretty().render(report),
                dev.readiness.render.SarifReportRenderer.create().render(report),
                dev.readiness.render.ProblemList.message(report),
                dev.readiness.render.ProblemList.description(report),
                dev.readiness.render.ProblemList.actions(report), report.toString());
        for (String output : outputs) {
            for (String secret : List.of(lowerCaseSecret, mixedSecret)) {
                for (int i = 0; i + 4 <= secret.length(); i++) {
                    assertThat(output.toLowerCase(java.util.Locale.ROOT))
                            .doesNotContain(secret.substring(i, i + 4).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(report.gate("acme.redacted")).hasValueSatisfying(gate -> {
            assertThat(gate.description()).isEqualTo("Checks the token [redacted] ([redacted])");
            assertThat(gate.findings()).extracting(Finding::code).containsExactly("acme.redacted.weak");
        });
        assertThat(report.gate("acme.honest").orElseThrow().description()).isEqualTo("Checks carriers");
    }

    @Test
    void runWhenAUserGateQuotesAUrlOrConnectionStringShouldPrintNoPartOfItsPassword() {
        // session 24: the scrubber knew the values of secret-looking keys only; a gate writing "cannot reach " + url
        // printed the password a database, cache or broker URL carries, and a JAAS line's
        String secret = "G7K3M9P2Q4R8S5T6";
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("spring.datasource.url", "jdbc:postgresql://db.acme.io:5432/orders?user=app&password=" + secret);
        values.put("DATABASE_URL", "postgres://app:" + secret + "@db.acme.io:5432/orders");
        values.put("REDIS_URL", "redis://:" + secret + "@cache.acme.io:6379");
        values.put("KAFKA_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"u\" password=\"" + secret + "\";");
        values.put("SQLSERVER_CONNECTION", "Server=db;User Id=app;Password=" + secret + ";");
        Settings settings = Settings.builder().map(values, "app.properties").build();
        Report report = Readiness.builder()
                .settings(settings)
                .gate(Gate.of("acme.reach", "Checks connections", context -> Outcome.of(values.keySet().stream()
                        .map(key -> Finding.of(Severity.WARN, "acme.unreachable", key)
                                .message("cannot reach " + context.settings().value(key).orElseThrow()).build())
                        .toList())))
                .build()
                .run();

        String json = dev.readiness.render.JsonReportRenderer.pretty().render(report);
        assertThat(json).contains("cannot reach postgres://app:[redacted]@db.acme.io:5432/orders",
                "cannot reach jdbc:postgresql://db.acme.io:5432/orders?user=app&password=[redacted]");
        for (String output : List.of(json, dev.readiness.render.TextReportRenderer.full().render(report),
                dev.readiness.render.SarifReportRenderer.create().render(report))) {
            for (int i = 0; i + 4 <= secret.length(); i++) {
                assertThat(output).doesNotContain(secret.substring(i, i + 4));
            }
        }
    }

    @Test
    void runWhenAUserGateQuotesAConfigImportLocationShouldPrintNoPartOfTheTokenOrKeyItCarries() {
        // hostile testing, twenty-fifth pass: a vault:// location's token is its user information without a colon,
        // and an AWS location's secret is a camel-case secretKey= parameter; neither was scrubbed
        String secret = "G7K3M9P2Q4R8S5T6";
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("spring.config.import", "optional:vault://" + secret + "@vault.acme.io:8200/secret/app");
        values.put("spring.config.import[1]", "aws-secretsmanager:prod/app?accessKey=AKIAQ&secretKey=" + secret);
        values.put("app.storage-url", "https://s3.acme.io/b?sessionToken=" + secret + "&x=1");
        Settings settings = Settings.builder().map(values, "app.properties").build();
        Report report = Readiness.builder()
                .settings(settings)
                .gate(Gate.of("acme.reach", "Checks connections", context -> Outcome.of(values.keySet().stream()
                        .map(key -> Finding.of(Severity.WARN, "acme.unreachable", key)
                                .message("cannot load " + context.settings().value(key).orElseThrow()).build())
                        .toList())))
                .build()
                .run();

        for (String output : List.of(dev.readiness.render.JsonReportRenderer.pretty().render(report),
                dev.readiness.render.TextReportRenderer.full().render(report),
                dev.readiness.render.SarifReportRenderer.create().render(report))) {
            for (int i = 0; i + 4 <= secret.length(); i++) {
                assertThat(output).doesNotContain(secret.substring(i, i + 4));
            }
        }
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
                    .deadline(Duration.ofSeconds(2))
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
                    for (int i = 0; i < 50_000; i++) {
                        findings.add(Finding.of(i % 1000 == 0 ? Severity.NO_GO : Severity.INFO, "flood.item", "K" + i)
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
            assertThat(f.message()).contains("50000").contains("10000");
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
        // session 26: a deadline past 292 years overflowed Duration.toNanos when the run started
        // (readiness.deadline=9999999999d at boot: an ArithmeticException's stack trace, not a refused property)
        assertThatThrownBy(() -> Readiness.builder().deadline(Duration.ofDays(9_999_999_999L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1h")
                .hasMessageContaining("PT239999999976H");
        assertThatThrownBy(() -> Readiness.builder().gateTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1h");
        assertThat(Readiness.builder().deadline(Readiness.MAX_TIME_LIMIT).gateTimeout(Readiness.MAX_TIME_LIMIT)
                .build()).isNotNull();
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

    private static final String CANARY = "postgresql://orders:Zq8wCanaryPw@db.internal";

    /** A gate whose every metadata method can be made to misbehave. */
    private static final class Misbehaving implements Gate {

        private final Supplier<String> id;
        private final Supplier<String> description;
        private final Supplier<Set<Class<?>>> requiredFacts;

        Misbehaving(Supplier<String> id, Supplier<String> description, Supplier<Set<Class<?>>> requiredFacts) {
            this.id = id;
            this.description = description;
            this.requiredFacts = requiredFacts;
        }

        static Misbehaving withId(Supplier<String> id) {
            return new Misbehaving(id, () -> "", Set::of);
        }

        @Override
        public Outcome check(GateContext context) {
            return Outcome.go();
        }

        @Override
        public String id() {
            return id.get();
        }

        @Override
        public String description() {
            return description.get();
        }

        @Override
        public Set<Class<?>> requiredFacts() {
            return requiredFacts.get();
        }
    }

    private static <T> T hang() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("woke up");
    }

    private static Report runWithin(Duration limit, Readiness readiness) {
        long start = System.nanoTime();
        Report report = readiness.run();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
        return report;
    }

    @Test
    void builderShouldCallNoMethodOfAGateSoAHangingIdCannotHangTheCaller() {
        Gate hangsOnId = Misbehaving.withId(ReadinessTests::hang);

        long start = System.nanoTime();
        Readiness.builder().gate(hangsOnId).gate(hangsOnId, "bean 'twice'").build();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void runWhenIdDescriptionOrRequiredFactsThrowOrHangShouldReportThatGateAndJudgeTheOthers() {
        Readiness readiness = Readiness.builder()
                .gateTimeout(Duration.ofMillis(300))
                .deadline(Duration.ofSeconds(3))
                .deferGatesNeedingFacts(true)
                .gate(Misbehaving.withId(() -> {
                    throw new IllegalStateException(CANARY);
                }), "bean 'throwsOnId'")
                .gate(Misbehaving.withId(ReadinessTests::hang), "bean 'hangsOnId'")
                .gate(Misbehaving.withId(() -> null), "bean 'nullId'")
                .gate(new Misbehaving(() -> "hangs.description", ReadinessTests::hang, Set::of))
                .gate(new Misbehaving(() -> "throws.facts", () -> "", () -> {
                    throw new LinkageError(CANARY);
                }))
                .gate(noGo("fine", "fine.found"))
                .build();

        Report report = runWithin(Duration.ofSeconds(5), readiness);

        assertThat(report.gate("fine").orElseThrow().findings()).extracting(Finding::code).containsExactly("fine.found");
        assertThat(report.gate("hangs.description").orElseThrow().findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("description()").contains("timeout"));
        assertThat(report.gate("throws.facts").orElseThrow().findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("requiredFacts()")
                        .contains("LinkageError"));
        List<Finding> anonymous = report.gates().stream().filter(gate -> gate.id().startsWith("gate.provider."))
                .flatMap(gate -> gate.findings().stream()).toList();
        assertThat(anonymous).extracting(Finding::code)
                .containsExactlyInAnyOrder("gate.failed", "gate.timeout", "gate.failed");
        assertThat(anonymous).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("bean 'hangsOnId'"))
                .anySatisfy(m -> assertThat(m).contains("bean 'throwsOnId'").contains("in id()"))
                .anySatisfy(m -> assertThat(m).contains("bean 'nullId'").contains("no valid id()"));
        assertThat(report.gates()).extracting(GateResult::id).doesNotHaveDuplicates();
        assertThat(report.toString()).doesNotContain("Zq8w");
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
    }

    @Test
    void runWhenFactContributorsThrowOrHangShouldReportFactsFailedThatNoWaiverCovers() {
        Readiness readiness = Readiness.builder()
                .gateTimeout(Duration.ofSeconds(3))
                .deadline(Duration.ofSeconds(20))
                .stage(Stage.DEVELOPMENT)
                .policy(Policy.builder().failOn(Status.NO_GO)
                        .waiver(Waiver.of("facts.failed", "flaky", java.time.LocalDate.now().plusDays(3))).build())
                .factContributor(sink -> {
                    throw new java.sql.SQLException("cannot connect to " + CANARY);
                })
                .factContributor(sink -> hang())
                .factContributor(sink -> sink.put(String.class, "contributed"))
                .gate(Gate.of("reads.fact", "", context -> Outcome.of(Finding.of(Severity.INFO, "reads.fact",
                        context.fact(String.class).orElse("missing")).build())))
                .build();

        Report report = runWithin(Duration.ofSeconds(40), readiness);

        assertThat(report.gate("reads.fact").orElseThrow().findings()).extracting(Finding::subject)
                .containsExactly("contributed");
        assertThat(report.gate(Readiness.FACTS_GATE_ID).orElseThrow().findings())
                .hasSize(2)
                .allSatisfy(finding -> {
                    assertThat(finding.code()).isEqualTo("facts.failed");
                    assertThat(finding.waived()).isFalse();
                    assertThat(finding.message()).doesNotContain("Zq8w");
                })
                .anySatisfy(finding -> assertThat(finding.message()).contains("java.sql.SQLException"))
                .anySatisfy(finding -> assertThat(finding.message()).contains("did not finish"));
        assertThat(report.gate(Readiness.WAIVERS_GATE_ID).orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("waiver.not-allowed");
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void logsShouldNeverCarryTheExceptionMessageOfAGateOrContributorAtAnyLevel() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
        try {
            Readiness.builder()
                    .gateTimeout(Duration.ofMillis(300))
                    .factContributor(sink -> {
                        throw new IllegalStateException(CANARY);
                    })
                    .gate(Gate.of("throws", "", context -> {
                        throw new IllegalStateException(CANARY, new RuntimeException(CANARY));
                    }))
                    .gate(Misbehaving.withId(() -> {
                        throw new IllegalStateException(CANARY);
                    }))
                    .build()
                    .run();
        } finally {
            root.detachAppender(logs);
            root.setLevel(before);
        }

        assertThat(logs.list).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain("Zq8w");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void runWhenTwoGatesShareAnIdShouldReportANoGoNamingBothSourcesWhateverTheirVerdicts() {
        Report report = Readiness.builder()
                .gate(noGo("acme.orders", "acme.orders.bad"), "bean 'first'")
                .gate(Gate.of("acme.orders", "", context -> Outcome.go()), "bean 'second'")
                .gate(noGo("database", "database.x"), "ServiceLoader provider dev.readiness.gates.database.DatabaseGate")
                .gate(Gate.of("database", "", context -> Outcome.go()), "bean 'database'")
                .stage(Stage.PRODUCTION)
                .build()
                .run();

        assertThat(report.gates()).extracting(GateResult::id).containsExactly("acme.orders", "database");
        assertThat(report.gate("database").orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("gate.duplicate-id", "database.x");
        assertThat(report.gate("acme.orders").orElseThrow().findings().get(0)).satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("gate.duplicate-id");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("bean 'first'").contains("bean 'second'");
        });
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void reportOfSeveralPhasesShouldApplyWaiversOnceAndFindDuplicatesAcrossPhases() {
        java.time.LocalDate soon = java.time.LocalDate.now().plusDays(30);
        Policy policy = Policy.builder()
                .waiver(Waiver.of("late.found", "accepted", soon))
                .waiver(Waiver.of("early.found", "accepted", soon))
                .build();
        Gate needsFacts = new Gate() {
            @Override
            public Outcome check(GateContext context) {
                return Outcome.of(Finding.of(Severity.NO_GO, "late.found", context.fact(Integer.class)
                        .map(String::valueOf).orElse("none")).build());
            }

            @Override
            public String id() {
                return "late";
            }

            @Override
            public Set<Class<?>> requiredFacts() {
                return Set.of(Integer.class);
            }
        };
        Readiness early = Readiness.builder().policy(policy).deferGatesNeedingFacts(true)
                .gate(needsFacts).gate(withSeverity("early", Severity.WARN)).gate(noGo("shared", "shared.a"))
                .build();
        Phase first = early.runPhase();

        assertThat(first.gateIds()).containsExactly("early", "shared");
        assertThat(first.deferred()).containsExactly(needsFacts);
        Report provisional = early.provisionalReport(first);
        assertThat(provisional.findings()).extracting(Finding::code).doesNotContain("waiver.unused");

        Readiness late = Readiness.builder().policy(policy).deferredFrom(first)
                .factContributor(sink -> sink.put(Integer.class, 42))
                .gate(Gate.of("shared", "", context -> Outcome.go()), "bean 'shared'")
                .build();
        Report report = late.report(first, late.runPhase());

        assertThat(report.gate("late").orElseThrow().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("42");
            assertThat(finding.waived()).isTrue();
        });
        assertThat(report.gate("early").orElseThrow().findings()).allMatch(Finding::waived);
        assertThat(report.gate(Readiness.WAIVERS_GATE_ID)).isEmpty();
        assertThat(report.gate("shared").orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("gate.duplicate-id", "shared.a");
    }

    @Test
    void runShouldIgnoreAWaivedMarkAGateSetOnItsOwnFinding() {
        Report report = Readiness.builder()
                .gate(Gate.of("sly", "", context -> Outcome.of(TestFindings.waived(
                        Finding.of(Severity.NO_GO, "sly.bad", "KEY").build()))))
                .build()
                .run();

        assertThat(report.findings()).singleElement().satisfies(finding -> assertThat(finding.waived()).isFalse());
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void aStageFindingShouldBlockEvenInAStageThatOnlyReportsAndNoWaiverCoversIt() {
        Report report = Readiness.builder()
                .stage(Stage.DEVELOPMENT)
                .policy(Policy.builder().waiver(Waiver.of("stage.mismatch", "trust me",
                        java.time.LocalDate.now().plusDays(3))).build())
                .gate(Gate.of("stage", "", context -> Outcome.of(
                        Finding.of(Severity.NO_GO, "stage.mismatch", "readiness.stage").build())))
                .build()
                .run();

        assertThat(report.failOn()).isEqualTo(Status.NO_GO);
        assertThat(report.blocks()).isTrue();
        assertThat(report.findings()).filteredOn(f -> f.code().equals("stage.mismatch")).noneMatch(Finding::waived);
    }

    @Test
    void runShouldScrubSecretValuesFromFindings() {
        Report report = Readiness.builder()
                .settings(Settings.of(Map.of("JWT_SECRET", "Qz7#Xv9!Kp")))
                .gate(Gate.of("leaky", "", ctx -> Outcome.of(Finding.of(Severity.NO_GO, "leaky.value", "JWT_SECRET")
                        .message("value is " + ctx.settings().value("JWT_SECRET").orElseThrow()).build())))
                .build()
                .run();

        assertThat(report.findings()).singleElement().extracting(Finding::message).isEqualTo("value is [redacted]");
    }
}
