package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.CredentialPairs;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MySQL's and MariaDB's built-in superuser, {@code root}, as the login of an application's connection
 * ({@code spring.datasource.username=root} beside {@code jdbc:mysql://…}, {@code Database.User = root} beside
 * {@code Database.Type = mysql}): the application holds every right on every database of the server, and the
 * server's most powerful account is as exposed as the application. The connection is known for MySQL by the settings
 * of its own section: a URL or driver naming MySQL or MariaDB, an engine setting ({@code Type}, {@code adapter},
 * {@code DB_CONNECTION}) set to one, or port 3306. A {@code root} elsewhere (a seed admin, a docs login), in a
 * development or test section ({@code development.username}), or under a key that names the superuser's slot itself
 * ({@code MYSQL_ROOT_USERNAME}, an installer's administration login) is not read.
 * WARN: a least-privilege lapse to mend, not a credential anyone can use. Reported only when the section has no
 * password setting at all, beside it or where its format keeps it (Grafana's {@code secureJsonData.password}; a
 * superuser login with nothing to prove it): a written password is judged as every secret
 * is, and the pair's problem is that row's, once ({@code CredentialPairs}); a password the deployment supplies
 * ({@code ${DB_PASSWORD}}, {@code ${MYSQL_ROOT_PASSWORD}}) leaves the login to the deployment, as the labelled sets
 * read it (5 rows of 5 sets call such a {@code root} a user name, none flags it). Stateless.
 */
final class RootLogins {

    private static final Set<String> USER_WORDS = Set.of("user", "username", "login", "uid");
    private static final Set<String> VENDOR_WORDS = Set.of("mysql", "mariadb", "mysql2");

    private RootLogins() {
    }

    /** The one value {@link #judge} reads, in any case; a caller may test it first and leave this class unloaded. */
    static final String ROOT = "root";

    /** The finding for a user setting that logs in to MySQL or MariaDB as {@code root}, or {@code null}. */
    static @Nullable Finding judge(Setting setting, Stage stage, Settings settings) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || !setting.value().strip().equalsIgnoreCase(ROOT)) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        String canonical = setting.canonicalKey();
        if (!USER_WORDS.contains(last) || !canonical.endsWith(last)) {
            return null;
        }
        if (EngineSections.nonProduction(words) || words.contains("root") || words.contains("admin")) {
            return null; // a development section's login, or the key that names the superuser's slot itself
        }
        String prefix = canonical.substring(0, canonical.length() - last.length());
        boolean named = words.stream().anyMatch(VENDOR_WORDS::contains);
        if (!named && (prefix.isEmpty() || !mysqlSection(prefix, settings))) {
            return null;
        }
        if (CredentialPairs.passwordBeside(settings, setting)) {
            return null; // a written password's problem is that row's; a referenced one is the deployment's choice
        }
        return Finding.of(Severity.WARN, "database.default-credentials",
                        setting)
                .message(setting.key() + " logs in to MySQL as root, the server's built-in superuser: the"
                        + " application holds every right on every database of the server.")
                .remediation("Create a user for the application with only the rights it needs on its own database,"
                        + " with a generated password from a secret manager; keep root for administration.")
                .build();
    }

    /** Whether a sibling of the section names MySQL or MariaDB: its URL, driver or engine, or MySQL's port. */
    private static boolean mysqlSection(String prefix, Settings settings) {
        for (Setting other : settings) {
            String key = other.canonicalKey();
            if (!key.startsWith(prefix) || key.length() == prefix.length() || other.value().length() > 400) {
                continue;
            }
            String value = other.value().strip();
            if (AsciiCase.contains(value, "mysql") || AsciiCase.contains(value, "mariadb")
                    || key.endsWith("port") && value.equals("3306")) {
                return true;
            }
        }
        return false;
    }
}
