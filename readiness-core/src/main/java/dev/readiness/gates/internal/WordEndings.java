package dev.readiness.gates.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a key ends with one of a few lower-case words, ignoring case ({@link AsciiCase#endsWith}), compared only
 * with the words that end in the key's last letter: most keys end in a letter none of the words ends in, and cost one
 * array read instead of a comparison per word. Immutable and thread-safe.
 */
public final class WordEndings {

    private final String[] all;
    private final String[][] byLastCharacter;

    private WordEndings(List<String> words) {
        this.all = words.toArray(new String[0]);
        List<List<String>> buckets = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>(1));
        }
        for (String word : all) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("an empty word ends every key");
            }
            buckets.get(word.charAt(word.length() - 1) & 0x7F).add(word);
        }
        this.byLastCharacter = new String[128][];
        for (int i = 0; i < 128; i++) {
            byLastCharacter[i] = buckets.get(i).toArray(new String[0]);
        }
    }

    /**
     * The endings of the given words.
     *
     * @param lowerWords non-empty words of lower-case ASCII letters, digits and punctuation
     * @return their endings
     */
    public static WordEndings of(List<String> lowerWords) {
        return new WordEndings(List.copyOf(lowerWords));
    }

    /**
     * Whether a text ends with one of the words, ignoring case: {@code words.stream().anyMatch(w ->
     * AsciiCase.endsWith(text, w))}.
     *
     * @param text the text, usually a key
     * @return whether some word ends it
     */
    public boolean endsAny(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        char last = text.charAt(length - 1);
        String[] candidates = last >= 0x80 ? all : byLastCharacter[last >= 'A' && last <= 'Z' ? last | 0x20 : last];
        for (String word : candidates) {
            if (AsciiCase.endsWith(text, word)) {
                return true;
            }
        }
        return false;
    }
}
