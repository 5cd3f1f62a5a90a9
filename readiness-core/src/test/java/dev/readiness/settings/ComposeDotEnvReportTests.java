package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 26: a value a Compose file interpolates from {@code .env} names the {@code .env} line in its origin; the
 * application key that references the variable must still be reported once, on the variable ("fix it there"), as
 * before the origin said where the variable was set.
 */
class ComposeDotEnvReportTests {

    @TempDir
    Path directory;

    @Test
    void aWeakPasswordFromDotEnvIsOneFindingOnTheVariableNamingTheDotEnvLine() throws IOException {
        Path resources = Files.createDirectories(directory.resolve("app/src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), "acme.sftp.password: ${SFTP_PASSWORD}\n");
        Files.writeString(directory.resolve(".env"), "SFTP_PASSWORD=batch\n");
        Path compose = directory.resolve("compose.yaml");
        Files.writeString(compose, """
                services:
                  batch:
                    environment:
                      SFTP_PASSWORD: ${SFTP_PASSWORD}
                """);

        Settings settings = ApplicationConfig.builder().application(directory.resolve("app"))
                .composeFile(compose, "batch").build().settings();
        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new)).run()
                .isNoGo().hasFinding("secrets.guessable", "SFTP_PASSWORD").report();

        assertThat(report.findings().filter(finding -> finding.code().equals("secrets.guessable")))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.subject()).isEqualTo("SFTP_PASSWORD");
                    assertThat(finding.origin().description())
                            .isEqualTo(compose + ":4 via SFTP_PASSWORD from " + directory.resolve(".env") + ":1");
                    assertThat(finding.message()).contains("acme.sftp.password references; fix it there");
                });
        assertThat(report.findings().map(Finding::subject)).doesNotContain("acme.sftp.password");
    }
}
