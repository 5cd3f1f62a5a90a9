package dev.readiness.gates.internal;

import dev.readiness.settings.RelaxedNames;
import java.util.List;

/**
 * The words of a setting key as {@link RelaxedNames#words(String)} cuts them, cut once per key and shared: every
 * gate, and many rules within a gate, judge a key by its words. Only for keys (see {@link KeyMemo}); a value's text
 * is cut with {@link RelaxedNames#words(String)}. Thread-safe.
 */
public final class KeyWords {

    private static final KeyMemo<List<String>> WORDS = KeyMemo.of(key -> List.copyOf(RelaxedNames.words(key)));

    private KeyWords() {
    }

    /**
     * The key's lower-case words, in order.
     *
     * @param key a setting key in any spelling
     * @return its words, equal to {@link RelaxedNames#words(String)}; unmodifiable and shared
     */
    public static List<String> of(String key) {
        return WORDS.get(key);
    }
}
