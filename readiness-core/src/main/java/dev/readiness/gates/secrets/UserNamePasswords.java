package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * A password that repeats the user name beside it ({@code SQL_USER=parser} with {@code SQL_PASSWORD=parser},
 * {@code username=bestuser} with {@code password=bestuser}): the pair a person types once for everyone who runs the
 * file, as database images, tutorials and templates ship it. The user is the setting of the password's key with its
 * password word ({@code password}, {@code passwd}, {@code pass}, {@code pwd}) replaced by a user word ({@code user},
 * {@code username}, {@code usr}, {@code login}), matched by relaxed names. Stateless.
 */
final class UserNamePasswords {

    private static final String[] PASSWORD_ENDINGS = {"password", "passwd", "pass", "pwd"};
    private static final String[] USER_WORDS = {"user", "username", "usr", "login"};

    private UserNamePasswords() {
    }

    /**
     * Whether a password equals, ignoring case and surrounding blanks, the literal user name of its own key's
     * user setting.
     *
     * @param settings the configuration
     * @param key the password's key
     * @param value the password's effective value
     * @return {@code true} when the user beside the password has the same name as the password
     */
    static boolean repeatsUserBeside(Settings settings, String key, String value) {
        String password = value.trim();
        return !password.isEmpty() && hasUserBeside(settings, key, password::equalsIgnoreCase);
    }

    /** Whether a literal user setting beside the password key (its password word replaced) has a matching name. */
    private static boolean hasUserBeside(Settings settings, String key, java.util.function.Predicate<String> name) {
        int start = passwordWordStart(key);
        if (start < 0) {
            return false;
        }
        String prefix = key.substring(0, start);
        for (String word : USER_WORDS) {
            Optional<Setting> user = settings.get(prefix + word);
            if (user.isPresent() && !user.get().isDeferred() && name.test(user.get().value().trim())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the user setting beside a password ({@code database.user} beside {@code database.password},
     * {@code POSTGRES_USER} beside {@code POSTGRES_PASSWORD}) holds a database's built-in administrator account
     * ({@code root} of MySQL and MariaDB, {@code postgres}, SQL Server's {@code sa}, Oracle's {@code system} and
     * {@code sys}): with a weak password, the login database images, installers and tutorials ship. A product's own
     * {@code admin} is not read here: a deployed server keeps a reporting tool's default {@code admin} login as often
     * as a sample does (set 111's Alfresco file, whose Pentaho {@code admin}/{@code password} sits beside a real
     * deployment's own hash).
     *
     * @param settings the configuration
     * @param key the password's key
     * @return {@code true} when the literal user beside the password is such an account
     */
    static boolean besideAdministrator(Settings settings, String key) {
        return hasUserBeside(settings, key, UserNamePasswords::isAdministrator);
    }

    /**
     * Whether a literal user name is written beside a password ({@code POSTGRES_USER=notification} beside
     * {@code POSTGRES_PASSWORD}): the password is a login's, which the application opens. A product's own
     * {@code admin} (or {@code administrator}) counts only when asked: a deployed server keeps a reporting tool's
     * default {@code admin} login as often as a sample does ({@link #besideAdministrator}).
     *
     * @param settings the configuration
     * @param key the password's key
     * @param productAdmin whether a user named {@code admin} or {@code administrator} counts
     * @return {@code true} when a literal, non-blank user setting is beside the password
     */
    static boolean besideUser(Settings settings, String key, boolean productAdmin) {
        return hasUserBeside(settings, key, name -> !name.isEmpty() && name.indexOf('$') < 0 && name.indexOf('{') < 0
                && (productAdmin || !name.equalsIgnoreCase("admin") && !name.equalsIgnoreCase("administrator")));
    }

    /**
     * Whether a user name is a database's built-in administrator account ({@link #besideAdministrator}), ignoring case
     * and surrounding blanks.
     *
     * @param name the user name, as written
     * @return {@code true} for {@code root}, {@code postgres}, {@code sa}, {@code system} or {@code sys}
     */
    static boolean isAdministrator(String name) {
        return ADMINISTRATORS.contains(name.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> ADMINISTRATORS = java.util.Set.of("root", "postgres", "sa", "system",
            "sys");

    private static int passwordWordStart(String key) {
        int length = key.length();
        for (String ending : PASSWORD_ENDINGS) {
            int start = length - ending.length();
            if (start >= 0 && key.regionMatches(true, start, ending, 0, ending.length())) {
                return start;
            }
        }
        return -1;
    }
}
