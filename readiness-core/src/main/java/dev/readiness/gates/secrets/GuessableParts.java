package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.util.Locale;
import java.util.Set;

/**
 * Values built wholly from guessable pieces, whatever their length: a few plain words (a project name) with a
 * placeholder word ({@code secret}, {@code supersecret}, {@code key}), a digit sequence ({@code 1234567890}) and a
 * shifted keyboard row ({@code !@#$%^&*()}), as in {@code myproject-supersecret-key-1234567890!@#$%^&*(-_)}. The
 * entropy estimate counts such a value's length as strength; an attacker tries these pieces first.
 */
final class GuessableParts {

    private static final Set<String> PLACEHOLDER_WORDS = Set.of("secret", "supersecret", "topsecret", "verysecret",
            "key", "secretkey", "password", "pass", "changeme", "insecure", "default", "token", "mysecret");
    private static final String DIGITS_UP = "01234567890";
    private static final String DIGITS_DOWN = "9876543210";
    private static final String KEYBOARD_SYMBOLS = "!@#$%^&*()-_=+. ";

    private GuessableParts() {
    }

    /**
     * Whether a value is covered by plain words, at least one placeholder word, and digit sequences or keyboard-row
     * symbols.
     *
     * @param value the trimmed value; not retained
     * @return {@code true} when guessable by its pieces
     */
    static boolean covers(String value) {
        if (value.length() < 16 || value.length() > 128) {
            return false;
        }
        int placeholders = 0;
        int words = 0;
        int patterned = 0;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int end = i;
            if (isLetter(c)) {
                while (end < value.length() && isLetter(value.charAt(end))) {
                    end++;
                }
                String word = value.substring(i, end).toLowerCase(Locale.ROOT);
                if (PLACEHOLDER_WORDS.contains(word)) {
                    placeholders++;
                } else if (word.length() > 12 || ++words > 3) {
                    return false;
                }
            } else if (c >= '0' && c <= '9') {
                while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
                    end++;
                }
                String digits = value.substring(i, end);
                if (digits.length() < 4 || DIGITS_UP.indexOf(digits) < 0 && DIGITS_DOWN.indexOf(digits) < 0) {
                    return false;
                }
                patterned++;
            } else {
                int symbols = 0;
                while (end < value.length() && !isLetter(value.charAt(end))
                        && !(value.charAt(end) >= '0' && value.charAt(end) <= '9')) {
                    char s = value.charAt(end);
                    if (KEYBOARD_SYMBOLS.indexOf(s) < 0) {
                        return false;
                    }
                    symbols += s == '-' || s == '_' || s == '.' || s == ' ' ? 0 : 1;
                    end++;
                }
                patterned += symbols >= 4 ? 1 : 0;
            }
            i = end;
        }
        return placeholders >= 1 && patterned >= 1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static SecretProblem problem(String value, SecretPurpose purpose) {
        return new SecretProblem("secrets.guessable", new SecretShape(value.length(), 0, null),
                "is made only of guessable pieces (plain words with a placeholder word such as 'secret' or 'key', a "
                        + "digit sequence or a keyboard row), which an attacker tries first whatever the length",
                "Replace it with a randomly generated value, e.g. `openssl rand -base64 32`.");
    }
}
