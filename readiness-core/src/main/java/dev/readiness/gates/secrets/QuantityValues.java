package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * Settings that measure something about a secret rather than hold one: a plain number under a key with a word of
 * quantity anywhere in it ({@code API_RATE_LIMIT_UI_V2_WITH_TOKEN=5}, {@code MAX_TOKENS_PER_USER=10}). A number is no
 * secret there; a number under a key without such a word ({@code ADMIN_PASSWORD=123456}) still is. Nor is a number
 * under a key that picks one of a list ({@code LEAN_LDAP_DEFAULT_ROLE_KEY=20}, {@code SORT_KEY=2}): the word before
 * {@code key} names a role, group, level or position, not a credential, and so does a constant's name there
 * ({@code buyerRoleKey: JAEGGER_BUYER}). A negative number is a quantity's sentinel
 * ({@code QUOTA_T1_TOKEN=-1}, unlimited). Stateless.
 */
final class QuantityValues {

    private static final Set<String> QUANTITY_WORDS = Set.of("limit", "limits", "rate", "ratelimit", "max", "min",
            "maximum", "minimum", "count", "ttl", "timeout", "size", "length", "len", "threshold", "quota", "burst",
            "per", "interval", "expiry", "expiration", "seconds", "minutes", "hours", "days", "ms", "attempts",
            "retries", "capacity", "window", "number", "num", "lifetime", "lifespan", "validity", "duration", "age",
            "expire", "expires", "invalid", "period", "budget");

    /** Words before a last {@code key} that make the key a choice from a list: a role key, a sort key. */
    private static final Set<String> CHOICE_WORDS = Set.of("role", "group", "level", "tier", "rank", "index", "sort",
            "order", "priority", "category", "partition", "shard", "slot", "column", "position");

    private QuantityValues() {
    }

    /**
     * Whether a value is a plain number of up to nine digits (an optional sign and fraction) under a key with a word of
     * quantity, or under a key ending in a choice word and {@code key} ({@code DEFAULT_ROLE_KEY}).
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
        return choiceKey(words);
    }

    private static boolean choiceKey(List<String> words) {
        int last = words.size() - 1;
        return last >= 1 && words.get(last).equals("key") && CHOICE_WORDS.contains(words.get(last - 1));
    }

    /** Words that make a constant's name a credential's or a filler's ({@code SERVICE_ROLE_KEY}, {@code CHANGE_ME}). */
    private static final Set<String> NOT_A_CHOICE = Set.of("key", "secret", "token", "password", "pass", "pwd", "jwt",
            "change", "changeme", "me", "your", "my", "replace", "here", "todo", "xxx", "example", "sample", "dummy",
            "fake", "placeholder", "insert", "enter", "test", "default");

    /**
     * Whether a value is the name of the entry a choice key picks, written as a constant in capitals
     * ({@code buyerRoleKey: JAEGGER_BUYER}, {@code SORT_KEY=CREATED_AT}): a key ending in a choice word and
     * {@code key}, and a value of capitals, digits and underscores whose words name no credential and no filler.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for a constant's name under a choice key
     */
    static boolean isChoice(String key, String value) {
        String trimmed = value.trim();
        if (trimmed.length() < 2 || trimmed.length() > 64 || trimmed.charAt(0) < 'A' || trimmed.charAt(0) > 'Z'
                || !choiceKey(KeyWords.of(key))) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        for (String word : trimmed.toLowerCase(java.util.Locale.ROOT).split("_")) {
            if (NOT_A_CHOICE.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainNumber(String signed) {
        String text = signed.startsWith("-") ? signed.substring(1) : signed;
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
