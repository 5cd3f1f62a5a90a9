package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * <p>Not API. One per check, not thread-safe: the declared sections are found once per snapshot, on first use, by one
 * pass that reads each key's ending in place, kept beside the snapshot ({@link SnapshotMemo}) for every gate that
 * asks, and each key's section is remembered per key.
 */
public final class DatabaseSections {

    /** Last words of the setting that declares the engine of its section. */
    private static final List<String> DECLARING_WORDS = List.of("type", "adapter", "dialect", "driver", "client",
            "engine", "connection");
    private static final WordEndings DECLARING_ENDINGS = WordEndings.of(DECLARING_WORDS);

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

    /** No section: the key ends in another word, or its last word is not the end of its canonical form. */
    private static final String NO_SECTION = "\u0000";
    /** A key's canonical form without its last word: the section it sits in, remembered per key. */
    private static final KeyMemo<String> SECTION_BY_KEY = KeyMemo.of(DatabaseSections::sectionOf);

    private final Settings settings;
    private @Nullable Set<String> declared;

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
        return (AsciiCase.endsWith(key, "host") || AsciiCase.endsWith(key, "hostname")) && declaredSection(key) != null;
    }

    /**
     * The canonical section of a key when a sibling declares it a database connection (or, for Knex's
     * {@code connection}, its parent does).
     *
     * @param key a setting key
     * @return the canonical section ({@code ""} for top-level keys), or {@code null} when none is declared
     */
    public @Nullable String declaredSection(String key) {
        Set<String> engines = declaredSections();
        if (engines.isEmpty()) {
            return null;
        }
        String section = SECTION_BY_KEY.get(key);
        if (section == NO_SECTION) {
            return null;
        }
        if (engines.contains(section)) {
            return section;
        }
        return section.endsWith(KNEX_CONNECTION)
                && engines.contains(section.substring(0, section.length() - KNEX_CONNECTION.length())) ? section : null;
    }

    /**
     * The sections whose declaring setting names a database engine, found on first use by one pass that reads each
     * key's ending in place; only keys ending in a declaring word are looked at further.
     */
    private Set<String> declaredSections() {
        Set<String> found = declared;
        if (found == null) {
            found = SnapshotMemo.of(settings).whole(DatabaseSections.class, () -> declaredSections(settings));
            declared = found;
        }
        return found;
    }

    /**
     * The declared sections of a snapshot, found by one pass per snapshot, shared by the gates that ask (the database
     * and sandbox gates) and their later checks of it: canonical sections of keys, no value.
     */
    private static Set<String> declaredSections(Settings settings) {
        Set<String> found = Set.of();
        for (Setting setting : settings) {
            String key = setting.key();
            if (!endsInDeclaringWord(key) || setting.isDeferred() || !namesDatabaseEngine(setting.value())) {
                continue;
            }
            List<String> words = KeyWords.of(key);
            String section = SECTION_BY_KEY.get(key);
            if (section != NO_SECTION && DECLARING_WORDS.contains(words.get(words.size() - 1))) {
                found = found.isEmpty() ? new HashSet<>(4) : found;
                found.add(section);
            }
        }
        return found.isEmpty() ? found : Set.copyOf(found);
    }

    private static boolean endsInDeclaringWord(String key) {
        return DECLARING_ENDINGS.endsAny(key);
    }

    private static String sectionOf(String key) {
        List<String> words = KeyWords.of(key);
        if (words.isEmpty()) {
            return NO_SECTION;
        }
        String last = words.get(words.size() - 1);
        String canonical = dev.readiness.settings.RelaxedNames.canonical(key);
        return canonical.endsWith(last) ? canonical.substring(0, canonical.length() - last.length()) : NO_SECTION;
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
