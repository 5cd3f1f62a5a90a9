package dev.readiness.gates.database;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two more ways a configuration chooses an embedded database without a database URL. An in-memory store under a
 * data source name or a persistence section's type: the Ory services' {@code dsn: memory} (Kratos, Hydra, Keto: an
 * in-memory SQLite), Dex's {@code storage.type: memory}, {@code persistence.type=in-memory}: every identity, session,
 * grant and signing key is gone at the next restart, and each replica keeps its own. And a two-word database section
 * whose {@code name} is SQLite, Synapse's {@code database.name: sqlite3} (its other value is {@code psycopg2}): there
 * the name is the engine's, not a database's. Caches, sessions, queues, locks, rate limits, telemetry, mailers and
 * message transports kept in memory ({@code cache.store.type=memory}, {@code SPAN_STORAGE_TYPE=memory}, Symfony's
 * {@code LOCK_DSN}, {@code MESSENGER_TRANSPORT_DSN}, {@code MAILER_DSN}, Sentry's DSN) are not read: they are no
 * database of record; nor is a bounded buffer, a section that sizes what it keeps beside its type (ThingsBoard IoT
 * Gateway's {@code storage.type: memory} with {@code storage.max_records_count}). Stateless.
 */
final class StoreChoices {

    private static final Set<String> MEMORY_VALUES = Set.of("memory", "inmemory", "in-memory", "in_memory");
    private static final Set<String> SWITCH_WORDS = DatabaseKey.STORE_SWITCH_WORDS;
    private static final Set<String> PERSISTENCE_WORDS = Set.of("storage", "persistence", "datastore", "database",
            "db");
    private static final Set<String> TRANSIENT_WORDS = Set.of("cache", "caches", "caching", "session", "sessions",
            "queue", "queues", "lock", "locks", "rate", "ratelimit", "limiter", "span", "spans", "trace", "traces",
            "tracing", "metric", "metrics", "event", "events", "log", "logs", "temp", "tmp", "test", "tests",
            "messenger", "transport", "mailer", "mail", "mq", "sentry", "redis", "broker");

    private StoreChoices() {
    }

    /**
     * Whether a key's words may choose an in-memory store: a last {@code dsn}, or a switch word after a persistence
     * word, with no word of something transient.
     *
     * @param words the key's lower-case words
     * @return {@code true} when a memory value there is the database's
     */
    static boolean choosesStore(List<String> words) {
        int size = words.size();
        if (size == 0) {
            return false;
        }
        boolean store = words.get(size - 1).equals("dsn")
                || size >= 2 && SWITCH_WORDS.contains(words.get(size - 1))
                        && PERSISTENCE_WORDS.contains(words.get(size - 2));
        if (!store) {
            return false;
        }
        for (String word : words) {
            if (TRANSIENT_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a key is a two-word database section's name ({@code database.name}, {@code DB_NAME}).
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean namesSectionEngine(List<String> words) {
        return words.size() == 2 && words.get(1).equals("name")
                && (words.get(0).equals("database") || words.get(0).equals("db"));
    }

    /**
     * Whether a value chooses an in-memory store.
     *
     * @param value the setting's value
     * @return {@code true} for {@code memory}, {@code inmemory}, {@code in-memory} or {@code in_memory}, any case
     */
    static boolean isMemory(String value) {
        String v = value.strip();
        return v.length() >= 6 && v.length() <= 9 && MEMORY_VALUES.contains(v.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a database section's name is SQLite's engine name.
     *
     * @param value the setting's value
     * @return {@code true} for {@code sqlite} or {@code sqlite3}, any case
     */
    static boolean isSqliteName(String value) {
        String v = value.strip();
        return v.equalsIgnoreCase("sqlite3") || v.equalsIgnoreCase("sqlite");
    }

    /** Last words of a sibling that bounds what a section keeps: a buffer's size, not a database's. */
    private static final Set<String> BOUND_WORDS = Set.of("count", "size", "limit", "capacity", "max", "maximum");

    /**
     * Whether the section of an in-memory switch bounds what it keeps ({@code storage.max_records_count},
     * {@code storage.size}): a buffer of messages or records on their way elsewhere.
     *
     * @param settings the settings of one check
     * @param setting the switch
     * @return {@code true} when a sibling in the switch's section is a count, size, limit or capacity
     */
    static boolean boundedBuffer(Settings settings, Setting setting) {
        String key = setting.key();
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('_'));
        if (cut <= 0) {
            return false;
        }
        String section = key.substring(0, cut + 1);
        for (Setting other : settings) {
            String otherKey = other.key();
            if (otherKey.length() > section.length() && otherKey.startsWith(section) && !otherKey.equals(key)) {
                for (String word : KeyWords.of(otherKey.substring(section.length()))) {
                    if (BOUND_WORDS.contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
