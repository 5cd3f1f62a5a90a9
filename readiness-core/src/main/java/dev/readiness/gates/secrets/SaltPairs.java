package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Settings;

/**
 * Keys that are key material because a salt of the same name stands beside them: WordPress's {@code LOGGED_IN_KEY}
 * and {@code NONCE_KEY} next to {@code LOGGED_IN_SALT} and {@code NONCE_SALT}. A key word alone says nothing
 * ({@code SORT_KEY}, {@code CACHE_KEY}); a configuration that keeps a salt under the same stem keeps a secret key there.
 * So with an API signature beside a password of the same name: PayPal's classic API credentials are a user name, a
 * password and a signature ({@code PP_SIGNATURE_SANDBOX} beside {@code PP_PASSWORD_SANDBOX},
 * {@code paypal.api.signature} beside {@code paypal.api.password}); a signature alone is a header name or an e-mail
 * footer ({@code webhook.signature-header}, {@code EMAIL_BODY_SIGNATURE}), and so is an e-mail's signature beside the
 * mail password.
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

    private static final String SIGNATURE = "signature";

    /**
     * Whether {@code key} has a {@code signature} word (separated, or a camel-case word) and the same key with
     * {@code password} in its place (in the same case) is a setting of the same configuration: the signature of an API
     * credential triple. An e-mail's signature is not one: a key naming mail, or a value with spaces, is a footer
     * ({@code EMAIL_SIGNATURE=Email sent by SuperAGI} beside {@code EMAIL_PASSWORD}).
     *
     * @param settings the configuration
     * @param key the key as written
     * @param value its value
     * @return {@code true} for the signature beside a password
     */
    static boolean pairsWithPassword(Settings settings, String key, String value) {
        int at = key.indexOf("IGNATURE");
        if (at < 0) {
            at = key.indexOf("ignature");
        }
        if (at < 1 || hasSpace(value) || AsciiCase.contains(key, "mail")) {
            return false;
        }
        int start = at - 1;
        int end = at + SIGNATURE.length() - 1;
        boolean camelStart = start > 0 && Character.isUpperCase(key.charAt(start))
                && Character.isLowerCase(key.charAt(start - 1));
        boolean camelEnd = end < key.length() && Character.isUpperCase(key.charAt(end))
                && Character.isLowerCase(key.charAt(end - 1));
        if (!(camelStart || separated(key, start - 1)) || end < key.length() && !(camelEnd || separated(key, end))) {
            return false;
        }
        String word = key.substring(start, end);
        String password = Character.isUpperCase(word.charAt(1)) ? "PASSWORD"
                : Character.isUpperCase(word.charAt(0)) ? "Password" : "password";
        return settings.contains(key.substring(0, start) + password + key.substring(end));
    }

    /** An e-mail footer is prose ({@code EMAIL_SIGNATURE=Email sent by SuperAGI}); an API signature is one token. */
    private static boolean hasSpace(String value) {
        String trimmed = value.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isWhitespace(trimmed.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} separates words, or {@code i} is before the key's start. */
    private static boolean separated(String key, int i) {
        if (i < 0) {
            return true;
        }
        char c = key.charAt(i);
        return c == '_' || c == '.' || c == '-';
    }
}
