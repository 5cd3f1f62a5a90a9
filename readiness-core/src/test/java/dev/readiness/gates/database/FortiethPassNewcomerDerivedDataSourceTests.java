package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 40's newcomer: a Railway service splits {@code DATABASE_URL=postgresql://user:pass@host:port/db} into
 * {@code spring.datasource.*} in an {@code EnvironmentPostProcessor}, as the JDBC driver needs. At boot both were
 * judged and every problem of the one connection was named twice (test name, loopback, default credentials: six
 * NO-GO for three fixes). The derived keys' findings are left out where the variable carries the same code.
 */
class FortiethPassNewcomerDerivedDataSourceTests {

    private static final String RAILWAY = "postgresql://postgres:postgres@localhost:5432/widgets_test";

    private static Setting derived(String key, String value) {
        return Setting.of(key, value, Origin.of("\"" + key + "\" from property source \"railwayDatabaseUrl\""));
    }

    private static Settings settings(Setting... derivedOnes) {
        return Settings.builder()
                .add(Setting.of("DATABASE_URL", RAILWAY, Origin.environmentVariable("DATABASE_URL")))
                .addAll(List.of(derivedOnes))
                .build();
    }

    @Test
    void aDataSourceDerivedFromTheVariableIsNamedOnceOnTheVariable() {
        List<Finding> findings = GateCheck.forStage(Stage.PRODUCTION)
                .settings(settings(derived("spring.datasource.url", "jdbc:postgresql://localhost:5432/widgets_test"),
                        derived("spring.datasource.username", "postgres"),
                        derived("spring.datasource.password", "postgres")))
                .gates(new DatabaseGate())
                .run()
                .isNoGo()
                .hasFinding("database.test-name", "DATABASE_URL")
                .hasFinding("database.loopback", "DATABASE_URL")
                .hasFinding("database.default-credentials", "DATABASE_URL")
                .report().gate("database").orElseThrow().findings();
        assertThat(findings).extracting(Finding::subject).containsOnly("DATABASE_URL");
        assertThat(findings).filteredOn(f -> f.code().equals("database.default-credentials")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("derives spring.datasource.password from DATABASE_URL"));
    }

    @Test
    void theSecretsGateDoesNotJudgeTheDerivedPasswordAgain() {
        var report = GateCheck.forStage(Stage.PRODUCTION)
                .settings(settings(derived("spring.datasource.url", "jdbc:postgresql://localhost:5432/widgets_test"),
                        derived("spring.datasource.username", "postgres"),
                        derived("spring.datasource.password", "postgres")))
                .gates(new DatabaseGate(), new dev.readiness.gates.secrets.SecretsGate())
                .run()
                .hasFinding("database.default-credentials", "DATABASE_URL")
                .report();
        assertThat(report.gates()).flatExtracting(dev.readiness.GateResult::findings).extracting(Finding::subject)
                .doesNotContain("spring.datasource.password", "spring.datasource.url");
    }

    @Test
    void aPasswordWrittenInAFileIsStillJudged() {
        Settings written = Settings.builder()
                .add(Setting.of("DATABASE_URL", RAILWAY, Origin.environmentVariable("DATABASE_URL")))
                .add(derived("spring.datasource.url", "jdbc:postgresql://localhost:5432/widgets_test"))
                .add(Setting.of("spring.datasource.password", "changeme", Origin.file("application.properties", 4)))
                .build();
        GateCheck.forStage(Stage.PRODUCTION).settings(written).gates(new dev.readiness.gates.secrets.SecretsGate()).run()
                .hasFinding("secrets.placeholder", "spring.datasource.password");
    }

    @Test
    void aDataSourceWrittenInAFileOrOnTheCommandLineKeepsItsOwnFindings() {
        Settings written = Settings.builder()
                .add(Setting.of("DATABASE_URL", RAILWAY, Origin.environmentVariable("DATABASE_URL")))
                .add(Setting.of("spring.datasource.url", "jdbc:postgresql://localhost:5432/widgets_test",
                        Origin.file("application-prod.properties", 3)))
                .add(Setting.of("spring.datasource.password", "postgres",
                        Origin.of("\"spring.datasource.password\" from property source \"commandLineArgs\"")))
                .add(Setting.of("spring.datasource.username", "postgres",
                        Origin.of("\"spring.datasource.username\" from property source \"commandLineArgs\"")))
                .build();
        GateCheck.forStage(Stage.PRODUCTION).settings(written).gates(new DatabaseGate()).run()
                .hasFinding("database.test-name", "DATABASE_URL")
                .hasFinding("database.test-name", "spring.datasource.url");
    }

    @Test
    void anotherDatabaseDerivedInCodeKeepsItsOwnFindings() {
        GateCheck.forStage(Stage.PRODUCTION)
                .settings(settings(derived("spring.datasource.url", "jdbc:postgresql://localhost:5432/reports_test")))
                .gates(new DatabaseGate())
                .run()
                .hasFinding("database.test-name", "DATABASE_URL")
                .hasFinding("database.test-name", "spring.datasource.url");
    }
}
