package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fifth pass, newcomer: with {@code url: ${TENANT_DATABASE_URL}} in {@code application-prod.yml} and the
 * variable in the manifest, {@code database.test-name} is reported once, on {@code TENANT_DATABASE_URL}, saying that
 * {@code spring.datasource.url} references it; a waiver for {@code spring.datasource.url} covers it, but
 * {@code hasFinding("database.test-name", "spring.datasource.url")} failed ("there was none"). The README says a
 * subject matches "as a waiver's does": the assertions now name the finding by the referencing key too.
 */
class ThirtyFifthPassNewcomerReferencingSubjectTests {

    private static ReportAssert check() {
        Settings settings = ApplicationConfig.builder()
                .configText("application.yml", "spring:\n  datasource:\n    url: ${TENANT_DATABASE_URL}\n")
                .environment(Map.of("TENANT_DATABASE_URL",
                        "jdbc:postgresql://db.internal:5432/tenantdb_test?sslmode=require"))
                .build().settings();
        return GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(Gates.discover().toArray(Gate[]::new))
                .run();
    }

    @Test
    void theReferencingKeyNamesTheFindingOnTheVariable() {
        check().isNoGo()
                .hasFinding("database.test-name", "TENANT_DATABASE_URL")
                .hasFinding("database.test-name", "spring.datasource.url")
                .hasFinding("database.test-name", "SPRING_DATASOURCE_URL")
                .hasNoFinding("database.test-name", "spring.datasource.username");
        assertThatThrownBy(() -> check().hasNoFinding("database.test-name", "spring.datasource.url"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected no finding database.test-name on spring.datasource.url");
    }
}
