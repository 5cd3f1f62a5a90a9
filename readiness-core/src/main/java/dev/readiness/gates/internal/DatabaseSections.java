package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.RelaxedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sections of a configuration that a sibling setting declares to be a database connection: a {@code type},
 * {@code adapter}, {@code dialect}, {@code driver}, {@code client}, {@code engine} or {@code connection} that names a
 * database engine ({@code type=mysql} beside {@code host=localhost} in TypeORM's {@code ormconfig},
 * {@code production.adapter=postgresql} in Rails' {@code database.yml}, {@code TYPEORM_CONNECTION=mysql} beside
 * {@code TYPEORM_HOST}, Knex's {@code client=pg} one level above {@code connection.host}). Such a section's host is a
 * database host whatever words its key has: the database gate judges it, and the sandbox gate leaves it alone as it
 * leaves keys with a database word. Caches and brokers ({@code cache.type=redis}) declare no database.
 *
 * <p>Not API. One per check, not thread-safe: each section's answer is remembered, and only keys that end in a
 * member word are ever asked about.
 */
public final class DatabaseSections {

    /** Last words of the setting that declares the engine of its section. */
    private static final List<String> DECLARING_WORDS = List.of("type", "adapter", "dialect", "driver", "client",
            "engine", "connection");

    /**
     * Database engines as configurations name them (TypeORM's {@code type}, Sequelize's {@code dialect}, Knex's
     * {@code client}, Rails' {@code adapter}, Doctrine's {@code driver} without its {@code pdo_}, Django's and Ecto's
     * last dotted segment, Hibernate's dialect without {@code Dialect} and its version digits), embedded ones included.
     */
    private static final Set<String> ENGINES = Set.of("mysql", "mysql2", "mariadb", "postgres", "postgresql", "pg",
            "pgsql", "postgis", "cockroachdb", "cockroach", "mssql", "sqlserver", "tedious", "oracle", "oracledb",
            "mongodb", "mongo", "db2", "tidb", "redshift", "trilogy", "spanner", "aurora-mysql", "aurora-postgres",
            "aurora-postgresql", "aurora-data-api", "sqlite", "sqlite3", "better-sqlite3", "h2", "hsqldb", "derby",
            "postgresql_psycopg2", "sqlsrv", "mysqli", "oci8");

    /** Knex's connection object, whose engine ({@code client}) is declared one level up; canonical. */
    private static final String KNEX_CONNECTION = "connection";

    private final Settings settings;
    private @Nullable Map<String, Boolean> declared;
    private @Nullable List<String> declaringWordsPresent;

    private DatabaseSections(Settings settings) {
        this.settings = settings;
    }

    /**
     * The sections of one check's settings.
     *
     * @param settings the settings of the check
     * @return an empty memo; nothing is read until asked
     */
    public static DatabaseSections of(Settings settings) {
        return new DatabaseSections(settings);
    }

    /**
     * Whether a key ends in a host word ({@code host}, {@code hostname}) and sits in a section a sibling declares a
     * database connection. Other keys cost one look at their ending.
     *
     * @param key a setting key
     * @return {@code true} for a declared database section's host
     */
    public boolean isDatabaseHost(String key) {
        return (AsciiCase.endsWith(key, "host") || AsciiCase.endsWith(key, "hostname"))
                && declaredSection(key, lastWord(key)) != null;
    }

    /**
     * The canonical section of a key whose last word is {@code lastWord}, when a sibling declares it a database
     * connection (or, for Knex's {@code connection}, its parent does).
     *
     * @param key a setting key
     * @param lastWord the key's last word as {@link KeyWords} cuts it, or {@code null}
     * @return the canonical section ({@code ""} for top-level keys), or {@code null} when none is declared
     */
    public @Nullable String declaredSection(String key, @Nullable String lastWord) {
        if (lastWord == null) {
            return null;
        }
        String canonical = dev.readiness.settings.RelaxedNames.canonical(key);
        if (!canonical.endsWith(lastWord)) {
            return null;
        }
        String section = canonical.substring(0, canonical.length() - lastWord.length());
        if (declaresEngine(section)) {
            return section;
        }
        if (!section.endsWith(KNEX_CONNECTION)) {
            return null;
        }
        String parent = section.substring(0, section.length() - KNEX_CONNECTION.length());
        return declaresEngine(parent) ? section : null;
    }

    private static @Nullable String lastWord(String key) {
        List<String> words = KeyWords.of(key);
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    private boolean declaresEngine(String section) {
        Map<String, Boolean> known = declared;
        if (known == null) {
            known = new HashMap<>(4);
            declared = known;
        }
        Boolean answer = known.get(section);
        if (answer == null) {
            answer = false;
            for (String word : declaringWordsPresent()) {
                Optional<Setting> declaring = settings.get(section + word);
                if (declaring.isPresent() && !declaring.get().isDeferred()
                        && namesDatabaseEngine(declaring.get().value())) {
                    answer = true;
                    break;
                }
            }
            known.put(section, answer);
        }
        return answer;
    }

    /**
     * The declaring words some key's canonical form ends with, found in one pass on first use: a sibling
     * {@code section + word} can exist only for those, so a configuration without any (most) looks up no sibling.
     */
    private List<String> declaringWordsPresent() {
        List<String> present = declaringWordsPresent;
        if (present == null) {
            List<String> found = new ArrayList<>(DECLARING_WORDS.size());
            for (String word : DECLARING_WORDS) {
                for (Setting setting : settings) {
                    if (canonicalEndsWith(setting.key(), word)) {
                        found.add(word);
                        break;
                    }
                }
            }
            present = found;
            declaringWordsPresent = present;
        }
        return present;
    }

    /**
     * Whether {@link RelaxedNames#canonical(String)} of the key ends with a lower-case ASCII word, read in place from
     * the end: separators ({@code . _ - [ ]}, as there) are passed over and ASCII letters compared lower-cased; a
     * non-ASCII character in the way is left to the canonical form itself.
     */
    static boolean canonicalEndsWith(String key, String word) {
        int w = word.length();
        for (int i = key.length() - 1; i >= 0; i--) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return RelaxedNames.canonical(key).endsWith(word);
            }
            if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                continue;
            }
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(--w)) {
                return false;
            }
            if (w == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value names a database engine: {@code mysql}, {@code postgres}, {@code pdo_pgsql},
     * {@code django.db.backends.postgresql}, {@code Ecto.Adapters.Postgres}, {@code org.hibernate.dialect.MySQL8Dialect}.
     * Caches and brokers ({@code redis}, {@code rabbitmq}) are not database engines here.
     *
     * @param value the declaring setting's value
     * @return {@code true} when it names a database engine
     */
    public static boolean namesDatabaseEngine(String value) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        String name = text.substring(text.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (name.startsWith("pdo_")) {
            name = name.substring(4);
        }
        if (name.endsWith("dialect") && name.length() > 7) {
            name = name.substring(0, name.length() - 7);
            int end = name.length();
            while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end);
        }
        return ENGINES.contains(name);
    }
}
