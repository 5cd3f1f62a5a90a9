package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedModesTests {

    private static List<Finding> check(Stage stage, String properties) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", properties).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings();
    }

    private static List<Finding> productionEnv(String dotenv) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION,
                Settings.builder().dotenv("app.env", dotenv).build())).findings();
    }

    @Test
    void aSwitchThatStartsABundledDatabaseInProductionIsNoGo() {
        assertThat(check(Stage.PRODUCTION, "tolgee.postgres-autostart.enabled=true\n"
                + "db-persistence.embedded-database.enabled=true\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("database.embedded", Severity.NO_GO),
                        org.assertj.core.groups.Tuple.tuple("database.embedded", Severity.NO_GO));
        assertThat(productionEnv("USE_EMBEDDED_DB=true\nEMBEDDED_POSTGRES_ENABLED=yes\nDB_MODE=embedded\n"))
                .extracting(Finding::code)
                .containsExactly("database.embedded", "database.embedded", "database.embedded");
    }

    @Test
    void inStagingTheBundledDatabaseIsAWarning() {
        assertThat(check(Stage.STAGING, "tolgee.postgres-autostart.enabled=true\n"))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void switchedOffSettingsOfTheEmbeddedDatabaseAndInitialisationModesStayClean() {
        assertThat(check(Stage.PRODUCTION, "tolgee.postgres-autostart.enabled=false\n"
                + "spring.datasource.initialization-mode=embedded\n"
                + "db-persistence.embedded-database.data-dir=./data/pg_dir\n"
                + "db-persistence.embedded-database.clean-data-dir=true\n"
                + "embedded.postgres.port=5433\n"
                + "database.mode=cluster\n")).isEmpty();
    }

    @Test
    void outsideProductionAndStagingTheSwitchIsNotJudged() {
        assertThat(check(Stage.DEVELOPMENT, "tolgee.postgres-autostart.enabled=true\n")).isEmpty();
    }
}
