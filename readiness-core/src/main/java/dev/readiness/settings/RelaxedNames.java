package dev.readiness.settings;

import java.util.Locale;

/**
 * Matches keys the way Spring's relaxed binding does: {@code JWT_SECRET}, {@code jwt.secret},
 * {@code jwt-secret} and {@code jwtSecret} are one key. Stateless and thread-safe: static methods only.
 */
public final class RelaxedNames {

    private RelaxedNames() {
    }

    /**
     * The canonical form of a key: lower case ({@link Locale#ROOT}) with every separator ({@code .}, {@code _},
     * {@code -}, {@code [}, {@code ]}) removed. Indexes survive as digits: {@code waivers[0].code} and
     * {@code WAIVERS_0_CODE} are both {@code waivers0code}.
     *
     * @param key a key in any common spelling
     * @return its canonical form
     */
    public static String canonical(String key) {
        boolean unchanged = true;
        for (int i = 0; i < key.length() && unchanged; i++) {
            char c = key.charAt(i);
            unchanged = c < 0x80 && !isSeparator(c) && !(c >= 'A' && c <= 'Z');
        }
        if (unchanged) {
            return key;
        }
        StringBuilder canonical = new StringBuilder(key.length());
        boolean ascii = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            ascii &= c < 0x80;
            canonical.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return ascii ? canonical.toString() : canonical.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a key's canonical form starts with a canonical prefix, without making the canonical form.
     *
     * @param key a key in any spelling
     * @param canonicalPrefix a prefix already in canonical form
     * @return {@code true} when {@code canonical(key).startsWith(canonicalPrefix)}
     */
    static boolean canonicalStartsWith(String key, String canonicalPrefix) {
        int matched = 0;
        for (int i = 0; i < key.length() && matched < canonicalPrefix.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return canonical(key).startsWith(canonicalPrefix);
            }
            if (isSeparator(c)) {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != canonicalPrefix.charAt(matched++)) {
                return false;
            }
        }
        return matched == canonicalPrefix.length();
    }

    /**
     * {@code canonical(key).hashCode()}, without making the canonical form when the key is ASCII.
     *
     * @param key a key in any spelling
     * @return the hash of its canonical form
     */
    static int canonicalHash(String key) {
        int hash = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return canonical(key).hashCode();
            }
            if (!isSeparator(c)) {
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
        }
        return hash;
    }

    /**
     * {@code matches(left, right)}, without making the canonical forms when both keys are ASCII.
     *
     * @param left one key in any spelling
     * @param right another key in any spelling
     * @return {@code true} when their canonical forms are equal
     */
    static boolean sameCanonical(String left, String right) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < left.length() && isSeparator(left.charAt(i))) {
                i++;
            }
            while (j < right.length() && isSeparator(right.charAt(j))) {
                j++;
            }
            if (i == left.length() || j == right.length()) {
                return i == left.length() && j == right.length();
            }
            char a = left.charAt(i++);
            char b = right.charAt(j++);
            if (a >= 0x80 || b >= 0x80) {
                return matches(left, right);
            }
            if ((a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a) != (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b)) {
                return false;
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-' || c == '[' || c == ']';
    }

    /**
     * Whether two keys name the same setting.
     *
     * @param left one key
     * @param right another key
     * @return {@code true} when their canonical forms are equal
     */
    public static boolean matches(String left, String right) {
        return canonical(left).equals(canonical(right));
    }

    /**
     * Splits a key into its lower-case words, across every separator and camel-case boundary:
     * {@code stripeWebhookSecret}, {@code STRIPE_WEBHOOK_SECRET} and {@code stripe.webhook-secret} all give
     * {@code [stripe, webhook, secret]}. Gates use this to judge a key by the words it contains.
     *
     * @param key a key in any common spelling
     * @return its words, in order
     */
    public static java.util.List<String> words(String key) {
        java.util.List<String> words = new java.util.ArrayList<>(6);
        int start = -1;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator;
            boolean upper;
            if (c < 0x80) {
                upper = c >= 'A' && c <= 'Z';
                separator = !upper && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9');
            } else {
                upper = Character.isUpperCase(c);
                separator = !Character.isLetterOrDigit(c);
            }
            if ((separator || upper && i > 0 && isLowerCase(key.charAt(i - 1))) && start >= 0) {
                words.add(lowerWord(key, start, i));
                start = -1;
            }
            if (!separator && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(lowerWord(key, start, key.length()));
        }
        return words;
    }

    private static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** The word {@code key[from, to)} in lower case ({@link Locale#ROOT}), copied once when it is ASCII. */
    private static String lowerWord(String key, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return key.substring(from, to).toLowerCase(Locale.ROOT);
            }
            chars[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(chars);
    }
}
