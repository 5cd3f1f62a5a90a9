package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.util.Set;

/**
 * Values built wholly from guessable pieces, whatever their length: a few plain words (a project name) with a
 * placeholder word ({@code secret}, {@code supersecret}, {@code key}), a digit sequence ({@code 1234567890}) and a
 * shifted keyboard row ({@code !@#$%^&*()}), as in {@code myproject-supersecret-key-1234567890!@#$%^&*(-_)}, or a
 * year with the name of the environment it serves besides ({@code masterx-production-secret-key-2024-quantum-ai}: a
 * phrase that describes the secret, typed by a person). The entropy estimate counts such a value's length as strength;
 * an attacker tries these pieces first.
 */
final class GuessableParts {

    private static final Set<String> PLACEHOLDER_WORDS = Set.of("secret", "supersecret", "topsecret", "verysecret",
            "key", "secretkey", "password", "pass", "changeme", "insecure", "default", "token", "mysecret");
    private static final String[] PLACEHOLDER_LIST = PLACEHOLDER_WORDS.toArray(new String[0]);
    private static final String[] STAGE_LIST = {"production", "prod", "staging", "development", "dev", "live"};
    private static final String DIGITS_UP = "01234567890";
    private static final String DIGITS_DOWN = "9876543210";
    private static final String KEYBOARD_SYMBOLS = "!@#$%^&*()-_=+. ";

    private GuessableParts() {
    }

    /**
     * Whether a value is covered by at most three plain words, environment names, at least one placeholder word,
     * and digit sequences, years or keyboard-row symbols.
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
                if (isPlaceholderWord(value, i, end)) {
                    placeholders++;
                } else if (!isListed(STAGE_LIST, value, i, end) && (end - i > 12 || ++words > 3)) {
                    return false;
                }
            } else if (c >= '0' && c <= '9') {
                while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
                    end++;
                }
                if (end - i < 4 || !isSequence(DIGITS_UP, value, i, end) && !isSequence(DIGITS_DOWN, value, i, end)
                        && !isYear(value, i, end)) {
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

    /** {@code PLACEHOLDER_WORDS.contains(value.substring(from, to).toLowerCase(Locale.ROOT))} for ASCII letters. */
    private static boolean isPlaceholderWord(String value, int from, int to) {
        return isListed(PLACEHOLDER_LIST, value, from, to);
    }

    /** Whether the four digits from {@code from} are a year of this century or the last ({@code 1999}, {@code 2024}). */
    private static boolean isYear(String value, int from, int to) {
        return to - from == 4 && (value.startsWith("19", from) || value.startsWith("20", from));
    }

    /** Whether {@code value.substring(from, to)} is one of the words, ignoring ASCII case. */
    private static boolean isListed(String[] list, String value, int from, int to) {
        for (String word : list) {
            if (word.length() == to - from && value.regionMatches(true, from, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code sequence.contains(value.substring(from, to))}. */
    private static boolean isSequence(String sequence, String value, int from, int to) {
        for (int at = 0; at + to - from <= sequence.length(); at++) {
            if (sequence.regionMatches(at, value, from, to - from)) {
                return true;
            }
        }
        return false;
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
