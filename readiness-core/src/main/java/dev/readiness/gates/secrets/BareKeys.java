package dev.readiness.gates.secrets;

import dev.readiness.settings.RelaxedNames;
import java.util.List;

/**
 * Settings named just {@code key} under a namespace ({@code union.key}, {@code xboot.qqlbs.key}, {@code MAP_KEY}):
 * payment and map providers' SDK settings often call their secret or API key that, but so do caches and sort orders,
 * so such a value is judged only for placeholders and published defaults ({@code 你的…key}, {@code your-key-here}),
 * never for strength.
 */
final class BareKeys {

    private BareKeys() {
    }

    /**
     * Whether the key's last word is exactly {@code key}, under at least one other word.
     *
     * @param key a key in any spelling
     * @return {@code true} for a bare {@code key} leaf
     */
    static boolean namesBareKey(String key) {
        int length = key.length();
        if (length < 5 || !key.regionMatches(true, length - 3, "key", 0, 3)) {
            return false;
        }
        List<String> words = RelaxedNames.words(key);
        return words.size() >= 2 && words.get(words.size() - 1).equalsIgnoreCase("key");
    }
}
