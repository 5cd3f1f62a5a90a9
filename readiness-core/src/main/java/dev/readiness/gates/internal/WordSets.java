package dev.readiness.gates.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Building and reading the immutable word sets the gates' vocabularies are made of. Stateless and thread-safe. */
public final class WordSets {

    private WordSets() {
    }

    /**
     * The length of the shortest word, by a loop: a vocabulary's bounds are found in class initializers that every
     * boot runs, where a stream with a method reference spins a class of its own.
     *
     * @param words the words
     * @return the shortest word's length, {@code 0} for none
     */
    public static int shortest(Collection<String> words) {
        int shortest = Integer.MAX_VALUE;
        for (String word : words) {
            shortest = Math.min(shortest, word.length());
        }
        return words.isEmpty() ? 0 : shortest;
    }

    /**
     * The length of the longest word, by a loop (see {@link #shortest(Collection)}).
     *
     * @param words the words
     * @return the longest word's length, {@code 0} for none
     */
    public static int longest(Collection<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /**
     * The words of all the parts, each once.
     *
     * @param parts collections of words; not retained
     * @return an immutable set of every word of every part
     */
    @SafeVarargs
    public static Set<String> union(Collection<String>... parts) {
        Set<String> all = new HashSet<>();
        for (Collection<String> part : parts) {
            all.addAll(part);
        }
        return Set.copyOf(all);
    }

    /**
     * Whether a text holds any of the phrases anywhere, as {@link String#contains(CharSequence)} reads it.
     *
     * @param text the text, already in the case the phrases are written in
     * @param phrases the phrases, tried in order
     * @return {@code true} when one of them occurs in the text
     */
    public static boolean containsAny(String text, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            if (text.contains(phrases.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any of the words is in either set: the gates' "does a key word name X" test.
     *
     * @param words the words, read by index
     * @param first one set of words
     * @param second another set of words
     * @return {@code true} when a word is in {@code first} or in {@code second}
     */
    public static boolean anyIn(List<String> words, Set<String> first, Set<String> second) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (first.contains(word) || second.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
