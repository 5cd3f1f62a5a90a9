package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 37's newcomer gave the seed checklist's {@code DATABASE_URL=postgresql://user:pass@production-db:5432/rappit}
 * (written for a Node service) to {@code spring.datasource.url: ${DATABASE_URL}}: the CLI named the default
 * credentials and nothing else, and the service could not have started, since Spring Boot's DataSource takes a JDBC
 * URL. It is now {@code database.not-driver-url}, once, on the variable the key refers to.
 */
class ThirtySeventhPassNewcomerDriverUrlTests {

    @TempDir
    Path dir;

    private static List<Finding> judge(Settings settings, Stage stage) {
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings();
    }

    @Test
    void aUriGivenToTheDataSourceThroughAVariableIsNamedOnTheVariable() throws IOException {
        Files.writeString(dir.resolve("application.yml"), """
                spring:
                  datasource:
                    url: ${DATABASE_URL}
                """);
        Path env = Files.writeString(dir.resolve("prod.env"),
                "DATABASE_URL=postgresql://shipdesk:K3v9xQ2mT7pL0sWd8Yh4@production-db:5432/shipdesk\n");
        Settings settings = ApplicationConfig.builder().application(dir).envFile(env).build().settings();

        List<Finding> findings = judge(settings, Stage.PRODUCTION);

        assertThat(findings).filteredOn(f -> f.code().equals("database.not-driver-url")).singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("DATABASE_URL");
                    assertThat(f.severity()).hasToString("NO_GO");
                    assertThat(f.message()).contains("spring.datasource.url holds a postgresql:// URI",
                            "not a JDBC URL (jdbc:postgresql://host:port/database)").doesNotContain("K3v9");
                });
    }

    @Test
    void aJdbcUrlAndTheSameUriUnderAnotherKeyAreFine() {
        assertThat(judge(Settings.of(Map.of(
                "spring.datasource.url", "jdbc:postgresql://production-db:5432/shipdesk?sslmode=verify-full",
                "DATABASE_URL", "postgresql://production-db:5432/shipdesk?sslmode=verify-full")), Stage.PRODUCTION))
                .extracting(Finding::code).doesNotContain("database.not-driver-url");
    }

    @Test
    void r2dbcWantsItsOwnPrefixAndDevelopmentOnlyWarns() {
        assertThat(judge(Settings.of(Map.of("spring.r2dbc.url", "postgresql://db.internal:5432/orders")),
                Stage.PRODUCTION))
                .filteredOn(f -> f.code().equals("database.not-driver-url")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not an R2DBC URL (r2dbc:postgresql://"));
        assertThat(judge(Settings.of(Map.of("spring.datasource.url", "mysql://localhost:3306/orders")),
                Stage.DEVELOPMENT))
                .filteredOn(f -> f.code().equals("database.not-driver-url")).singleElement()
                .satisfies(f -> assertThat(f.severity()).hasToString("WARN"));
    }
}
