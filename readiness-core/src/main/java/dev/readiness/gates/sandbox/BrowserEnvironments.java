package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * Settings read from a front end's environment file, Angular's and Ionic's {@code environment.prod.ts}
 * ({@code export const environment = { production: true, apiUrl: '…' }}), flattened to {@code production=true},
 * {@code apiUrl=…}: the root flag {@code production}, written in lower case with the script literal {@code true},
 * is how those builds mark the file the production bundle is compiled from, so every web address beside it ships to
 * each visitor's browser, and a loopback one there reaches the visitor's own machine, never a sidecar. A back end's
 * setting is not spelled so (Spring, Django and dotenv write {@code PRODUCTION=True} or a namespaced key), and only
 * {@code http}, {@code https} and {@code ws} addresses are read as browser addresses. Stateless.
 */
final class BrowserEnvironments {

    private static final String FLAG = "production";

    private BrowserEnvironments() {
    }

    /**
     * Whether the settings hold the root {@code production=true} of a front end's environment file.
     *
     * @param settings the settings of the check
     * @return {@code true} when such a flag is set
     */
    static boolean productionBundle(Settings settings) {
        Optional<Setting> flag = settings.get(FLAG);
        return flag.isPresent() && flag.get().key().equals(FLAG) && flag.get().value().strip().equals("true");
    }
}
