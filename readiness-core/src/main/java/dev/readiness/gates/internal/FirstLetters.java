package dev.readiness.gates.internal;

/**
 * The first characters of a list of words, ignoring ASCII case, for a one-array test before comparing a text with
 * each word ignoring case ({@link String#regionMatches(boolean, int, String, int, int)},
 * {@link String#equalsIgnoreCase(String)}): a text whose character at a position is ASCII and starts none of the
 * words matches none of them there. A non-ASCII character is always a "maybe" (some fold to an ASCII letter when case
 * is ignored), and so is every position when a word is empty or starts with a non-ASCII character.
 *
 * <p>Not API. Immutable and thread-safe.
 */
public final class FirstLetters {

    private final boolean[] ascii = new boolean[128];
    private final boolean open;

    private FirstLetters(Iterable<String> words) {
        boolean anyOpen = false;
        for (String word : words) {
            char first = word.isEmpty() ? 0x80 : word.charAt(0);
            if (first >= 0x80) {
                anyOpen = true;
            } else {
                ascii[first] = true;
                ascii[Character.toLowerCase(first)] = true;
                ascii[Character.toUpperCase(first)] = true;
            }
        }
        this.open = anyOpen;
    }

    /**
     * The first letters of some words.
     *
     * @param words the words
     * @return their first letters in either ASCII case
     */
    public static FirstLetters of(Iterable<String> words) {
        return new FirstLetters(words);
    }

    /**
     * The first letters of some words.
     *
     * @param words the words
     * @return their first letters in either ASCII case
     */
    public static FirstLetters of(String... words) {
        return new FirstLetters(java.util.Arrays.asList(words));
    }

    /**
     * Whether one of the words may start at {@code at} of {@code text}, ignoring case: {@code false} only when the
     * character there is ASCII and no word starts with it in either case, or {@code at} is past the end.
     *
     * @param text the text
     * @param at a position in it, not negative
     * @return whether comparing the words there is needed
     */
    public boolean mayStartAt(String text, int at) {
        if (open) {
            return true;
        }
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c >= 0x80 || ascii[c];
    }
}
