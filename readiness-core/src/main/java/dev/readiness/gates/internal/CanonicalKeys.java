package dev.readiness.gates.internal;

import dev.readiness.settings.RelaxedNames;

/**
 * Tests on a key's canonical form ({@link RelaxedNames#canonical(String)}: lower case, separators removed) that read
 * the key in place instead of making that form, for the tests a gate runs on every setting. Stateless and
 * thread-safe.
 */
public final class CanonicalKeys {

    private CanonicalKeys() {
    }

    /**
     * Whether {@code RelaxedNames.canonical(key).endsWith(canonicalSuffix)}.
     *
     * @param key a key in any spelling
     * @param canonicalSuffix a suffix of lower-case ASCII letters and digits
     * @return whether the key's canonical form ends with the suffix
     */
    public static boolean endsWith(String key, String canonicalSuffix) {
        int j = canonicalSuffix.length();
        for (int i = key.length() - 1; i >= 0 && j > 0; i--) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return RelaxedNames.canonical(key).endsWith(canonicalSuffix);
            }
            if (c == '.' || c == '_' || c == '-' || c == '[' || c == ']') {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != canonicalSuffix.charAt(--j)) {
                return false;
            }
        }
        return j == 0;
    }

    /**
     * Whether the key's canonical form ends with one of the suffixes: its last canonical character is found once,
     * and only the suffixes ending with it are compared.
     *
     * @param key a key in any spelling
     * @param canonicalSuffixes non-empty suffixes of lower-case ASCII letters and digits
     * @return whether the key's canonical form ends with one of them
     */
    public static boolean endsWithAny(String key, String[] canonicalSuffixes) {
        int i = key.length() - 1;
        while (i >= 0 && isSeparator(key.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = key.charAt(i);
        char last = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        for (String suffix : canonicalSuffixes) {
            if ((c >= 0x80 || suffix.charAt(suffix.length() - 1) == last) && endsWith(key, suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-' || c == '[' || c == ']';
    }
}
