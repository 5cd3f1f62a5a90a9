package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.Origin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiverTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    private static final Gate DATABASE = Gate.of("database", "", context -> Outcome.of(
            Finding.noGo("database.loopback-host", Setting.of("DB_URL", "jdbc:postgresql://localhost/app",
                    Origin.file("prod.env", 4))).message("loopback").remediation("use the real host").build(),
            Finding.noGo("database.loopback-host", Setting.of("REPLICA_URL", "jdbc:postgresql://127.0.0.1/app",
                    Origin.file("prod.env", 5))).message("loopback").remediation("use the real host").build()));

    private static Report run(Waiver... waivers) {
        return Readiness.builder()
                .clock(CLOCK)
                .policy(Policy.builder().waivers(List.of(waivers)).build())
                .gate(DATABASE)
                .build()
                .run();
    }

    private static List<Finding> waiverFindings(Report report) {
        return report.gate(Readiness.WAIVERS_GATE_ID).map(GateResult::findings).orElse(List.of());
    }

    @Test
    void activeWaiverShouldMarkItsFindingsWaivedAndStillReportThem() {
        Report report = run(Waiver.of("database.loopback-host", "tunnel until migration", TODAY.plusDays(60)));

        assertThat(report.gate("database").orElseThrow().findings()).hasSize(2).allSatisfy(finding -> {
            assertThat(finding.waived()).isTrue();
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        });
        assertThat(report.verdict()).isEqualTo(Status.GO);
        assertThat(report.blocks()).isFalse();
        assertThat(report.count(Severity.NO_GO)).isZero();
        assertThat(waiverFindings(report)).isEmpty();
    }

    @Test
    void waiverShouldApplyUpToAndIncludingItsExpiryDay() {
        Report report = run(Waiver.of("database.loopback-host", "tunnel", TODAY));

        assertThat(report.verdict()).isEqualTo(Status.GO);
        assertThat(waiverFindings(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("waiver.expiring");
            assertThat(finding.message()).contains("today");
        });
    }

    @Test
    void expiredWaiverShouldStopApplyingAndWarn() {
        Report report = run(Waiver.of("database.loopback-host", "tunnel", TODAY.minusDays(3)));

        assertThat(report.gate("database").orElseThrow().findings()).noneMatch(Finding::waived);
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.blocks()).isTrue();
        assertThat(waiverFindings(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("waiver.expired");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.subject()).isEqualTo("database.loopback-host");
            assertThat(finding.message()).contains("2026-06-12").contains("3 days ago").contains("counts again");
        });
    }

    @Test
    void unusedWaiverShouldWarn() {
        Report report = run(Waiver.of("secrets.placeholder", "JWT_SECRET", "rotating", TODAY.plusDays(90)));

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(waiverFindings(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("waiver.unused");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.origin().description()).isEqualTo("waiver secrets.placeholder for JWT_SECRET");
        });
    }

    @Test
    void anUnusedWaiverForACodeNoGateOfTheRunOwnsShouldSayTheGateDidNotRun() {
        Report report = run(Waiver.of("acme.partner.timeout-range", "PARTNER_TIMEOUT_MS", "batch endpoint",
                        TODAY.plusDays(90)),
                Waiver.of("database.loopback-host", "ANALYTICS_URL", "tunnel", TODAY.plusDays(90)));

        assertThat(waiverFindings(report)).extracting(Finding::subject, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acme.partner.timeout-range", "The waiver for"
                        + " acme.partner.timeout-range for PARTNER_TIMEOUT_MS matches no finding, and no gate of this"
                        + " check has an id its code begins with: the gate that reports acme.partner.timeout-range"
                        + " did not run (not on the class path, not registered in META-INF/services, or excluded),"
                        + " or the code is misspelled."),
                org.assertj.core.groups.Tuple.tuple("database.loopback-host", "The waiver for"
                        + " database.loopback-host for ANALYTICS_URL matches no finding; what it covered is fixed or"
                        + " its code or subject is misspelled."));
        assertThat(waiverFindings(report)).allSatisfy(finding -> assertThat(finding.code()).isEqualTo("waiver.unused"));
    }

    @ParameterizedTest
    @CsvSource({"1, true, in 1 day", "14, true, in 14 days", "15, false, ''"})
    void waiverCloseToExpiryShouldBeMentionedAsInfo(int daysLeft, boolean mentioned, String phrase) {
        Report report = run(Waiver.of("database.loopback-host", "tunnel", TODAY.plusDays(daysLeft)));

        assertThat(report.verdict()).isEqualTo(Status.GO);
        if (mentioned) {
            assertThat(waiverFindings(report)).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("waiver.expiring");
                assertThat(finding.severity()).isEqualTo(Severity.INFO);
                assertThat(finding.message()).contains(phrase);
            });
        } else {
            assertThat(waiverFindings(report)).isEmpty();
        }
    }

    @Test
    void waiverForOneSubjectShouldLeaveOtherSubjectsCounting() {
        Report report = run(Waiver.of("database.loopback-host", "DB_URL", "tunnel", TODAY.plusDays(60)));

        List<Finding> findings = report.gate("database").orElseThrow().findings();
        assertThat(findings).filteredOn(Finding::waived).extracting(Finding::subject).containsExactly("DB_URL");
        assertThat(findings).filteredOn(f -> !f.waived()).extracting(Finding::subject).containsExactly("REPLICA_URL");
        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
    }

    @Test
    void waiverSubjectShouldMatchByRelaxedName() {
        Report report = run(Waiver.of("database.loopback-host", "db.url", "tunnel", TODAY.plusDays(60)),
                Waiver.of("database.loopback-host", "replicaUrl", "tunnel", TODAY.plusDays(60)));

        assertThat(report.findings().filter(f -> f.code().equals("database.loopback-host")))
                .allMatch(Finding::waived);
        assertThat(report.verdict()).isEqualTo(Status.GO);
    }

    @Test
    void waiverShouldNeverCoverTheRunnersOwnFailures() {
        Report report = Readiness.builder()
                .clock(CLOCK)
                .policy(Policy.builder().waiver(Waiver.of("gate.failed", "flaky", TODAY.plusDays(5))).build())
                .gate(Gate.of("boom", "", context -> {
                    throw new IllegalStateException();
                }))
                .build()
                .run();

        assertThat(report.verdict()).isEqualTo(Status.NO_GO);
        assertThat(report.findings()).filteredOn(f -> f.code().equals("gate.failed")).noneMatch(Finding::waived);
        assertThat(waiverFindings(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("waiver.not-allowed");
            assertThat(finding.message()).contains("gate.failed").contains("rejected");
        });
    }

    @Test
    void severalWaiverProblemsShouldAllBeReportedTogether() {
        Report report = run(Waiver.of("database.loopback-host", "DB_URL", "tunnel", TODAY.minusDays(1)),
                Waiver.of("database.loopback-host", "REPLICA_URL", "tunnel", TODAY.plusDays(2)),
                Waiver.of("secrets.weak", "rotating", TODAY.plusDays(200)));

        assertThat(waiverFindings(report)).extracting(Finding::code)
                .containsExactly("waiver.expired", "waiver.expiring", "waiver.unused");
        assertThat(waiverFindings(report).get(0).message()).contains("1 day ago");
    }

    @Test
    void waiverShouldRequireCodeReasonAndExpiry() {
        assertThatThrownBy(() -> Waiver.of(" ", "reason", TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code");
        assertThatThrownBy(() -> Waiver.of("database.loopback-host", " ", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("waiver for database.loopback-host needs a reason saying why it is acceptable");
        assertThatThrownBy(() -> new Waiver("database.loopback-host", null, null, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new Waiver("database.loopback-host", null, "tunnel", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry date");
    }

    @Test
    void blankSubjectShouldMeanEverySubject() {
        Waiver waiver = new Waiver("database.loopback-host", "  ", "tunnel", TODAY);

        assertThat(waiver.subjectFilter()).isEmpty();
        assertThat(waiver.label()).isEqualTo("database.loopback-host");
    }

    @Test
    void waiverExpiringBeyondTheHorizonShouldBeRejectedSayingSoAndCoverNothing() {
        Report report = run(Waiver.of("database.loopback-host", "forever", LocalDate.MAX),
                Waiver.of("database.loopback-host", "REPLICA_URL", "a year", TODAY.plusYears(1)));

        assertThat(report.gate("database").orElseThrow().findings()).extracting(Finding::waived)
                .containsExactly(false, true);
        assertThat(report.blocks()).isTrue();
        assertThat(waiverFindings(report)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("waiver.beyond-horizon");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.message()).contains("+999999999-12-31").contains("P1Y").contains("2027-06-15");
        });
    }

    @Test
    void waiverHorizonShouldBeConfigurableAndPositive() {
        Report report = Readiness.builder().clock(CLOCK).gate(DATABASE)
                .policy(Policy.builder().waiverHorizon(java.time.Period.ofDays(30))
                        .waiver(Waiver.of("database.loopback-host", "tunnel", TODAY.plusDays(31))).build())
                .build().run();

        assertThat(waiverFindings(report)).extracting(Finding::code).containsExactly("waiver.beyond-horizon");
        assertThatThrownBy(() -> Policy.builder().waiverHorizon(java.time.Period.ZERO))
                .hasMessageContaining("waiverHorizon must be positive, but was P0D");
    }

    @Test
    void findingsAboutWaiversShouldBeCappedLikeAGatesFindings() {
        List<Waiver> unused = new java.util.ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            unused.add(Waiver.of("acme.code-" + i, "never matches", TODAY.plusDays(60)));
        }
        long start = processCpuNanos();

        Report report = run(unused.toArray(Waiver[]::new));

        assertThat(java.time.Duration.ofNanos(processCpuNanos() - start)).as("CPU time of the run")
                .isLessThan(java.time.Duration.ofSeconds(5));
        List<Finding> findings = waiverFindings(report);
        assertThat(findings).hasSize(PhaseRunner.MAX_POLICY_FINDINGS + 1);
        assertThat(findings.get(findings.size() - 1).code()).isEqualTo("gate.findings-truncated");
        assertThat(findings.get(findings.size() - 1).message()).contains("40000");
    }

    /**
     * CPU time of the whole process (the run uses several threads): on a shared, loaded machine the wall clock
     * measures the neighbours, while the CPU the run needs is what tells a linear pass from a quadratic one.
     */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    @Test
    void waiverForTheKeyThatReferencesAValueShouldCoverTheFindingReportedWhereTheValueIsWritten() {
        // spring.datasource.url=${DATABASE_URL}: the loopback host is reported on DATABASE_URL, and its remediation
        // says to waive database.loopback for spring.datasource.url, as the README's waiver example does
        Settings settings = ApplicationConfig.builder()
                .configText("application-prod.properties", "spring.datasource.url=${DATABASE_URL}\n")
                .environment(Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/orders"))
                .build().settings();
        Report report = Readiness.builder()
                .clock(CLOCK)
                .settings(settings)
                .policy(Policy.builder().waivers(List.of(Waiver.of("database.loopback", "spring.datasource.url",
                        "Cloud SQL Auth Proxy sidecar listens on localhost", TODAY.plusDays(60)))).build())
                .gate(new DatabaseGate())
                .build()
                .run();

        assertThat(report.gate("database").orElseThrow().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("DATABASE_URL");
            assertThat(finding.remediation()).contains("waive database.loopback for spring.datasource.url");
            assertThat(finding.waived()).isTrue();
        });
        assertThat(report.verdict()).isEqualTo(Status.GO);
        assertThat(waiverFindings(report)).isEmpty();
    }

    @Test
    void waiverForAnotherKeyShouldNotCoverAFindingThatOnlyMentionsIt() {
        Finding finding = Finding.warn("database.loopback", Setting.of("DATABASE_URL", "x", Origin.file("prod.env", 1)))
                .message("The URL comes from DATABASE_URL, which spring.datasource.url references; fix it there.")
                .build();

        assertThat(Waiver.of("database.loopback", "spring.datasource.url", "proxy", TODAY).covers(finding)).isTrue();
        assertThat(Waiver.of("database.loopback", "SPRING_DATASOURCE_URL", "proxy", TODAY).covers(finding)).isTrue();
        assertThat(Waiver.of("database.loopback", "DATABASE_URL", "proxy", TODAY).covers(finding)).isTrue();
        assertThat(Waiver.of("database.loopback", "spring.datasource", "proxy", TODAY).covers(finding)).isFalse();
        assertThat(Waiver.of("database.loopback", "references", "proxy", TODAY).covers(finding)).isFalse();
        assertThat(Waiver.of("database.test-name", "spring.datasource.url", "proxy", TODAY).covers(finding))
                .isFalse();
    }
}
