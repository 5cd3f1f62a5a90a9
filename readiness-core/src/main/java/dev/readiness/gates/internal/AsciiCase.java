package dev.readiness.gates.internal;

/**
 * Case-insensitive comparison with a lower-case ASCII word, as {@link String#regionMatches(boolean, int, String,
 * int, int)} with {@code ignoreCase} answers, without its two case conversions per character: an ASCII character is
 * compared by its lower-case bit, any other by the JDK's rule. Immutable and thread-safe.
 */
public final class AsciiCase {

    private AsciiCase() {
    }

    /**
     * Whether {@code text} holds {@code lowerWord} at {@code at}, ignoring case.
     *
     * @param text the text
     * @param at where the word would start; a negative index or a word running past the end answers {@code false}
     * @param lowerWord a word of lower-case ASCII letters, digits and punctuation
     * @return whether the region equals the word, ignoring case
     */
    public static boolean regionIs(String text, int at, String lowerWord) {
        return regionIs(text, at, lowerWord, lowerWord.length());
    }

    /**
     * Whether {@code text} holds the first {@code length} characters of {@code lowerWord} at {@code at}, ignoring
     * case.
     *
     * @param text the text
     * @param at where the word would start; a negative index or a word running past the end answers {@code false}
     * @param lowerWord a word of lower-case ASCII letters, digits and punctuation
     * @param length how many of the word's characters to compare, at most its length
     * @return whether the region equals the word's first characters, ignoring case
     */
    public static boolean regionIs(String text, int at, String lowerWord, int length) {
        if (at < 0 || at > text.length() - length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(at + k);
            char w = lowerWord.charAt(k);
            if (c == w) {
                continue;
            }
            if (c >= 0x80) {
                if (!text.regionMatches(true, at + k, lowerWord, k, 1)) {
                    return false;
                }
            } else if (w < 'a' || w > 'z' || (c | 0x20) != w) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} ends with {@code lowerWord}, ignoring case.
     *
     * @param text the text
     * @param lowerWord a word of lower-case ASCII letters, digits and punctuation
     * @return whether the text ends with the word, ignoring case
     */
    public static boolean endsWith(String text, String lowerWord) {
        return regionIs(text, text.length() - lowerWord.length(), lowerWord);
    }

    /**
     * Whether {@code text} holds {@code lowerWord} anywhere, ignoring case.
     *
     * @param text the text
     * @param lowerWord a non-empty word of lower-case ASCII letters, digits and punctuation
     * @return whether some region of the text equals the word, ignoring case
     */
    public static boolean contains(String text, String lowerWord) {
        int length = lowerWord.length();
        if (length == 0) {
            return true;
        }
        char first = lowerWord.charAt(0);
        boolean letter = first >= 'a' && first <= 'z';
        for (int at = text.length() - length; at >= 0; at--) {
            char c = text.charAt(at);
            if ((c == first || c >= 0x80 || letter && (c | 0x20) == first) && regionIs(text, at, lowerWord, length)) {
                return true;
            }
        }
        return false;
    }
}
