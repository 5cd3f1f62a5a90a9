package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-third pass, credentials: a Knex or Sequelize connection block flattened from a JavaScript configuration names
 * its engine in {@code client} or {@code dialect} and its file in {@code storage} or {@code connection.filename}
 * ({@code sqliteConfig.client=sqlite3} beside {@code sqliteConfig.connection.filename},
 * {@code production.dialect=better-sqlite3} beside {@code production.storage}): the block is a database connection,
 * and an embedded engine there is reported as the engine switch of any other database section is. Beside it the
 * values that tempt the rule: the development and test blocks of the same file, a server client, and a switch alone
 * with no sibling (a cache or a queue may keep a local file).
 */
class FortyThirdPassCredentialsKnexSectionTests {

    private static List<String> switches(String text) {
        Settings settings = Settings.builder().properties("knexfile.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.code().equals("database.embedded")).map(Finding::subject).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sqliteConfig.client=sqlite3|sqliteConfig.connection.filename=./dev.sqlite3|sqliteConfig.useNullAsDefault=true",
        "production.dialect=better-sqlite3|production.storage=./database.sqlite",
        "sqlite.client=sqlite3|sqlite.filename=chat.sqlite"})
    void anEmbeddedClientOfAConnectionBlockShouldBeReported(String lines) {
        String key = lines.substring(0, lines.indexOf('='));
        assertThat(switches(lines.replace('|', '\n') + "\n")).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "development.dialect=better-sqlite3|development.storage=./database.sqlite",
        "test.dialect=sqlite|test.storage=:memory:",
        "mysqlConfig.client=mysql2|mysqlConfig.connection.filename=unused",
        "queue.client=sqlite3|queue.retries=3"})
    void anotherStagesBlockAServerClientOrASwitchAloneShouldNotBeReportedAsTheEngine(String lines) {
        String key = lines.substring(0, lines.indexOf('='));
        assertThat(switches(lines.replace('|', '\n') + "\n")).doesNotContain(key);
    }
}
