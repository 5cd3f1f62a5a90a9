package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseKeyTests {

    /**
     * The first tests {@link DatabaseKey} asks before a key rule (session 39) are necessary conditions of the rules: a
     * key that fails one is never accepted by the rules it guards.
     */
    @Property(tries = 5000)
    void keysFailingTheFirstTestsShouldFailTheRulesTheyStandFor(@ForAll("keys") String key) {
        List<String> words = KeyWords.of(key);
        if (!DatabaseKey.mayBeNamedDatabase(words)) {
            assertThat(SettingRules.KeyNames.namesProductionDatabase(words)).as(key).isFalse();
            assertThat(SettingRules.KeyNames.namesEngineDatabase(words)).as(key).isFalse();
            assertThat(SettingRules.KeyNames.namesPrimaryUrl(words)).as(key).isFalse();
        }
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!DatabaseKey.mayChooseStore(last, words.size())) {
            assertThat(StoreChoices.choosesStore(words)).as(key).isFalse();
            assertThat(StoreChoices.namesSectionEngine(words)).as(key).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROD_DATABASE", "production.db.name", "POSTGRES_DB", "mongodb_db", "database.id",
        "DATABASE_URL", "secrets.mongodb_uri", "env.DATABASE_URL", "ConnectionStrings:DefaultConnection",
        "ConnectionStrings:Default", "spring.datasource.url", "quarkus.datasource.jdbc.url", "data_source_url"})
    void namedDatabaseKeysShouldPassTheFirstTest(String key) {
        assertThat(DatabaseKey.mayBeNamedDatabase(KeyWords.of(key))).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.port", "spring.main.banner-mode", "readiness.stage", "java.vm.vendor", "JAVA_HOME"})
    void cleanKeysShouldFailTheFirstTests(String key) {
        List<String> words = KeyWords.of(key);
        assertThat(DatabaseKey.mayBeNamedDatabase(words)).isFalse();
        assertThat(DatabaseKey.mayChooseStore(words.get(words.size() - 1), words.size())).isFalse();
        assertThat(DatabaseKey.namesStore(words)).isFalse();
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("database", "Database", "db", "DB", "dbname",
                "databasename", "name", "id", "url", "URL", "uri", "dsn", "strings", "connection", "Connection",
                "ConnectionStrings", "default", "Default", "prod", "production", "postgres", "mongodb", "mysql",
                "secrets", "env", "environments", "config", "data", "source", "spring", "datasource", "quarkus",
                "jdbc", "reactive", "r2dbc", "storage", "store", "persistence", "datastore", "type", "backend",
                "kind", "engine", "provider", "cache", "sqlite", "memory", "test", "\u017f", "\u212a"),
                Arbitraries.strings().alpha().ofMaxLength(5));
        Arbitrary<String> separator = Arbitraries.of("_", ".", "-", "", ":", "__", "[0].");
        return Arbitraries.oneOf(word, separator).list().ofMinSize(1).ofMaxSize(7).map(parts -> String.join("", parts));
    }
}
