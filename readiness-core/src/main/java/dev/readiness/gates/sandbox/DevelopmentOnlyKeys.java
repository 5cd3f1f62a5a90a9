package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;

/**
 * Keys marked for development only by the {@code __DEV__} convention of JavaScript builds
 * ({@code __DEV__CLIENT_URL=http://localhost:5173 # Only used in development} in Reactive Resume's {@code .env}):
 * the double-underscored prefix says the value serves the development server and is never read in production, as
 * the global {@code __DEV__} flag is false in production bundles. A loopback address there is that development
 * server's; a key that merely starts with {@code DEV_} is not marked this way and stays judged.
 */
final class DevelopmentOnlyKeys {

    private static final String[] MARKERS = {"__dev__", "__development__", "__test__"};

    private DevelopmentOnlyKeys() {
    }

    static boolean marked(String key) {
        if (key.length() < 8 || key.charAt(0) != '_' || key.charAt(1) != '_') {
            return false;
        }
        for (String marker : MARKERS) {
            if (key.length() > marker.length() && AsciiCase.regionIs(key, 0, marker)) {
                return true;
            }
        }
        return false;
    }
}
