package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseKeysTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "DB, true", "SPRING_DATASOURCE_URL, true", "mongoUri, true", "APP_PG, true", "NEO4J_AUTH, true",
        "cassandra.contact-points, true", "TIMESCALE, true", "FIREBIRD_HOST, true", "XPOSTGRES, true",
        "CACHE_HOST, false", "SENTRY_DSN, false", "LOG_LEVEL, false", "d, false", "PORT, false",
        "FIREBIR, false", "CLICKHOUS, false"})
    void mayNameDatabaseShouldFindAHintAnywhereInTheKeyInEitherCase(String key, boolean expected) {
        assertThat(DatabaseKeys.mayNameDatabase(key)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void mayNameDatabaseShouldAnswerAsLookingForEveryHintInTheLowerCasedKey(@ForAll("keys") String key) {
        assertThat(DatabaseKeys.mayNameDatabase(key)).isEqualTo(DatabaseKeys.mayNameDatabaseByDefinition(key));
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.of("db", "D", "data", "DaTa", "redis", "mongo", "pg", "sql", "neo4j", "NEO4", "ecto",
                        "couch", "clickhouse", "questdb", "firebird", "fire", "surreal", "ur", "url", "İ", "é"),
                Arbitraries.strings().withChars("abcdeglnoqrsy4AZ_.-").ofMaxLength(6));
        return part.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
