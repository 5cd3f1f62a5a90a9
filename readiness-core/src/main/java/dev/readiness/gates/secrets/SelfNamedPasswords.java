package dev.readiness.gates.secrets;

/**
 * A value that names itself a password or a secret and numbers it: its last word is {@code password}, {@code passwd},
 * {@code passw0rd} or {@code secret} with a run of digits glued to it, alone or after words joined by {@code -},
 * {@code _} or {@code .} ({@code integration-password123} guarding Docspell's upload endpoint as an HTTP header's
 * value, LiveKit's sample {@code keys: {key1: secret1}}). Such a value is what a person types when a form asks for a
 * password, whatever key holds it, so it is judged as a password even where the key names no secret (forty-fourth
 * pass). A word that only contains the stem ({@code topsecret1}) is another word; the short stems {@code pass} and
 * {@code pwd} are not read ({@code pass2} names an encoder's second pass, {@code first-pass-2} a step); a number set
 * apart ({@code secret-2}) is a label's; a value with other characters (a path, a sentence, a URL) is not read, and a
 * value with no digits after the word (a header name such as {@code X-Client-Secret}, a hint text {@code password})
 * is none. Stateless.
 */
final class SelfNamedPasswords {

    private static final String[] WORDS = {"password", "passwd", "passw0rd", "secret"};
    private static final int MAX_LENGTH = 40;
    private static final int MAX_DIGITS = 6;

    private SelfNamedPasswords() {
    }

    /**
     * Whether a value is such a self-named, numbered password.
     *
     * @param value the trimmed value
     * @return {@code true} for {@code password123}, {@code integration-password123}, {@code secret1}
     */
    static boolean namesItself(String value) {
        int length = value.length();
        if (length < 5 || length > MAX_LENGTH || !isDigit(value.charAt(length - 1))) {
            return false;
        }
        int digits = length;
        while (digits > 0 && isDigit(value.charAt(digits - 1))) {
            digits--;
        }
        if (length - digits > MAX_DIGITS) {
            return false;
        }
        int wordEnd = digits;
        for (int i = 0; i < wordEnd; i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        for (String word : WORDS) {
            int start = wordEnd - word.length();
            if (start >= 0 && value.regionMatches(true, start, word, 0, word.length())
                    && (start == 0 || !isLetterOrDigit(value.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
}
