package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A database connection's settings joined in one value under a database key, neither a URL nor a driver's connection
 * string: the MaNGOS family's positional {@code host;port;user;password;database} (TrinityCore's and AzerothCore's
 * {@code LoginDatabaseInfo = "127.0.0.1;3306;acore;acore;acore_auth"}, their containers'
 * {@code AC_LOGIN_DATABASE_INFO}), and shell assignments joined by semicolons
 * ({@code DB_AUTH_CONF="MYSQL_USER='root'; MYSQL_PASS='password'; MYSQL_HOST='ac-database';"}), or a driver string
 * that names no database ({@code Server=localhost;Uid=root;Pwd=root}). The user and password are judged as a pair
 * written apart would be, and the host for loopback and templates. Stateless; values are never kept or printed.
 */
final class JoinedSettings {

    /** The fields read from a joined value; {@code null} where the value does not say. */
    record Fields(@Nullable String host, @Nullable String user, @Nullable String password,
            @Nullable String database) {
    }

    private static final int LONGEST = 512;
    private static final List<String> USER_WORDS = List.of("user", "username", "uid", "userid", "usr", "login");
    private static final List<String> HOST_WORDS = List.of("host", "hostname", "server", "datasource", "address",
            "addr");
    private static final List<String> NAME_WORDS = List.of("database", "dbname", "db", "initialcatalog", "base",
            "name", "schema");

    private JoinedSettings() {
    }

    /**
     * Reads a joined value: five or six positional fields whose second is a port, or three or more
     * {@code NAME=value} assignments that name at least a user and a password or a host.
     *
     * @param value the value, not retained
     * @return the fields, or {@code null} when the value joins no connection's settings
     */
    static @Nullable Fields read(String value) {
        String text = unquoted(value.strip());
        if (text.length() < 7 || text.length() > LONGEST || text.indexOf(';') < 0 || text.contains("://")) {
            return null;
        }
        String[] parts = text.split(";", 12);
        int count = parts.length;
        while (count > 0 && parts[count - 1].isBlank()) {
            count--;
        }
        if (count < 3) {
            return null;
        }
        if (text.indexOf('=') < 0) {
            return (count == 5 || count == 6) && isPort(parts[1].strip())
                    ? new Fields(unquoted(parts[0].strip()), unquoted(parts[2].strip()), unquoted(parts[3].strip()),
                            unquoted(parts[4].strip()))
                    : null;
        }
        String host = null;
        String user = null;
        String password = null;
        String database = null;
        for (int i = 0; i < count; i++) {
            String part = parts[i];
            int equals = part.indexOf('=');
            if (equals <= 0) {
                if (part.isBlank()) {
                    continue;
                }
                return null;
            }
            List<String> words = KeyWords.of(unquoted(part.substring(0, equals).strip()));
            if (words.isEmpty()) {
                return null;
            }
            String last = words.get(words.size() - 1);
            String joined = words.size() >= 2 ? words.get(words.size() - 2) + last : last;
            String field = unquoted(part.substring(equals + 1).strip());
            if (USER_WORDS.contains(last) || USER_WORDS.contains(joined)) {
                user = field;
            } else if (DatabaseKeys.PASSWORD_WORDS.contains(last)) {
                password = field;
            } else if (HOST_WORDS.contains(last) || HOST_WORDS.contains(joined)) {
                host = field;
            } else if (NAME_WORDS.contains(last) || NAME_WORDS.contains(joined)) {
                database = field;
            }
        }
        return user != null && password != null || host != null && (user != null || password != null)
                ? new Fields(host, user, password, database) : null;
    }

    /**
     * Judges a joined value under a database key: a well-known user and password pair is a NO-GO in production (a
     * WARN in staging), a template host a NO-GO, and a loopback host a WARN.
     *
     * @param setting the setting
     * @param stage the stage
     * @return the finding, or empty
     */
    static List<Finding> judge(Setting setting, Stage stage) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING || setting.value().indexOf(';') < 0) {
            return List.of();
        }
        Fields fields = read(setting.value());
        if (fields == null) {
            return List.of();
        }
        Severity enforced = stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN;
        String password = fields.password();
        if (password != null && !References.isReference(password) && !password.startsWith("$")) {
            if (TemplateCredentials.isTemplate(password) || SettingRules.isFillInPassword(password)) {
                return List.of(Finding.of(enforced, "database.template-credentials", setting)
                        .message(setting.key() + " joins a database connection's settings in one value, and its"
                                + " password is a template that was never filled in.")
                        .remediation("Supply " + setting.key() + " from a secret manager with the real password.")
                        .build());
            }
            if (fields.user() != null
                    && WellKnownCredentials.isWellKnown(fields.user(), password, fields.database())) {
                return List.of(Finding.of(enforced, "database.default-credentials", setting)
                        .message(setting.key() + " joins a database connection's settings in one value, and its user"
                                + " and password are default or well-known credentials (a pair that installers and"
                                + " templates ship, or a password equal to the user name).")
                        .remediation("Create a dedicated database user with a generated password, and supply "
                                + setting.key() + " from a secret manager.")
                        .build());
            }
        }
        String host = fields.host() == null ? "" : fields.host();
        if (host.isEmpty() || References.isReference(host) || References.isRunTimeHost(host)) {
            return List.of();
        }
        if (Hosts.isTemplate(host)) {
            return List.of(Finding.of(enforced, "database.template-host", setting)
                    .message(setting.key() + " joins a database connection's settings in one value, and its host is"
                            + " a template that was never filled in.")
                    .remediation("Set the real database host in " + setting.key() + ".")
                    .build());
        }
        if (stage == Stage.PRODUCTION && Hosts.isLoopback(host)) {
            return List.of(Finding.warn("database.loopback", setting)
                    .message(setting.key() + " joins a database connection's settings in one value, and its host is"
                            + " the local machine. That is legitimate behind a local proxy, and a mistake otherwise.")
                    .remediation("Point " + setting.key() + " at the production database server.")
                    .build());
        }
        return List.of();
    }

    private static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A text without the quotes around it ({@code 'root'}, {@code "'root'"}), inner text untouched. */
    private static String unquoted(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isQuote(text.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end).strip();
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }
}
