package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * A blank database password beside a host that is a Unix socket directory ({@code DB_HOST=/var/run/postgresql},
 * {@code DB_PASS=}): over the local socket PostgreSQL and MySQL authenticate the operating-system user by peer, so no
 * password is sent and a blank one is the configuration, as Mastodon's production sample writes it. A host name or
 * address beside the blank password leaves it judged. Stateless.
 */
final class SocketPeerPasswords {

    private static final String[] HOST_WORDS = {"HOST", "host", "Host"};

    private SocketPeerPasswords() {
    }

    /**
     * Whether a blank password's sibling host key names a Unix socket directory.
     *
     * @param settings the configuration
     * @param key the blank password's key
     * @return {@code true} when the password is unused because the connection goes over a local socket
     */
    static boolean isPeerAuthenticated(Settings settings, String key) {
        int cut = Math.max(key.lastIndexOf('_'), key.lastIndexOf('.'));
        if (cut <= 0 || !namesPassword(key, cut + 1)) {
            return false;
        }
        String prefix = key.substring(0, cut + 1);
        for (String word : HOST_WORDS) {
            Optional<Setting> host = settings.get(prefix + word);
            if (host.isPresent()) {
                String value = host.get().value().trim();
                return value.length() > 1 && value.charAt(0) == '/' && value.charAt(1) != '/';
            }
        }
        return false;
    }

    private static boolean namesPassword(String key, int from) {
        int length = key.length() - from;
        return length >= 4 && length <= 8 && (key.regionMatches(true, from, "pass", 0, length)
                || key.regionMatches(true, from, "password", 0, length) || key.regionMatches(true, from, "pwd", 0, length));
    }
}
