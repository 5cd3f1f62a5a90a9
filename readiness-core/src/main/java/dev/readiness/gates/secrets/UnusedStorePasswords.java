package dev.readiness.gates.secrets;

import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A blank key-store or trust-store password in a section whose TLS switch is off: NiFi's
 * {@code nifi.zookeeper.security.keystorePasswd=} beside {@code nifi.zookeeper.client.secure=false}. The client never
 * opens the store, so the blank is no secret left out (thirty-seventh pass). The switch is looked for in the key's
 * own section and up to two sections above it; one that is on ({@code http.secured=true} above a blank
 * {@code http.ssl.keystore.password}), or none at all, leaves the blank judged. Read only for a blank secret.
 * Stateless.
 */
final class UnusedStorePasswords {

    /** TLS switches, in relaxed spelling, looked for in each section. */
    private static final String[] SWITCHES = {"secure", "client.secure", "secured", "ssl.enabled", "tls.enabled",
        "ssl", "tls", "use-ssl", "use-tls"};
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0");
    private static final int LEVELS = 3;

    private UnusedStorePasswords() {
    }

    /**
     * Whether a blank store password belongs to a section whose TLS is switched off.
     *
     * @param settings the configuration
     * @param key the blank secret's key
     * @return {@code true} when the nearest TLS switch of the key's sections is off
     */
    static boolean isUnused(Settings settings, String key) {
        String canonical = RelaxedNames.canonical(key);
        if (!(canonical.contains("keystore") || canonical.contains("truststore"))
                || !(canonical.endsWith("pass") || canonical.endsWith("passwd") || canonical.endsWith("password"))) {
            return false;
        }
        int end = key.lastIndexOf('.');
        for (int level = 0; level < LEVELS && end > 0; level++) {
            String section = key.substring(0, end + 1);
            for (String name : SWITCHES) {
                Optional<Setting> tls = settings.get(section + name);
                if (tls.isPresent()) {
                    return FALSE.contains(tls.get().value().strip().toLowerCase(Locale.ROOT));
                }
            }
            end = key.lastIndexOf('.', end - 1);
        }
        return false;
    }
}
