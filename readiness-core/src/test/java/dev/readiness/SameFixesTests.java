package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One finding per thing to fix: the built-in gates judge one value from two sides (a test-mode key that is also a
 * published sample, a database password that is a default credential and a published default), and the report
 * keeps one finding naming what it covers.
 */
class SameFixesTests {

    /** The test key Stripe's API reference prints, public since 2011. */
    private static final String STRIPE_DOCS_KEY = "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc";

    private static Report run(Map<String, String> settings) {
        return GateCheck.runDiscovered(Stage.PRODUCTION, settings).report();
    }

    private static List<Finding> about(Report report, String subject) {
        return report.findings().filter(finding -> finding.subject().equals(subject)).toList();
    }

    @Test
    void aStripeTestKeyThatIsAlsoAPublishedSampleShouldBeOneFinding() {
        Report report = run(Map.of("STRIPE_SECRET_KEY", STRIPE_DOCS_KEY));
        assertThat(about(report, "STRIPE_SECRET_KEY")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.test-credential");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("secrets.published-default", "one fix covers both")
                    .doesNotContain("4eC39");
        });
        assertThat(report.gate("secrets").orElseThrow().status()).isEqualTo(Status.GO);
    }

    @Test
    void aDefaultDatabasePasswordShouldBeOneFindingOnItsConnection() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "jdbc:postgresql://db.prod.acme-payments.net:5432/orders?sslmode=require");
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");
        Report report = run(settings);
        assertThat(about(report, "spring.datasource.password")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("database.default-credentials");
            assertThat(finding.message()).contains("secrets.published-default");
        });
        assertThat(about(report, "spring.datasource.username")).isEmpty();
    }

    @Test
    void aBrokersDefaultUserAndItsDefaultPasswordShouldBeOneFindingOnThePassword() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.rabbitmq.host", "mq.prod.acme-payments.net");
        settings.put("spring.rabbitmq.username", "guest");
        settings.put("spring.rabbitmq.password", "guest");
        Report report = run(settings);
        Map<String, Long> perKey = report.findings().filter(finding -> finding.subject().startsWith("spring.rabbitmq."))
                .collect(java.util.stream.Collectors.groupingBy(Finding::subject, java.util.stream.Collectors.counting()));
        assertThat(perKey).as("the pair's secret names the line to change, once; the user names an account")
                .containsOnly(Map.entry("spring.rabbitmq.password", 1L));
    }

    @Test
    void aWaivedFindingShouldNotBeMergedSoTheWaiverStillCoversIt() {
        Report report = Readiness.builder().stage(Stage.PRODUCTION)
                .settings(Settings.of(Map.of("STRIPE_SECRET_KEY", STRIPE_DOCS_KEY)))
                .policy(Policy.builder().waiver(Waiver.of("secrets.published-default", "rotating this week",
                        LocalDate.now().plusDays(20))).build())
                .discoveredGates(SameFixesTests.class.getClassLoader()).build().run();
        assertThat(report.gate("secrets").orElseThrow().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("secrets.published-default");
            assertThat(finding.waived()).isTrue();
        });
        assertThat(about(report, "STRIPE_SECRET_KEY")).extracting(Finding::code)
                .containsExactlyInAnyOrder("sandbox.test-credential", "secrets.published-default");
        assertThat(report.findings().map(Finding::code)).doesNotContain("waiver.unused");
    }

    @Test
    void aWaivedKeeperShouldTakeTheFindingItCoversWithItSoOneWaiverAcceptsTheOneFix() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", "jdbc:postgresql://orders-db.prod.internal:5432/orders");
        settings.put("spring.datasource.username", "orders");
        settings.put("spring.datasource.password", "");
        assertThat(about(run(settings), "spring.datasource.password")).extracting(Finding::code)
                .containsExactly("database.default-credentials");
        Report report = Readiness.builder().stage(Stage.PRODUCTION).settings(Settings.of(settings))
                .policy(Policy.builder().waiver(Waiver.of("database.default-credentials", "trust authentication",
                        LocalDate.now().plusDays(20))).build())
                .discoveredGates(SameFixesTests.class.getClassLoader()).build().run();
        assertThat(about(report, "spring.datasource.password")).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("database.default-credentials");
            assertThat(finding.waived()).isTrue();
            assertThat(finding.message()).contains("secrets.blank", "one fix covers both");
        });
        assertThat(report.verdict()).isEqualTo(Status.GO);
    }

    @Test
    void differentFixesOnOneKeyShouldStayTwoFindings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jwt.secret", "changeme");
        settings.put("refresh.secret", "changeme");
        Report report = run(settings);
        assertThat(report.findings().filter(finding -> finding.code().startsWith("secrets."))).isNotEmpty();
        assertThat(report.findings().map(Finding::message)).noneMatch(message -> message.contains("one fix covers"));
    }
}
