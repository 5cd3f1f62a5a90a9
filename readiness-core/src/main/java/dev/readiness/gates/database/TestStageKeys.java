package dev.readiness.gates.database;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * A key that names a test or development database by its first or last word: {@code DATABASE_URL_TEST},
 * {@code TEST_DATABASE_URL}, {@code dev.database.url}. Such a URL is where the test suite's or the developer's
 * database belongs, so its test name ({@code …/outline-test}) says nothing wrong; its credentials and host are still
 * judged as every URL's are. Words that merely contain the letters ({@code latest}, {@code contest}) are not
 * read, and neither is a word inside the key, which is often a name someone chose for a pool or a resource
 * ({@code jdbc-connection-pool.mysql_chore_test_web_choresPool.URL}). Stateless.
 */
final class TestStageKeys {

    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "dev", "development", "e2e",
            "ci");

    private TestStageKeys() {
    }

    /**
     * Whether the key's first or last word is a test or development word.
     *
     * @param key the setting's key
     * @return {@code true} for {@code DATABASE_URL_TEST}; {@code false} for {@code DATABASE_URL},
     *     {@code LATEST_DB_URL}, {@code pool.app_test_pool.URL}
     */
    static boolean namesTestDatabase(String key) {
        List<String> words = KeyWords.of(key);
        return !words.isEmpty() && (TEST_WORDS.contains(words.get(0))
                || TEST_WORDS.contains(words.get(words.size() - 1)));
    }
}
