package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * The written part of a URL completed at run time whose host is written and whose port alone is a reference:
 * {@code http://localhost:${server.port}/custom-login}, {@code http://localhost:${SERVER_PORT}}. Spring, Quarkus and
 * Compose files write a service's own port this way; the host is what the sandbox rules judge, and it is known.
 * The port is dropped and the path kept up to the next reference, as for a URL whose reference comes after its
 * authority. Stateless.
 */
final class PortReferences {

    private PortReferences() {
    }

    /**
     * The setting with the port reference left out, or {@code null} when the first reference is not the whole port of
     * a URL whose scheme and host are written.
     *
     * @param setting a deferred setting
     * @return a setting to judge as written, or {@code null}
     */
    static @Nullable Setting withoutPort(Setting setting) {
        String value = setting.value();
        int separator = value.indexOf("://");
        int reference = value.indexOf("${");
        if (separator <= 0 || reference <= separator + 4 || value.charAt(reference - 1) != ':') {
            return null;
        }
        int colon = reference - 1;
        for (int i = separator + 3; i < colon; i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '@' || c == '$' || c == '{' || c == '}' || c == '?' || c == '#') {
                return null;
            }
        }
        int close = closing(value, reference);
        if (close < 0 || close + 1 < value.length() && value.charAt(close + 1) != '/') {
            return null;
        }
        String rest = value.substring(close + 1);
        int next = rest.indexOf("${");
        if (next >= 0) {
            rest = rest.substring(0, rest.lastIndexOf('/', next) + 1);
        }
        return Setting.of(setting.key(), value.substring(0, colon) + rest, setting.origin());
    }

    /** The index of the brace that closes the reference opened at {@code start}, nested ones counted; -1 if none. */
    private static int closing(String value, int start) {
        int depth = 0;
        for (int i = start + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
