package dev.readiness.gates.internal;

/**
 * The shape of a setting's value, read once per setting so that a gate can pass over a whole block of rules that no
 * value of that shape can reach. Most settings of a service are plain ({@code 8080}, {@code 16}, {@code 0.75},
 * {@code 15m}, {@code 500ms}, {@code 10MB}, {@code true}, {@code OFF}), and every rule of a block reads its value
 * first for something a plain value never holds (a scheme, an {@code @}, a {@code ;}, a bracket, a word that asks
 * for a secret): one test of the shape stands for all of them.
 *
 * <p>The shapes are narrow on purpose: a value is plain only when it is one short token of digits (with at most one
 * {@code .} between them), such a number followed by a unit of one to three ASCII letters, or one of the switch words
 * {@code true}, {@code false}, {@code on}, {@code off} in lower case, upper case or capitalised. No whitespace, no
 * quote, no separator, at most {@value #MAX_LENGTH} characters. A gate documents which of its blocks a plain value
 * skips; a rule added to such a block must then be one that no plain value can reach, or go outside it.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class ValueShape {

    /** Neither of the shapes below. */
    public static final int OTHER = 0;

    /** ASCII digits, with at most one {@code .} between two of them: {@code 8080}, {@code 16}, {@code 0.75}. */
    public static final int NUMBER = 1;

    /** A {@link #NUMBER} followed by one to three ASCII letters: {@code 15m}, {@code 30s}, {@code 500ms}, {@code 10MB}. */
    public static final int QUANTITY = 2;

    /** {@code true}, {@code false}, {@code on} or {@code off}, all lower case, all upper case or capitalised. */
    public static final int SWITCH = 4;

    /** The longest plain value: a run of one character 16 long is a stand-in some rules read. */
    static final int MAX_LENGTH = 15;

    private ValueShape() {
    }

    /**
     * The shape of a value, as it is written (not trimmed: a value with blanks around it is {@link #OTHER}).
     *
     * @param value a setting's value
     * @return {@link #NUMBER}, {@link #QUANTITY}, {@link #SWITCH} or {@link #OTHER}
     */
    public static int of(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH) {
            return OTHER;
        }
        char first = value.charAt(0);
        if (first >= '0' && first <= '9') {
            return number(value, length);
        }
        return isSwitch(value, length) ? SWITCH : OTHER;
    }

    /**
     * Whether a shape is plain: a number, a quantity or a switch word.
     *
     * @param shape a shape from {@link #of(String)}
     * @return {@code true} unless the shape is {@link #OTHER}
     */
    public static boolean isPlain(int shape) {
        return shape != OTHER;
    }

    /**
     * Whether a value is longer than {@code max} once stripped ({@link String#strip()}), without stripping it: a rule
     * that reads only short values (a switch word, a mode name) asks this first, and a value without blanks at its
     * ends, as nearly every value is, costs two character tests.
     *
     * @param value a setting's value, as it is written
     * @param max the longest stripped value the rule reads
     * @return {@code true} when {@code value.strip().length() > max}
     */
    public static boolean strippedLongerThan(String value, int max) {
        int length = value.length();
        if (length <= max) {
            return false;
        }
        if (!Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(length - 1))) {
            return true;
        }
        return value.strip().length() > max;
    }

    private static int number(String value, int length) {
        int i = 0;
        boolean dot = false;
        while (i < length) {
            char c = value.charAt(i);
            if (c == '.' && !dot && i + 1 < length && isDigit(value.charAt(i + 1))) {
                dot = true;
            } else if (!isDigit(c)) {
                break;
            }
            i++;
        }
        int letters = length - i;
        if (letters == 0) {
            return NUMBER;
        }
        if (letters > 3) {
            return OTHER;
        }
        for (int j = i; j < length; j++) {
            char c = value.charAt(j);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return OTHER;
            }
        }
        return QUANTITY;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSwitch(String value, int length) {
        if (length < 2 || length > 5) {
            return false;
        }
        String word = switch (value.charAt(0)) {
            case 't', 'T' -> "true";
            case 'f', 'F' -> "false";
            case 'o', 'O' -> length == 2 ? "on" : "off";
            default -> null;
        };
        if (word == null || word.length() != length) {
            return false;
        }
        boolean upper = Character.isUpperCase(value.charAt(length - 1));
        if (upper && !Character.isUpperCase(value.charAt(0))) {
            return false; // tRUE: a case change inside a word reads as two words to some rules
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            char expected = word.charAt(i);
            if (c != (upper ? (char) (expected - 'a' + 'A') : expected)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a trimmed value is one encrypted block in the {@code ENC[…]} form that SOPS
     * ({@code ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]}) and Puppet's hiera-eyaml ({@code ENC[PKCS7,MIIBeQYJ…]},
     * {@code ENC[GPG,hQEMA…]}) write, or that holds base64 ciphertext alone ({@code ENC[VP7yvNiP…=:bZZy…==:RjFz…]}, as
     * hiera encryption back ends without a method name write it): ciphertext decrypted when the file is deployed or
     * compiled, not a value to judge. The method is capitals, digits and {@code _}; a bare body must be 16 characters or
     * more of base64 and {@code :} with a {@code +}, {@code /}, {@code =} or {@code :} or all of upper case, lower case
     * and digits. Text that only opens alike ({@code ENC[changeme]}, {@code ENC[your_secret_key_here]}) is not one.
     *
     * @param value the value, trimmed
     * @return {@code true} for one whole encrypted block
     */
    public static boolean isEncryptedBlock(String value) {
        int length = value.length();
        if (length < 9 || !value.startsWith("ENC[") || value.charAt(length - 1) != ']') {
            return false;
        }
        int at = 4;
        while (at < length && (value.charAt(at) >= 'A' && value.charAt(at) <= 'Z'
                || value.charAt(at) >= '0' && value.charAt(at) <= '9' || value.charAt(at) == '_')) {
            at++;
        }
        if (at > 4 && at < length - 2 && value.charAt(at) == ',') {
            return value.indexOf(' ', at) < 0;
        }
        return isCiphertextBody(value, 4, length - 1);
    }

    private static boolean isCiphertextBody(String value, int from, int to) {
        if (to - from < 16) {
            return false;
        }
        boolean mark = false;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c == '+' || c == '/' || c == '=' || c == ':') {
                mark = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return mark || upper && lower && digit;
    }
}
