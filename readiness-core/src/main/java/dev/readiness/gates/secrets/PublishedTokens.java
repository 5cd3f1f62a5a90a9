package dev.readiness.gates.secrets;

import java.util.List;

/**
 * Whether a value under a key that no rule calls secret is shaped like a generated credential the published-defaults
 * catalog may list: one token of 16 to 512 characters of the base64, base64url and hexadecimal alphabets (an
 * optional {@code 0x} prefix included), with at least one letter and one digit. A product's own configuration names
 * some of its secrets with words no key rule reads ({@code OP_NODE_L2_ENGINE_AUTH_RAW}, Base's engine API JWT secret;
 * {@code BTC_FAUCET_PK}, a faucet's private key; MaxKey's {@code maxkey.login.kerberos.default.crypto}); when the
 * value is one the catalog lists, it is public whatever the key is called. The shape keeps the catalog look-up (a
 * SHA-256 of the value) to the few values that can be generated credentials: numbers, words, URLs, paths, host names,
 * class names, lists and sentences never reach it. A key whose last word names what the value identifies rather than
 * what it unlocks ({@code OPENID_APP_ID}, {@code GIT_COMMIT}, {@code *_FINGERPRINT}) is never read: the catalog
 * lists some public halves beside their secrets (Open Food Network's {@code OPENID_APP_ID}), and an identifier is
 * public by design. Stateless.
 */
final class PublishedTokens {

    static final int MIN_LENGTH = 16;

    static final int MAX_LENGTH = 512;

    /** Last words of keys that name an identifier, a checksum or a revision: public values, whatever their shape. */
    private static final List<String> IDENTIFYING_WORDS = List.of("id", "ids", "uid", "guid", "uuid", "name", "user",
            "username", "login", "account", "address", "addr", "hash", "checksum", "sha", "digest", "fingerprint",
            "thumbprint", "version", "commit", "revision", "rev", "tag", "serial", "number", "sid", "oid");
    /** {@link #IDENTIFYING_WORDS} by length: a key's last word is compared with the words of its length only. */
    private static final String[][] IDENTIFYING_BY_LENGTH = byLength(IDENTIFYING_WORDS);

    private PublishedTokens() {
    }

    /**
     * Whether a value is one token a catalog of generated credentials may list.
     *
     * @param value a setting's value, as written
     * @return {@code true} for 16 to 512 characters of {@code A-Z a-z 0-9 + / = _ -}, with a letter and a digit
     */
    static boolean isTokenShaped(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (c != '+' && c != '/' && c != '=' && c != '_' && c != '-') {
                return false;
            }
        }
        return letter && digit;
    }

    /**
     * Whether a key's last word (as {@code RelaxedNames#words} cuts it, read from the end without allocating) names an
     * identifier, a checksum or a revision, which a catalog hit must not make secret.
     *
     * @param key the setting's key
     * @return {@code true} for {@code OPENID_APP_ID}, {@code build.commit}, {@code CERT_FINGERPRINT}
     */
    static boolean namesIdentifier(String key) {
        int end = key.length();
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(key.charAt(start - 1))) {
            start--;
            if (Character.isUpperCase(key.charAt(start)) && start > 0 && Character.isLowerCase(key.charAt(start - 1))) {
                break; // a camel-case word starts here: openidAppId
            }
        }
        int length = end - start;
        if (length >= IDENTIFYING_BY_LENGTH.length) {
            return false;
        }
        for (String word : IDENTIFYING_BY_LENGTH[length]) {
            if (key.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byLength(List<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int size = length;
            byLength[length] = words.stream().filter(word -> word.length() == size).toArray(String[]::new);
        }
        return byLength;
    }
}
