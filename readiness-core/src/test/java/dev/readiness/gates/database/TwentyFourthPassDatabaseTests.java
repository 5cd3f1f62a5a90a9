package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database on the local machine, or in an embedded engine's file, in a file written for production's deployment
 * itself (its name says so) is a NO-GO; the same value in a shared or unnamed file, beside a local proxy, or for a
 * cache stays as it was.
 */
class TwentyFourthPassDatabaseTests {

    private static List<Finding> check(String file, String text) {
        Settings settings = file.endsWith(".env") || file.contains(".env.")
                ? Settings.builder().dotenv(file, text).build() : Settings.builder().properties(file, text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static Severity severity(List<Finding> findings, String code, String key) {
        return findings.stream().filter(f -> f.code().equals(code) && f.subject().equals(key)).map(Finding::severity)
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " on " + key + ": " + findings));
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/application-prod.properties", "config/application-live.properties",
            "application-prd.properties", "src/main/resources/application-prod-example.properties",
            "appsettings.Production.properties", "appsettings.Staging.properties"})
    void aLoopbackDatabaseInAFileWrittenForProductionIsNoGo(String file) {
        List<Finding> findings = check(file, "spring.datasource.url=jdbc:mysql://localhost:3306/shop\n"
                + "spring.datasource.username=shop\nspring.datasource.password=${DB_PASSWORD}\n");

        assertThat(severity(findings, "database.loopback", "spring.datasource.url")).isEqualTo(Severity.NO_GO);
        assertThat(findings.get(0).message()).contains("written for a deployed environment");
    }

    @Test
    void aLoopbackHostSettingInAProductionEnvFileIsNoGo() {
        assertThat(severity(check("deploy/.env.production", "DB_HOST=127.0.0.1\nDB_DATABASE=shop\n"),
                "database.loopback", "DB_HOST")).isEqualTo(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/application.properties", "application-docker.properties",
            "application-prod-local.properties", "config.properties"})
    void theSameUrlInAFileThatDoesNotSayProductionStaysAWarning(String file) {
        assertThat(severity(check(file, "spring.datasource.url=jdbc:mysql://localhost:3306/shop\n"
                + "spring.datasource.username=shop\nspring.datasource.password=${DB_PASSWORD}\n"),
                "database.loopback", "spring.datasource.url")).isEqualTo(Severity.WARN);
    }

    @Test
    void aLocalProxySwitchedOnInTheProductionFileKeepsTheLoopbackHostInformation() {
        assertThat(severity(check("application-prod.properties",
                "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/shop\ncloudSqlProxy.enabled=true\n"),
                "database.loopback", "spring.datasource.url")).isEqualTo(Severity.INFO);
    }

    @Test
    void aCacheOnTheLocalMachineInAProductionFileStaysAWarning() {
        assertThat(severity(check("application-prod.properties", "spring.data.redis.host=localhost\n"),
                "database.loopback", "spring.data.redis.host")).isEqualTo(Severity.WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/prod-configmap.env", "deploy/prod.env", ".env.staging", "docker/.env.production"})
    void anEmbeddedDatabaseFileInADeployedEnvironmentsFileIsNoGo(String file) {
        assertThat(severity(check(file, "DB_PATH=/data/chat.sqlite\n"), "database.embedded", "DB_PATH"))
                .isEqualTo(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {".env", "app.env", ".env.example", "docker/.env.dev"})
    void anEmbeddedDatabaseFileElsewhereStaysAWarning(String file) {
        List<Finding> findings = check(file, "DB_PATH=/data/chat.sqlite\n");

        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.NO_GO));
    }
}
