package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Starts real Spring Boot applications with JPA and H2 on the class path and no {@code spring.datasource.url}: Spring
 * Boot then starts an in-memory H2 database of its own as {@code sa} with a blank password, which a production start
 * must refuse as it refuses an embedded URL written out, before any singleton.
 */
class BootDataSourceTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class OwnDataSource {

        @Bean
        DataSource ordersDataSource() {
            return new DriverManagerDataSource("jdbc:h2:mem:own-" + System.nanoTime(), "orders", "generated");
        }
    }

    private static SpringApplicationBuilder application(Class<?> source, String... properties) {
        return new SpringApplicationBuilder(source).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX", "readiness.exclude-gates=test.fact")
                .properties(properties);
    }

    @Test
    void aProductionStartWithNoDatasourceUrlShouldBeRefusedForTheEmbeddedDatabaseBootPicks() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(App.class, "readiness.stage=production").run())
                .satisfies(refused -> {
                    Report report = refused.getReport();
                    assertThat(report.findings().filter(finding -> finding.code().startsWith("database.")))
                            .extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                            .containsExactlyInAnyOrder("NO_GO database.embedded spring.datasource.url",
                                    "NO_GO database.default-credentials spring.datasource.password");
                    Finding embedded = report.findings().filter(finding -> finding.code().equals("database.embedded"))
                            .findFirst().orElseThrow();
                    assertThat(embedded.message()).contains("No spring.datasource.url is set", "H2");
                    assertThat(embedded.origin().toString()).contains("Spring Boot's default");
                    assertThat(refused.getMessage()).contains("database.embedded", "database.default-credentials");
                });
    }

    @Test
    void aStagingStartShouldWarnAndStart() {
        try (ConfigurableApplicationContext context = application(App.class, "readiness.stage=staging").run()) {
            assertThat(report(context).findings().filter(finding -> finding.code().startsWith("database.")))
                    .extracting(finding -> finding.severity() + " " + finding.code())
                    .containsExactlyInAnyOrder("WARN database.embedded", "WARN database.default-credentials");
        }
    }

    @Test
    void aDevelopmentStartShouldReportNothingAboutTheEmbeddedDatabase() {
        try (ConfigurableApplicationContext context = application(App.class, "readiness.stage=development").run()) {
            assertThat(report(context).findings().map(Finding::code)).noneMatch(code -> code.startsWith("database."));
            assertThat(report(context).gates()).extracting(gate -> gate.id()).contains("database.boot-default");
        }
    }

    @Test
    void aUserAndPasswordOfItsOwnShouldLeaveOnlyTheEmbeddedFinding() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(App.class, "readiness.stage=production",
                        "spring.datasource.username=orders", "spring.datasource.password=${ORDERS_DB_PASSWORD:x}")
                        .run())
                .satisfies(refused -> assertThat(refused.getReport().findings()
                        .filter(finding -> finding.code().startsWith("database.")).map(Finding::code))
                        .containsExactly("database.embedded"));
    }

    @Test
    void anEmbeddedUrlWrittenOutShouldBeReportedOnceByTheDatabaseGate() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(App.class, "readiness.stage=production",
                        "spring.datasource.url=jdbc:h2:mem:orders").run())
                .satisfies(refused -> {
                    assertThat(refused.getReport().findings()
                            .filter(finding -> finding.code().equals("database.embedded")))
                            .singleElement().satisfies(finding -> {
                                assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                                assertThat(finding.origin().toString()).doesNotContain("Spring Boot's default");
                            });
                    assertThat(refused.getReport().gates().stream()
                            .filter(gate -> gate.id().equals("database.boot-default")))
                            .singleElement().satisfies(gate -> assertThat(gate.findings()).isEmpty());
                });
    }

    @Test
    void aDataSourceOfTheServicesOwnShouldNotBeJudgedAsBootsDefault() {
        try (ConfigurableApplicationContext context = application(OwnDataSource.class, "readiness.stage=production")
                .run()) {
            assertThat(report(context).findings().map(Finding::code)).noneMatch(code -> code.startsWith("database."));
        }
    }

    private static Report report(ConfigurableApplicationContext context) {
        return context.getBean(ReadinessReport.class).report().orElseThrow();
    }
}
