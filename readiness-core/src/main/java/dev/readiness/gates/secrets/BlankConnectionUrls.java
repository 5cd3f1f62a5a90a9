package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.internal.GoverningComments;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A database connection URL left blank ({@code DATABASE_URL=}, {@code DATABASE_URL=""}, {@code DB_DSN=}): the URL
 * carries the database's credentials, so a blank one is a required secret never filled in, as a blank password is
 * (seen in three independent labelled sets: a Next.js template, a Django sample, a Node API's "Required" block).
 * It is no missing secret when the file configures the database by parts instead (a host or password key of a
 * database beside it: {@code DB_HOST}, {@code DB_PASSWORD}, {@code PGHOST}), when its comment says a blank value
 * is fine ({@code # keep empty to use sqlite}, {@code # optional}), or when a switch turns its integration off.
 * Reported as {@code secrets.blank} WARN: the gate infers that the URL is required, no key says so. Stateless.
 */
final class BlankConnectionUrls {

    private static final Set<String> DATABASE_WORDS = Set.of("database", "db");
    private static final Set<String> URL_WORDS = Set.of("url", "uri", "dsn");
    private static final Set<String> ENGINE_WORDS = Set.of("db", "database", "postgres", "postgresql", "pg",
            "mysql", "mariadb", "mongo", "mongodb", "mssql", "sql", "pghost", "pgpassword", "pguser");
    private static final Set<String> PART_WORDS = Set.of("host", "hostname", "server", "password", "pass", "passwd",
            "pwd", "pghost", "pgpassword");
    private static final Set<String> BLANK_IS_FINE = Set.of("empty", "blank", "optional", "sqlite", "unset",
            "default", "defaults");

    private BlankConnectionUrls() {
    }

    /**
     * Whether a blank value under the key is a database connection URL the file leaves unfilled.
     *
     * @param settings the configuration, to look for the database configured by parts
     * @param setting the setting
     * @param value its effective value, already known blank or quoted empty
     * @return {@code true} when the blank URL is a missing secret
     */
    static boolean isMissing(Settings settings, Setting setting, String value) {
        if (!isBlank(value) || !namesConnectionUrl(setting.key()) || blankIsFine(setting)) {
            return false;
        }
        for (Setting other : settings) {
            if (other != setting && namesPart(other.key())) {
                return false;
            }
        }
        return true;
    }

    static Finding finding(Setting setting) {
        return Finding.of(Severity.WARN, "secrets.blank", setting)
                .message("is blank: the database connection URL, which carries the database's credentials, was "
                        + "never filled in")
                .remediation("Set it to the database's URL from your secret store (or configure the database by "
                        + "host, user and password instead, and remove this key).")
                .build();
    }

    private static boolean isBlank(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() || trimmed.equals("\"\"") || trimmed.equals("''");
    }

    /** {@code DATABASE_URL}, {@code DB_URI}, {@code SQLALCHEMY_DATABASE_URI}, {@code DB_DSN}. */
    static boolean namesConnectionUrl(String key) {
        List<String> words = KeyWords.of(key);
        int size = words.size();
        return size >= 2 && URL_WORDS.contains(words.get(size - 1)) && DATABASE_WORDS.contains(words.get(size - 2));
    }

    private static boolean namesPart(String key) {
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !PART_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (String word : words) {
            if (ENGINE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blankIsFine(Setting setting) {
        if (StandInComments.marksOptional(setting)) {
            return true;
        }
        String comment = GoverningComments.of(setting).toLowerCase(Locale.ROOT);
        for (String word : BLANK_IS_FINE) {
            if (comment.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
