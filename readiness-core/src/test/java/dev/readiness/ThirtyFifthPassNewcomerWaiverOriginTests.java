package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.render.SarifReportRenderer;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty-fifth pass, newcomer (AfriGest, migrating its deploy checklist): a waiver in {@code application.yml} that
 * expired yesterday was rightly {@code waiver.expired}, but its origin was "waiver database.test-name for
 * spring.datasource.url", not the line to renew or remove, and the Maven goal's SARIF placed it on {@code pom.xml}
 * without a line. A waiver read from settings now keeps where it is written, and the findings about it carry it.
 */
class ThirtyFifthPassNewcomerWaiverOriginTests {

    private static final String YAML = """
            spring:
              datasource:
                url: jdbc:postgresql://db.internal:5432/tenantdb_test?sslmode=require
            readiness:
              waivers:
                - code: database.test-name
                  subject: spring.datasource.url
                  reason: the rename migration is pending (OPS-290)
                  expires: 2026-12-05
                - code: database.loopback
                  reason: nothing matches this one (OPS-311)
                  expires: 2027-03-31
            """;

    @Test
    void theFindingsAboutAWaiverPointAtItsLine(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("application.yml");
        Files.writeString(yaml, YAML);
        Settings settings = ApplicationConfig.builder().configFile(yaml).build().settings();
        GateCheck check = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new DatabaseGate())
                .clock(Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
        Waivers.fromSettings(settings).forEach(check::waiver);
        Report report = check.run()
                .isNoGo()
                .hasFinding("database.test-name", "spring.datasource.url")
                .hasFinding("waiver.expired", "database.test-name")
                .hasFinding("waiver.unused", "database.loopback")
                .report();
        Finding expired = finding(report, "waiver.expired");
        Finding unused = finding(report, "waiver.unused");
        assertThat(expired.origin().description()).endsWith("application.yml:6:13");
        assertThat(unused.origin().description()).endsWith("application.yml:10:13");
        assertThat(expired.message()).contains("The waiver for database.test-name for spring.datasource.url expired");

        String sarif = SarifReportRenderer.create().render(report).replaceAll("\\s", "");
        assertThat(sarif).contains("\"startLine\":6").contains("\"startLine\":10");
    }

    @Test
    void whereAWaiverIsWrittenIsNotWhatItCovers() {
        Waiver inCode = Waiver.of("database.loopback", "DB_URL", "sidecar", LocalDate.of(2027, 1, 31));
        Waiver written = inCode.at(dev.readiness.settings.Origin.file("application.yml", 4, 9));
        assertThat(written).isEqualTo(inCode).hasSameHashCodeAs(inCode);
        assertThat(written.origin().description()).isEqualTo("application.yml:4:9");
        assertThat(inCode.origin()).isNull();
        assertThat(inCode.at(dev.readiness.settings.Origin.unknown()).origin()).isNull();
    }

    private static Finding finding(Report report, String code) {
        return report.findings()
                .filter(finding -> finding.code().equals(code)).findFirst().orElseThrow();
    }
}
