package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sections a configuration switches off beside their address: {@code postfixbounce.enabled=false} beside
 * {@code postfixbounce.host=127.0.0.1}. The listener or client the section configures does not run, so its address on
 * the local machine is a default left in place, not a destination in production. Only the section's own switch counts
 * ({@code enabled} or {@code enable} right under the same prefix), and only a value that says off. Stateless.
 */
final class SwitchedOffSections {

    private static final Set<String> SWITCHES = Set.of("enabled", "enable");
    private static final Set<String> OFF = Set.of("false", "0", "no", "off");

    private SwitchedOffSections() {
    }

    /**
     * Whether a dotted key lies in a section whose own switch is off.
     *
     * @param settings the configuration
     * @param key the key of the address
     * @return {@code true} when {@code prefix.enabled} or {@code prefix.enable} beside it says off
     */
    static boolean isOff(Settings settings, String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String prefix = key.substring(0, dot + 1);
        for (String word : SWITCHES) {
            Optional<Setting> own = settings.get(prefix + word);
            if (own.isPresent() && OFF.contains(own.get().value().trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
