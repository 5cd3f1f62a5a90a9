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
        String lower = key.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
