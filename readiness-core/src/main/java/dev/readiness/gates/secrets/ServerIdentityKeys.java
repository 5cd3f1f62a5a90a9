package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import java.util.Locale;

/**
 * The shared identity by which cluster members authenticate each other to an auth plug-in: Nacos's
 * {@code nacos.core.auth.server.identity.key} and {@code .value} (sent as a request header and its value). Whoever
 * knows the pair passes as a server; Nacos up to 2.2.0 shipped {@code serverIdentity}/{@code security} in its
 * {@code application.properties}, which public advisories list as an authentication bypass. Both halves are
 * therefore secrets, whatever their key's last word. Only a key whose words end in {@code server} or {@code auth},
 * {@code identity} and {@code key} or {@code value} counts (the Nacos image's {@code NACOS_AUTH_IDENTITY_KEY} too) ({@code app.identity.key-name} or {@code identity.value-type} do not).
 * Stateless.
 */
final class ServerIdentityKeys {

    /** Shorter keys than {@code server.identity.key} cannot name the pair; a caller tests the length first. */
    static final int SHORTEST = "server.identity.key".length() - 1;

    private ServerIdentityKeys() {
    }

    /**
     * Whether the key names the header or the value of a server identity.
     *
     * @param key the setting's key in any spelling ({@code nacos.core.auth.server.identity.value},
     *            {@code NACOS_AUTH_SERVER_IDENTITY_KEY})
     * @return {@code true} for such a key
     */
    static boolean namesSharedIdentity(String key) {
        if (!(AsciiCase.endsWith(key, "key") || AsciiCase.endsWith(key, "value"))
                || !AsciiCase.contains(key, "identity")) {
            return false; // most keys: nothing allocated
        }
        String lower = key.toLowerCase(Locale.ROOT);
        int identity = lower.lastIndexOf("identity");
        if (identity < "server.".length()) {
            return false;
        }
        String tail = lower.substring(identity + "identity".length());
        if (!tail.equals(".key") && !tail.equals("_key") && !tail.equals("-key") && !tail.equals(".value")
                && !tail.equals("_value") && !tail.equals("-value")) {
            return false;
        }
        char separator = lower.charAt(identity - 1);
        if (separator != '.' && separator != '_' && separator != '-') {
            return false;
        }
        String before = lower.substring(0, identity - 1);
        return before.endsWith("server") || before.endsWith("auth");
    }
}
