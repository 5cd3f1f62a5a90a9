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
        int start = passwordWordStart(key);
        if (password.isEmpty() || start < 0) {
            return false;
        }
        String prefix = key.substring(0, start);
        for (String word : USER_WORDS) {
            Optional<Setting> user = settings.get(prefix + word);
            if (user.isPresent() && !user.get().isDeferred() && user.get().value().trim().equalsIgnoreCase(password)) {
                return true;
            }
        }
        return false;
    }

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
