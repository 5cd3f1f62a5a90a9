package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.PythonUnsetLiterals;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * A login left unset in Python's spelling: {@code smtp_user = False} beside {@code smtp_password = False}, as Odoo
 * writes every option it has no value for when it saves its configuration file (Python's {@code False} for "not
 * set"). A client given no user name sends no credentials, so the password beside it is no placeholder: the feature
 * runs without authentication. A {@code False} password beside a named user ({@code smtp_user = mailer}) is a password
 * that was never set and stays judged; so does a lower-case {@code false}, which no Python configuration writes for a
 * missing value. The process environment's sources and Spring application files hand the text on as written
 * ({@link PythonUnsetLiterals}): there the pair stays judged. Stateless.
 */
final class UnsetLoginPairs {

    private static final String[] USER_WORDS = {"user", "username", "login", "USER", "USERNAME", "LOGIN", "User",
        "Username", "Login"};

    private UnsetLoginPairs() {
    }

    /**
     * Whether a password written {@code False} sits beside a user name written the same way.
     *
     * @param settings the configuration
     * @param key the password's key
     * @param value the password's value
     * @return {@code true} when the login as a whole is left unset
     */
    static boolean isUnsetBesideUnsetUser(Settings settings, String key, String value) {
        String trimmed = value.trim();
        if (!isPythonUnset(trimmed)) {
            return false;
        }
        int cut = Math.max(key.lastIndexOf('_'), key.lastIndexOf('.'));
        if (cut <= 0 || !namesPassword(key, cut + 1)) {
            return false;
        }
        Optional<Setting> password = settings.get(key);
        if (password.isPresent() && !PythonUnsetLiterals.mayBeUnset(password.get())) {
            return false; // hostile testing, thirty-fifth pass: DB_PASSWORD=False in a dotenv file is that text
        }
        String prefix = key.substring(0, cut + 1);
        for (String word : USER_WORDS) {
            Optional<String> user = settings.value(prefix + word);
            if (user.isPresent()) {
                return isPythonUnset(user.get().trim());
            }
        }
        return false;
    }

    private static boolean isPythonUnset(String value) {
        return value.equals("False");
    }

    private static boolean namesPassword(String key, int from) {
        String word = key.substring(from);
        return word.equalsIgnoreCase("password") || word.equalsIgnoreCase("passwd") || word.equalsIgnoreCase("pass")
                || word.equalsIgnoreCase("pwd");
    }
}
