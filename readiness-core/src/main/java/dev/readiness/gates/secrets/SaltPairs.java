package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;

/**
 * Keys that are key material because a salt of the same name stands beside them: WordPress's {@code LOGGED_IN_KEY}
 * and {@code NONCE_KEY} next to {@code LOGGED_IN_SALT} and {@code NONCE_SALT}. A key word alone says nothing
 * ({@code SORT_KEY}, {@code CACHE_KEY}); a configuration that keeps a salt under the same stem keeps a secret key there.
 */
final class SaltPairs {

    private SaltPairs() {
    }

    /**
     * Whether {@code key} ends in a separated {@code key} word and the same stem ending in {@code salt} is a setting
     * of the same configuration.
     *
     * @param settings the configuration
     * @param key the key as written
     * @return {@code true} for the key half of a key and salt pair
     */
    static boolean pairsWithSalt(Settings settings, String key) {
        int end = key.length();
        if (end < 5 || !key.regionMatches(true, end - 3, "key", 0, 3)) {
            return false;
        }
        char before = key.charAt(end - 4);
        if (before != '_' && before != '.' && before != '-') {
            return false;
        }
        String word = key.substring(end - 3);
        String salt = Character.isUpperCase(word.charAt(2)) ? "SALT"
                : Character.isUpperCase(word.charAt(0)) ? "Salt" : "salt";
        return settings.contains(key.substring(0, end - 3) + salt);
    }
}
