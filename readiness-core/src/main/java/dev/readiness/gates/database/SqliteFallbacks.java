package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A database URL written as the code that reads it from the environment and falls back to a SQLite file built by
 * more code: Flask's {@code os.environ.get('DATABASE_URL') or 'sqlite:///' + os.path.join(basedir, 'app.db')}, the
 * same as a default argument ({@code os.getenv('DATABASE_URL', 'sqlite:///' + …)}) or after {@code ||} and
 * {@code ??} in JavaScript. Unset, the variable leaves the service on an embedded file, whatever path the code
 * computes, as {@code ${DATABASE_URL:sqlite:///app.db}} does; the label policy judges a reference by its default. The
 * simple literal fallback is read before this, where the value is understood as a reference with a default; this
 * reads what that leaves as an unparseable URL. Stateless.
 */
final class SqliteFallbacks {

    private static final List<String> LOOKUPS = List.of("environ", "getenv", "get_env", "process.env", "env[",
            "env.fetch", "env(");
    private static final List<String> FALLBACKS = List.of(" or", "||", "??", ",");

    private SqliteFallbacks() {
    }

    /**
     * The {@code database.embedded} finding of an environment lookup that falls back to SQLite, or {@code null}.
     *
     * @param setting a setting whose value did not parse as a database URL
     * @param stage the stage
     * @return a NO-GO in production, a WARN in staging, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, Stage stage) {
        String value = setting.value();
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || value.length() > 1024) {
            return null;
        }
        int literal = sqliteLiteral(value);
        if (literal < 0) {
            return null;
        }
        String before = value.substring(0, literal).stripTrailing();
        if (!endsWithFallback(before) || !looksUp(before)) {
            return null;
        }
        return Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.embedded", setting)
                .message(setting.key() + " reads its database URL from the environment and falls back to a SQLite"
                        + " file when the variable is unset: the service then runs on an embedded database inside"
                        + " its own container or disk, not on a " + stage.id() + " database server.")
                .remediation("Remove the SQLite fallback from " + setting.key() + " so that a missing variable stops"
                        + " start-up, or set the " + stage.id() + " database URL.")
                .build();
    }

    /** The index of a quote that opens a SQLite URL literal ({@code 'sqlite:…}, {@code f"sqlite+…}), or -1. */
    private static int sqliteLiteral(String value) {
        for (int i = 0; i + 8 < value.length(); i++) {
            char c = value.charAt(i);
            if ((c == '\'' || c == '"' || c == '`') && (value.regionMatches(true, i + 1, "sqlite:", 0, 7)
                    || value.regionMatches(true, i + 1, "sqlite+", 0, 7))) {
                return i > 0 && (value.charAt(i - 1) == 'f' || value.charAt(i - 1) == 'F') ? i - 1 : i;
            }
        }
        return -1;
    }

    private static boolean endsWithFallback(String before) {
        for (String operator : FALLBACKS) {
            if (before.endsWith(operator)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksUp(String before) {
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        for (String lookup : LOOKUPS) {
            if (lower.contains(lookup)) {
                return true;
            }
        }
        return false;
    }
}
