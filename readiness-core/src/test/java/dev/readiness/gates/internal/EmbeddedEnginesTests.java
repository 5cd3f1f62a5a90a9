package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedEnginesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "SQLITE3", "h2", "org.hibernate.dialect.H2Dialect", "hsqldb", "derby"})
    void namesEmbeddedEngineWhenAWordIsAnEmbeddedEngineShouldBeTrue(String value) {
        assertThat(EmbeddedEngines.namesEmbeddedEngine(value)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mysql", "postgresql", "org.hibernate.dialect.PostgreSQLDialect", "h2o", "sqlserver"})
    void namesEmbeddedEngineWhenNoWordIsAnEmbeddedEngineShouldBeFalse(String value) {
        assertThat(EmbeddedEngines.namesEmbeddedEngine(value)).isFalse();
    }

    @Test
    void embeddedPrefixesShouldHoldThePrefixOfEachSwitchThatPicksAnEmbeddedEngine() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("DB_CONNECTION", "sqlite");
        values.put("DATABASE_TYPE", "postgres");
        values.put("cache.type", "sqlite");
        values.put("LANGFLOW_LANGCHAIN_CACHE", "SQLiteCache");

        assertThat(EmbeddedEngines.embeddedPrefixes(Settings.of(values))).containsExactly("db");
    }

    @Test
    void isUnusedPasswordShouldMatchOnlyThePasswordOfTheSamePrefix() {
        Set<String> prefixes = Set.of("db");

        assertThat(EmbeddedEngines.isUnusedPassword("DB_PASSWORD", prefixes)).isTrue();
        assertThat(EmbeddedEngines.isUnusedPassword("db.password", prefixes)).isTrue();
        assertThat(EmbeddedEngines.isUnusedPassword("DB_USERNAME", prefixes)).isFalse();
        assertThat(EmbeddedEngines.isUnusedPassword("REDIS_DB_PASSWORD", prefixes)).isFalse();
        assertThat(EmbeddedEngines.isUnusedPassword("DB_PASSWORD", Set.of())).isFalse();
    }
}
