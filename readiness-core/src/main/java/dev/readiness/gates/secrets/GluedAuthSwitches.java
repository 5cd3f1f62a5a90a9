package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A blank password glued to the client it belongs to, beside that client's own authentication switch turned off:
 * Joomla's {@code smtpauth=0} above {@code smtppass=}, {@code rpcauth=false} beside {@code rpcpass=}. The client logs
 * in with no password, so the blank one is unused. The switch must be the same client's word glued to {@code auth}
 * in the same section and say off plainly ({@code 0}, {@code false}, {@code no}, {@code off}). Stateless.
 */
final class GluedAuthSwitches {

    private static final String[] PASSWORD_ENDINGS = {"password", "passwd", "pass", "pwd"};
    private static final Set<String> OFF = Set.of("0", "false", "no", "off");

    private GluedAuthSwitches() {
    }

    /**
     * Whether a blank password's client has its authentication switched off.
     *
     * @param settings the configuration
     * @param key the blank password's key
     * @return {@code true} when {@code <client>auth} beside it says off
     */
    static boolean isUnused(Settings settings, String key) {
        int dot = Math.max(key.lastIndexOf('.'), key.lastIndexOf(']'));
        String last = key.substring(dot + 1);
        String lower = last.toLowerCase(Locale.ROOT);
        for (String ending : PASSWORD_ENDINGS) {
            if (lower.length() > ending.length() + 1 && lower.endsWith(ending)) {
                String client = last.substring(0, last.length() - ending.length());
                String prefix = key.substring(0, dot + 1);
                Optional<Setting> auth = settings.get(prefix + client + "auth");
                if (auth.isEmpty()) {
                    auth = settings.get(prefix + client + "Auth");
                }
                return auth.isPresent() && OFF.contains(auth.get().value().trim().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
