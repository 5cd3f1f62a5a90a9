package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-fourth pass, credentials: the file of an embedded database gets the verdict of the engine switch of its own
 * connection block ({@code production.storage} beside {@code production.dialect=better-sqlite3}: the switch is a NO-GO,
 * and the file it opens is the same choice), and Knex's string {@code connection} holding an SQLite-only file (the
 * Feathers generator's {@code sqlite.connection=feathers-chat.sqlite} beside {@code sqlite.client=sqlite3}) is read as
 * such a file. Beside them the values that tempt the rules: an application's own SQLite file with no switch beside it
 * (WARN, as before), a {@code .db} file under a {@code connection} key (a cache's or a server's own store), the
 * development block of the same file, and staging. Findings name the key, never the path.
 */
class FortyFourthPassCredentialsEmbeddedFileTests {

    private static List<String> verdicts(Stage stage, String text) {
        Settings settings = Settings.builder().properties("config.properties", text).build();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings().stream()
                .filter(f -> f.code().equals("database.embedded"))
                .map(f -> f.severity() + " " + f.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "production.dialect=better-sqlite3|production.storage=./orbit.sqlite",
        "sqlite.client=sqlite3|sqlite.connection=orbit-chat.sqlite|sqlite.useNullAsDefault=true",
        "DB_CONNECTION=sqlite|DB_DATABASE=/var/www/orbit/database/orbit.sqlite|DB_HOST=127.0.0.1"})
    void theFileOfABlockWhoseSwitchChoosesAnEmbeddedEngineShouldStopProduction(String lines) {
        String file = lines.split("\\|")[1];
        String key = file.substring(0, file.indexOf('='));
        assertThat(verdicts(Stage.PRODUCTION, lines.replace('|', '\n') + "\n")).contains("NO_GO " + key);
    }

    @Test
    void theFindingNamesTheSwitchButNotThePath() {
        Settings settings = Settings.builder().properties("config.properties",
                "production.dialect=better-sqlite3\nproduction.storage=./orbit-ledger.sqlite\n").build();
        List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        assertThat(findings).filteredOn(f -> f.subject().equals("production.storage")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("production.dialect").doesNotContain("orbit-ledger"));
    }

    @Test
    void anApplicationsOwnSqliteFileWithNoSwitchStaysAWarning() {
        assertThat(verdicts(Stage.PRODUCTION, "reports.database.path=/data/reports.sqlite3\n"))
                .containsExactly("WARN reports.database.path");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "database.connection=data/notify.db",
        "development.dialect=better-sqlite3\ndevelopment.storage=./orbit.sqlite",
        "cache.client=sqlite3\ncache.connection=cache.sqlite"})
    void aDbFileUnderAConnectionKeyTheDevelopmentBlockOrACacheStayClean(String text) {
        assertThat(verdicts(Stage.PRODUCTION, text + "\n")).isEmpty();
    }

    @Test
    void stagingKeepsTheWarning() {
        assertThat(verdicts(Stage.STAGING, "production.dialect=better-sqlite3\nproduction.storage=./orbit.sqlite\n"))
                .contains("WARN production.storage");
    }
}
