package dev.readiness.gates.internal;

import java.util.List;
import java.util.Locale;

/**
 * Setting keys whose values a front-end build tool (Next.js, Vite, Create React App, Vue CLI, Gatsby, Expo, Nuxt,
 * SvelteKit) copies into the code it sends to every browser. Defined once here: the database gate reads them for a
 * password that would ship to browsers, the sandbox gate for a local address that every visitor's browser would
 * resolve to its own machine. Immutable and thread-safe.
 */
public final class BrowserKeys {

    /** The prefixes that the build tools expose, lower case. */
    private static final List<String> PREFIXES = List.of(
            "next_public_", "vite_", "react_app_", "expo_public_", "nuxt_public_", "public_", "gatsby_", "vue_app_");
    /** The length of the longest prefix: only the characters a prefix can cover decide. */
    private static final int LONGEST_PREFIX = 12;
    /** The first letters of {@link #PREFIXES}. */
    private static final String FIRST_LETTERS = firstLetters();

    private BrowserKeys() {
    }

    /**
     * Whether a key's value is shipped to browsers by a front-end build tool ({@code VITE_API_URL},
     * {@code NEXT_PUBLIC_SITE_URL}, {@code REACT_APP_BACKEND}).
     *
     * @param key the setting key as written
     * @return {@code true} when it starts with a browser build prefix
     */
    public static boolean isBuildVariable(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char first = key.charAt(0);
        if (first < 0x80 && FIRST_LETTERS.indexOf(first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first) < 0) {
            return false; // an ASCII first letter no prefix starts with: most keys are left here
        }
        for (int i = 0; i < key.length() && i < LONGEST_PREFIX; i++) {
            if (key.charAt(i) >= 0x80) {
                return startsWithPrefix(key.toLowerCase(Locale.ROOT));
            }
        }
        for (int p = 0; p < PREFIXES.size(); p++) {
            String prefix = PREFIXES.get(p);
            if (key.length() >= prefix.length() && asciiStartsWith(key, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLetters() {
        StringBuilder letters = new StringBuilder();
        for (String prefix : PREFIXES) {
            if (letters.indexOf(prefix.substring(0, 1)) < 0) {
                letters.append(prefix.charAt(0));
            }
        }
        return letters.toString();
    }

    private static boolean startsWithPrefix(String lower) {
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code key.toLowerCase(Locale.ROOT).startsWith(lowerPrefix)} for a key whose first characters are ASCII. */
    private static boolean asciiStartsWith(String key, String lowerPrefix) {
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
