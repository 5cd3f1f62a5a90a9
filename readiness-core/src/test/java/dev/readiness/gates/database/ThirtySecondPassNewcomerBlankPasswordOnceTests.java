package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 32's newcomer ran the service's {@code staging} profile ({@code spring.datasource.username:
 * ${DATABASE_USERNAME}}, {@code password: ${DATABASE_PASSWORD}}) against an environment holding
 * {@code DATABASE_USERNAME=sa} and {@code DATABASE_PASSWORD=} (H2's default login). The check gave two
 * {@code database.default-credentials} for the one line to change: one on {@code spring.datasource.password} (through
 * the variable) and one on {@code DATABASE_PASSWORD}; at boot the same two. A non-blank default pair
 * ({@code postgres}/{@code postgres}) was already reported once, on the variable; a blank one now is too. Where the
 * variable's own pair says nothing (its user is not beside it), the referencing key keeps its finding.
 */
class ThirtySecondPassNewcomerBlankPasswordOnceTests {

    private static final String STAGING = """
            spring:
              datasource:
                url: ${DATABASE_URL}
                username: ${DATABASE_USERNAME}
                password: ${DATABASE_PASSWORD}
            """;

    private static Report check(Path dir, Stage stage, Map<String, String> environment) throws IOException {
        Files.writeString(dir.resolve("application.yml"), "spring.application.name: parcelhub-api\n");
        Files.writeString(dir.resolve("application-staging.yml"), STAGING);
        Settings settings = ApplicationConfig.builder().application(dir).profiles("staging").environment(environment)
                .build().settings();
        return GateCheck.forStage(stage).settings(settings).gates(new DatabaseGate()).run().report();
    }

    @Test
    void aBlankDefaultPasswordFromTheEnvironmentIsReportedOnceOnTheVariable(@TempDir Path dir) throws IOException {
        Report report = check(dir, Stage.PRODUCTION, Map.of(
                "DATABASE_URL", "jdbc:sqlserver://orders.database.windows.net:1433;databaseName=orders;encrypt=true",
                "DATABASE_USERNAME", "sa",
                "DATABASE_PASSWORD", ""));

        assertThat(report.findings().filter(f -> f.code().equals("database.default-credentials")))
                .extracting(Finding::subject)
                .containsExactly("DATABASE_PASSWORD");
        assertThat(report.verdict().displayName()).isEqualTo("NO-GO");
    }

    @Test
    void stagingsH2LoginIsOneWarnToo(@TempDir Path dir) throws IOException {
        Report report = check(dir, Stage.STAGING, Map.of(
                "DATABASE_URL", "jdbc:h2:mem:staging",
                "DATABASE_USERNAME", "sa",
                "DATABASE_PASSWORD", ""));

        assertThat(report.findings().filter(f -> f.code().equals("database.default-credentials")))
                .extracting(Finding::subject)
                .containsExactly("DATABASE_PASSWORD");
    }

    @Test
    void theReferencingKeyKeepsItsFindingWhenTheVariableIsNotJudgedAsAPair(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("application.yml"), "spring.application.name: parcelhub-api\n");
        Files.writeString(dir.resolve("application-staging.yml"), """
                spring:
                  datasource:
                    url: jdbc:sqlserver://orders.database.windows.net:1433;databaseName=orders;encrypt=true
                    username: sa
                    password: ${SQL_PASS}
                """);
        Settings settings = ApplicationConfig.builder().application(dir).profiles("staging")
                .environment(Map.of("SQL_PASS", "")).build().settings();

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new DatabaseGate()).run()
                .isNoGo()
                .hasFinding("database.default-credentials", "spring.datasource.password");
    }
}
