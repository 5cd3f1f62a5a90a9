package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * Settings that measure something about a secret rather than hold one: a plain number under a key with a word of
 * quantity anywhere in it ({@code API_RATE_LIMIT_UI_V2_WITH_TOKEN=5}, {@code MAX_TOKENS_PER_USER=10}). A number is no
 * secret there; a number under a key without such a word ({@code ADMIN_PASSWORD=123456}) still is. Stateless.
 */
final class QuantityValues {

    private static final Set<String> QUANTITY_WORDS = Set.of("limit", "limits", "rate", "ratelimit", "max", "min",
            "maximum", "minimum", "count", "ttl", "timeout", "size", "length", "len", "threshold", "quota", "burst",
            "per", "interval", "expiry", "expiration", "seconds", "minutes", "hours", "days", "ms", "attempts",
            "retries", "capacity", "window", "number", "num");

    private QuantityValues() {
    }

    /**
     * Whether a value is a plain number of up to nine digits (an optional fraction) under a key with a word of
     * quantity.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for a quantity setting
     */
    static boolean isQuantity(String key, String value) {
        String trimmed = value.trim();
        if (!isPlainNumber(trimmed)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        for (String word : words) {
            if (QUANTITY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainNumber(String text) {
        int dot = text.indexOf('.');
        int digits = dot < 0 ? text.length() : dot;
        if (digits == 0 || digits > 9 || dot == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && i != dot) {
                return false;
            }
        }
        return true;
    }
}
