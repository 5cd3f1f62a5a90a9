package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-seventh pass (newcomer, seed 002): the checklist's start-up check fails "if the database URL appears to be
 * development/test". {@code …/rappit_test} was {@code database.test-name}, but a production URL whose host is the test
 * or staging environment's ({@code rappit-test.c8x2kq.eu-west-1.rds.amazonaws.com}, {@code db.staging.rappit.com}) was
 * a GO. Such a host is now {@code database.test-host}, a NO-GO in production; a file named for that other environment
 * names its own database and stays clean, as do a {@code .dev} domain and a company's domain with such a word.
 */
class FortySeventhPassNewcomerTestHostTests {

    private static final DatabaseGate GATE = new DatabaseGate();

    private static List<Finding> findings(Stage stage, String key, String value, String file) {
        Settings settings = Settings.builder().add(Setting.of(key, value, Origin.file(file, 5))).build();
        return GATE.check(GateContext.of(stage, settings)).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "DATABASE_URL, jdbc:postgresql://rappit-test.c8x2kq.eu-west-1.rds.amazonaws.com:5432/rappit?sslmode=require, test",
            "spring.datasource.url, jdbc:postgresql://db.staging.rappit.com:5432/rappit?sslmode=verify-full, staging",
            "DATABASE_URL, postgresql://app:Qm7vT2xR9pLw4sKd@dev-db.rappit.internal:5432/rappit?sslmode=require, dev",
            "spring.datasource.url, jdbc:postgresql://postgres.qa2.svc.cluster.local:5432/rappit?sslmode=require, qa",
            "MONGODB_URI, mongodb+srv://app:Qm7vT2xR9pLw4sKd@rappit-sandbox.x7k2q.mongodb.net/rappit, sandbox"})
    void aHostOfAnotherEnvironmentIsANoGoInProduction(String key, String value, String word) {
        assertThat(findings(Stage.PRODUCTION, key, value, "deploy/prod.env"))
                .filteredOn(f -> f.code().equals("database.test-host"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.subject()).isEqualTo(key);
                    assertThat(finding.message()).contains(key, "'" + word + "'", "another environment's database");
                    assertThat(finding.remediation()).contains("production database server",
                            "waive database.test-host");
                });
        assertThat(findings(Stage.STAGING, key, value, "deploy/prod.env"))
                .noneMatch(f -> f.code().equals("database.test-host"));
    }

    @ParameterizedTest
    @CsvSource({
            "DATABASE_URL, jdbc:postgresql://production-db.c8x2kq.eu-west-1.rds.amazonaws.com:5432/rappit, deploy/prod.env",
            "DATABASE_URL, jdbc:postgresql://db.rappit.dev:5432/rappit, deploy/prod.env",
            "DATABASE_URL, jdbc:postgresql://db.dev-shop.com:5432/rappit, deploy/prod.env",
            "DATABASE_URL, jdbc:postgresql://devices-db.rappit.com:5432/rappit, deploy/prod.env",
            "DATABASE_URL, jdbc:postgresql://latest.rappit.com:5432/rappit, deploy/prod.env",
            "spring.datasource.url, jdbc:mysql://stg-db:3306/openrun, src/main/resources/application-stg.yml",
            "spring.datasource.url, jdbc:postgresql://db.staging.rappit.com:5432/rappit, .env.staging",
            "DATABASE_URL, postgres://app:Qm7vT2xR9pLw4sKd@dev-db:5432/app, .env.development",
            "TEST_DATABASE_URL, jdbc:postgresql://test-db:5432/rappit, deploy/prod.env",
            "spring.datasource.source.url, jdbc:postgresql://qa-source-db:5432/recon, src/main/resources/application-qa.properties",
            "MONGO_URL, mongodb://wekandb-dev:27017/wekan, .devcontainer/docker-compose.yml"})
    void productionHostsAndOtherEnvironmentsFilesStayClean(String key, String value, String file) {
        assertThat(findings(Stage.PRODUCTION, key, value, file)).noneMatch(f -> f.code().equals("database.test-host"));
    }

    @ParameterizedTest
    @CsvSource({"DATABASE_URL, jdbc:postgresql://test-db:5432/rappit_test, deploy/prod.env"})
    void aTestNamedDatabaseOnATestHostIsOneFinding(String key, String value, String file) {
        assertThat(findings(Stage.PRODUCTION, key, value, file))
                .extracting(Finding::code)
                .contains("database.test-name")
                .doesNotContain("database.test-host");
    }
}
