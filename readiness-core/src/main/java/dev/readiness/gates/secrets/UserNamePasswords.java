package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A password that repeats the user name beside it ({@code SQL_USER=parser} with {@code SQL_PASSWORD=parser},
 * {@code username=bestuser} with {@code password=bestuser}): the pair a person types once for everyone who runs the
 * file, as database images, tutorials and templates ship it. The user is the setting of the password's key with its
 * password word ({@code password}, {@code passwd}, {@code pass}, {@code pwd}) replaced by a user word ({@code user},
 * {@code username}, {@code usr}, {@code login}), matched by relaxed names. The user name followed by digits and
 * symbols alone ({@code authid_core_app202507130433} beside {@code username=authid_core_app}, {@code Wx-Bot.1015}
 * beside {@code wx-bot}) is as weak: whoever reads the user name guesses only the suffix
 * ({@link #userNameWithSuffix}). Stateless.
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

    /** The most digits and symbols after the user name that are read as its suffix. */
    private static final int MAX_SUFFIX = 20;

    private static final double DIGIT_BITS = Math.log(10) / Math.log(2);
    private static final double SYMBOL_BITS = Math.log(33) / Math.log(2);

    /**
     * The {@code secrets.guessable} problem of a password that is the literal user name beside it (of four characters
     * or more, any case) followed by digits and symbols alone, when that suffix takes fewer guesses than the purpose
     * needs: a timestamp, a year, {@code 123}. A suffix with a letter, a password that merely contains the user name,
     * and a user name of a reference are not read.
     *
     * @param settings the configuration
     * @param key the password's key
     * @param value the password's effective value; not retained
     * @param purpose what it is for
     * @return the problem, or {@code null}
     */
    static @Nullable SecretProblem userNameWithSuffix(Settings settings, String key, String value,
            SecretPurpose purpose) {
        String password = value.trim();
        int length = password.length();
        if (length < 5 || !isDigitOrSymbol(password.charAt(length - 1))) {
            return null;
        }
        int suffix = length;
        while (suffix > 0 && length - suffix < MAX_SUFFIX && isDigitOrSymbol(password.charAt(suffix - 1))) {
            suffix--;
        }
        int userLength = suffix;
        boolean[] found = new boolean[1];
        for (int end = userLength; end < length && !found[0]; end++) {
            int cut = end;
            if (cut >= 4 && hasUserBeside(settings, key, name -> name.length() == cut
                    && password.regionMatches(true, 0, name, 0, cut))) {
                found[0] = true;
                userLength = cut;
            }
        }
        if (!found[0]) {
            return null;
        }
        double bits = 1; // the user name's case as written
        for (int i = userLength; i < length; i++) {
            bits += Character.isDigit(password.charAt(i)) ? DIGIT_BITS : SYMBOL_BITS;
        }
        if (bits >= purpose.minBits()) {
            return null;
        }
        SecretShape shape = new SecretShape(value.length(), SecretValues.capacityBits(password), null);
        return new SecretProblem("secrets.guessable", shape,
                "is guessable: the user name beside it followed by " + (length - userLength)
                        + " digits or symbols, about " + Math.round(bits) + " bits to guess for anyone who reads the "
                        + "user name (" + SecretStrength.describe(shape) + ") where " + SecretStrength.withArticle(purpose)
                        + " needs at least " + purpose.minBits() + " bits",
                "Replace it with a randomly generated value that does not start with the user name. "
                        + SecretStrength.remediation(purpose));
    }

    private static boolean isDigitOrSymbol(char c) {
        return c >= '0' && c <= '9' || c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
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
