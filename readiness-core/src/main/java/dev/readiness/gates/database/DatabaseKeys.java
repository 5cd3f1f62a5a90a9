package dev.readiness.gates.database;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which settings the database gate judges, from the key's words and the value's shape: a database URL key,
 * a value that is a database URL whatever its key, or a database host key. Cheap for the thousands of settings
 * that are none of these. Stateless.
 */
final class DatabaseKeys {

    /** What a setting is to the database gate. */
    enum Candidate { URL_KEY, URL_VALUE, HOST_KEY, NONE }

    private static final Set<String> URL_WORDS = Set.of("url", "uri", "dsn", "connectionstring", "conn");

    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "endpoint");

    private static final Set<String> NOT_URL_WORDS = Set.of(
            "driver", "timeout", "class", "prefix", "template", "pattern", "enabled", "format", "validation",
            "param", "params", "properties", "encoded", "username", "user", "password", "schema", "path", "file",
            "port", "max", "min", "size", "count", "retries", "retry", "ttl", "interval", "pool", "readiness");

    private DatabaseKeys() {
    }

    static Candidate classify(Setting setting) {
        String value = setting.value();
        if (looksLikeDatabaseValue(value)) {
            return Candidate.URL_VALUE;
        }
        if (value.isBlank() || !mayNameDatabase(setting.key())) {
            return Candidate.NONE;
        }
        String canonical = setting.canonicalKey();
        if (canonical.contains("connectionstring")) {
            return Candidate.URL_KEY;
        }
        List<String> words = RelaxedNames.words(setting.key());
        boolean database = false;
        boolean url = false;
        boolean host = false;
        for (String word : words) {
            if (NOT_URL_WORDS.contains(word)) {
                return Candidate.NONE;
            }
            database |= DatabaseWords.URL_OWNERS.contains(word) || word.startsWith("redis") || word.startsWith("mongo")
                    || word.startsWith("postgres");
            url |= URL_WORDS.contains(word);
            host |= HOST_WORDS.contains(word);
        }
        if (canonical.equals("pghost") || canonical.equals("mysqlhost")) {
            return Candidate.HOST_KEY;
        }
        if (database && url) {
            return Candidate.URL_KEY;
        }
        if (database && host && !url) {
            return Candidate.HOST_KEY;
        }
        return Candidate.NONE;
    }

    /** Letters a key must contain to possibly name a database ({@code db} covers jdbc, r2dbc, mongodb…). */
    private static final List<String> KEY_HINTS = List.of(
            "db", "data", "redis", "mongo", "postgres", "pg", "sql", "maria", "oracle", "flyway", "liquibase",
            "cockroach", "neon", "supabase", "planetscale", "upstash", "rds", "aurora", "elasticache", "valkey",
            "connection");

    private static final String[][] HINTS_BY_LETTER = new String[26][];

    static {
        for (String hint : KEY_HINTS) {
            int letter = hint.charAt(0) - 'a';
            String[] current = HINTS_BY_LETTER[letter];
            String[] next = current == null ? new String[1] : Arrays.copyOf(current, current.length + 1);
            next[next.length - 1] = hint;
            HINTS_BY_LETTER[letter] = next;
        }
    }

    /** A cheap pre-filter on the raw key, without allocating: without these letters it cannot name a database. */
    private static boolean mayNameDatabase(String key) {
        int length = key.length();
        for (int i = 0; i < length; i++) {
            char c = lower(key.charAt(i));
            if (c < 'a' || c > 'z') {
                continue;
            }
            String[] hints = HINTS_BY_LETTER[c - 'a'];
            if (hints == null) {
                continue;
            }
            for (String hint : hints) {
                int hintLength = hint.length();
                if (i + hintLength > length) {
                    continue;
                }
                int j = 1;
                while (j < hintLength && lower(key.charAt(i + j)) == hint.charAt(j)) {
                    j++;
                }
                if (j == hintLength) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static final List<String> SCHEMES = List.of(
            "postgres", "postgresql", "pgsql", "cockroachdb", "mysql", "mysqlx", "mariadb", "sqlserver", "mssql",
            "oracle", "mongodb", "redis", "rediss", "valkey", "valkeys");

    /** Cheap value shape test: a {@code jdbc:} URL, a database URI, or a libpq/ADO.NET connection string. */
    static boolean looksLikeDatabaseValue(String value) {
        String v = value.strip();
        if (v.length() < 6) {
            return false;
        }
        if (v.regionMatches(true, 0, "jdbc:", 0, 5) || v.regionMatches(true, 0, "r2dbc:", 0, 6)
                || v.regionMatches(true, 0, "r2dbcs:", 0, 7)) {
            return true;
        }
        int scheme = -1;
        for (int i = 1; i <= 20 && i + 3 <= v.length(); i++) {
            if (v.startsWith("://", i)) {
                scheme = i;
                break;
            }
        }
        if (scheme > 0) {
            for (String known : SCHEMES) {
                int length = known.length();
                if (length <= scheme && (length == scheme || v.charAt(length) == '+')
                        && v.regionMatches(true, 0, known, 0, length)) {
                    return true;
                }
            }
            return false;
        }
        if (v.length() > DatabaseUrlParser.MAX_LENGTH || v.indexOf('=') < 0) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        boolean libpq = (lower.startsWith("host=") || lower.contains(" host=")) && lower.contains("dbname=");
        boolean ado = (lower.contains("server=") || lower.contains("data source=") || lower.contains("host="))
                && (lower.contains("database=") || lower.contains("initial catalog=")) && lower.indexOf(';') >= 0;
        return libpq || ado;
    }
}
