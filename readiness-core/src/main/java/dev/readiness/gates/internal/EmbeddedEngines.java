package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settings that choose the database engine ({@code DB_CONNECTION}, {@code DATABASE_TYPE}, {@code DB_ENGINE}) and the
 * embedded engines they can name ({@code sqlite}, {@code h2}, {@code hsqldb}, {@code derby}): an embedded engine
 * keeps its data in the application's own files, so the server settings beside such a switch (its password, its
 * host) are unused. Defined once here; the database gate reports the switch, the secrets gate leaves the unused
 * password alone. Stateless.
 */
public final class EmbeddedEngines {

    /** The last key words of a setting that chooses the engine, after a database word ({@code DB_CLIENT}). */
    public static final Set<String> SWITCH_WORDS = Set.of(
            "type", "client", "connection", "engine", "kind", "dialect", "platform", "adapter", "vendor", "backend");

    private static final Set<String> ENGINES = Set.of(
            "sqlite", "sqlite3", "h2", "hsql", "hsqldb", "derby", "h2dialect", "hsqldialect", "derbydialect",
            "sqlitedialect", "derbytenfivedialect", "derbytensevendialect", "pglite");
    private static final int SHORTEST_ENGINE = WordSets.shortest(ENGINES);
    private static final int LONGEST_ENGINE = WordSets.longest(ENGINES);

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pass", "pwd", "psw");

    /** The sub-charts of a database server that a Helm chart can bundle, by the top-level key that switches them. */
    private static final Set<String> BUNDLED_SERVERS = Set.of("postgresql", "mariadb", "mysql", "mongodb");

    /** The words of the sections that connect to a server outside the chart instead of its bundled one. */
    private static final Set<String> EXTERNAL_SECTIONS = Set.of("external database", "external db");

    private EmbeddedEngines() {
    }

    /**
     * Whether an engine switch's value names an embedded engine: {@code sqlite3}, {@code H2}, {@code …H2Dialect}.
     *
     * @param value the switch's value
     * @return {@code true} when one of its words is an embedded engine
     */
    public static boolean namesEmbeddedEngine(String value) {
        if (value.length() > 200) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                int length = i - start; // a word of [a-z0-9], as split("[^a-z0-9]+") cut them
                if (length >= SHORTEST_ENGINE && length <= LONGEST_ENGINE
                        && ENGINES.contains(lower.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * The key prefixes whose {@code url} opens an in-memory embedded database: {@code spring datasource} for
     * {@code spring.datasource.url=jdbc:h2:mem:shop} ({@link #isInMemoryUrl(String)}); its password, as
     * {@link #isUnusedPassword(String, Set)} reads it, guards nothing.
     *
     * @param settings the settings of one check
     * @return the prefixes as their words joined by a space; empty when no URL opens an in-memory database
     */
    public static Set<String> inMemoryPrefixes(Settings settings) {
        Set<String> prefixes = null;
        for (Setting setting : settings) {
            String value = setting.value();
            if (value.isBlank() || setting.isDeferred() || !mayNameEmbeddedEngine(value) || !isInMemoryUrl(value)) {
                continue;
            }
            List<String> words = KeyWords.of(setting.key());
            if (words.size() < 2 || !words.get(words.size() - 1).equals("url")) {
                continue;
            }
            if (prefixes == null) {
                prefixes = new HashSet<>();
            }
            prefixes.add(String.join(" ", words.subList(0, words.size() - 1)));
        }
        return prefixes == null ? Set.of() : prefixes;
    }

    /**
     * The key prefixes whose engine switch picks an embedded engine: {@code db} for {@code DB_CONNECTION=sqlite}, and
     * both {@code database db} and {@code database} for a section's {@code database.DB_TYPE=sqlite3}, {@code databases
     * default} for Django's named connection {@code DATABASES.default.ENGINE=django.db.backends.sqlite3}; and a Helm
     * chart's {@code external database} section when its bundled server is switched on ({@code mariadb.enabled=true}
     * beside {@code externalDatabase.host=localhost}).
     *
     * @param settings the settings of one check
     * @return the prefixes as their words joined by a space; empty when no switch picks an embedded engine
     */
    public static Set<String> embeddedPrefixes(Settings settings) {
        Set<String> prefixes = null;
        for (Setting setting : settings) {
            String value = setting.value();
            if (value.length() == 4 && isBundledServerSwitchedOn(setting)) {
                if (prefixes == null) {
                    prefixes = new HashSet<>();
                }
                prefixes.addAll(EXTERNAL_SECTIONS);
                continue;
            }
            if (value.isBlank() || setting.isDeferred() || !mayNameEmbeddedEngine(value)
                    || isReferenceDefault(setting)) {
                continue;
            }
            List<String> words = KeyWords.of(setting.key());
            int size = words.size();
            if (size < 2 || !SWITCH_WORDS.contains(words.get(size - 1))
                    || !DatabaseWords.STORES.contains(words.get(size - 2)) && !namesConnection(words)
                    || !namesEmbeddedEngine(value)) {
                continue;
            }
            if (prefixes == null) {
                prefixes = new HashSet<>();
            }
            prefixes.add(String.join(" ", words.subList(0, words.size() - 1)));
            if (size >= 3 && DatabaseWords.STORES.contains(words.get(size - 3))
                    && DatabaseWords.STORES.contains(words.get(size - 2))) {
                // an INI section named for the database holds the switch and the password side by side: Gitea's
                // [database] DB_TYPE = sqlite3 beside PASSWD, flattened to database.DB_TYPE and database.PASSWD
                prefixes.add(String.join(" ", words.subList(0, words.size() - 2)));
            }
        }
        return prefixes == null ? Set.of() : prefixes;
    }

    /** How the resolver's origin names a value that is a reference's default ({@code via the default of ${SQL_ENGINE}}). */
    private static final String REFERENCE_DEFAULT = "the default of ${";

    /**
     * Whether the engine is only the default of a reference ({@code ENGINE=${SQL_ENGINE:django.db.backends.sqlite3}}):
     * the variable is the deploy's choice and the file's fallback says nothing about the engine it runs with, so the
     * server settings beside it are still read (forty-sixth pass; set 177's Django settings for Docker). Settings read
     * without a resolver keep the {@code ${…}} text as the value, which says the same.
     */
    private static boolean isReferenceDefault(Setting setting) {
        // resolved, the origin says so; read without a resolver, the value still holds the reference itself
        return setting.value().indexOf("${") >= 0 || setting.origin().description().contains(REFERENCE_DEFAULT);
    }

    /**
     * Whether an engine switch sits in a named connection under a database word: Django's
     * {@code DATABASES.default.ENGINE=django.db.backends.sqlite3} beside {@code DATABASES.default.PASSWORD}, the
     * connection's alias ({@code default}, {@code replica}) between the store word and the switch. The prefix is then
     * the store word and the alias, so the password of that connection alone is unused (forty-sixth pass).
     */
    private static boolean namesConnection(List<String> words) {
        int size = words.size();
        return size >= 3 && DatabaseWords.STORES.contains(words.get(size - 3))
                && !DatabaseWords.STORES.contains(words.get(size - 2));
    }

    /**
     * Whether a setting switches on a Helm chart's bundled database server, a top-level {@code postgresql.enabled},
     * {@code mariadb.enabled}, {@code mysql.enabled} or {@code mongodb.enabled} set to {@code true}: the chart then
     * starts that server itself and its {@code externalDatabase} (or {@code externalDB}) section, which Bitnami-style
     * charts document as "used only when {@code mariadb.enabled} is false", connects nothing (forty-first pass).
     */
    private static boolean isBundledServerSwitchedOn(Setting setting) {
        String key = setting.key();
        int dot = key.indexOf('.');
        return dot > 0 && key.length() == dot + 8 && key.endsWith(".enabled") && !setting.isDeferred()
                && setting.value().equalsIgnoreCase("true") && BUNDLED_SERVERS.contains(key.substring(0, dot));
    }

    /**
     * Whether a URL opens an in-memory database inside the service's own JVM ({@code jdbc:h2:mem:shop},
     * {@code jdbc:hsqldb:mem:app}, {@code jdbc:derby:memory:app}, {@code jdbc:sqlite::memory:},
     * {@code r2dbc:h2:mem:///shop}): no other process can connect to it, so its password (Spring Boot's blank one
     * beside {@code sa}) guards nothing. A file or server URL ({@code jdbc:h2:file:}, {@code jdbc:h2:tcp:}) is not one.
     *
     * @param value a setting's value
     * @return {@code true} for an in-memory URL of an embedded engine
     */
    public static boolean isInMemoryUrl(String value) {
        String url = value.strip();
        return AsciiCase.regionIs(url, 0, "jdbc:h2:mem:") || AsciiCase.regionIs(url, 0, "r2dbc:h2:mem:")
                || AsciiCase.regionIs(url, 0, "jdbc:hsqldb:mem:") || AsciiCase.regionIs(url, 0, "jdbc:derby:memory:")
                || AsciiCase.regionIs(url, 0, "jdbc:sqlite::memory:");
    }

    /** A cheap first look, without copying the value: a letter that starts an embedded engine's name. */
    private static boolean mayNameEmbeddedEngine(String value) {
        if (value.length() > 200) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = (char) (value.charAt(i) | 0x20);
            if ((c == 's' || c == 'h' || c == 'd' || c == 'p') && (AsciiCase.regionIs(value, i, "sqlite")
                    || AsciiCase.regionIs(value, i, "h2") || AsciiCase.regionIs(value, i, "hsql")
                    || AsciiCase.regionIs(value, i, "derby") || AsciiCase.regionIs(value, i, "pglite"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key is the password beside an engine switch that picks an embedded engine
     * ({@code DB_PASSWORD} with {@code DB_CONNECTION=sqlite}).
     *
     * @param key the key
     * @param embeddedPrefixes what {@link #embeddedPrefixes(Settings)} returned for the same settings
     * @return {@code true} when the key's words are such a prefix followed by a password word
     */
    public static boolean isUnusedPassword(String key, Set<String> embeddedPrefixes) {
        return besideEmbeddedSwitch(key, embeddedPrefixes, PASSWORD_WORDS);
    }

    /** The last key words of a server's address beside an engine switch. */
    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "address", "addr");

    /**
     * Whether a key is the server's host beside an engine switch that picks an embedded engine
     * ({@code database.host=localhost} beside {@code database.type=sqlite3}, WriteFreely's {@code config.ini}): the
     * embedded engine never connects to it, so its loopback value is the template's leftover, not a connection
     * (thirty-eighth pass). The switch itself is reported.
     *
     * @param key the key
     * @param embeddedPrefixes what {@link #embeddedPrefixes(Settings)} returned for the same settings
     * @return {@code true} when the key's words are such a prefix followed by a host word
     */
    public static boolean isUnusedHost(String key, Set<String> embeddedPrefixes) {
        return besideEmbeddedSwitch(key, embeddedPrefixes, HOST_WORDS);
    }

    /** Whether the key's words are an embedded switch's prefix followed by one of the last words. */
    private static boolean besideEmbeddedSwitch(String key, Set<String> embeddedPrefixes, Set<String> lastWords) {
        if (embeddedPrefixes.isEmpty()) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return words.size() >= 2 && lastWords.contains(words.get(words.size() - 1))
                && embeddedPrefixes.contains(String.join(" ", words.subList(0, words.size() - 1)));
    }

    /**
     * The key's half of {@link #isUnusedPassword(String, Set)}: whether its last word of two or more is a password
     * word. A key without it is no unused password whatever the settings hold, so a caller asks it before reading
     * the settings' embedded prefixes.
     *
     * @param key the key
     * @return {@code true} when {@link #isUnusedPassword(String, Set)} may hold for some prefixes
     */
    public static boolean mayBeUnusedPassword(String key) {
        List<String> words = KeyWords.of(key);
        return words.size() >= 2 && PASSWORD_WORDS.contains(words.get(words.size() - 1));
    }
}
