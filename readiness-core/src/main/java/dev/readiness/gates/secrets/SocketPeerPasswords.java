package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.PythonUnsetLiterals;
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
        return hostBesidePassword(settings, key)
                .filter(value -> value.length() > 1 && value.charAt(0) == '/' && value.charAt(1) != '/').isPresent();
    }

    /**
     * Whether a password written as Python's {@code False} sits beside a host written so too
     * ({@code db_host = False}, {@code db_password = False} in an Odoo or other Python service's configuration file):
     * the client library then connects over the local Unix socket, where the server authenticates the operating-system
     * user by peer and no password is sent. A {@code False} password beside a named host stays judged, and so does one
     * the process environment or a Spring application file hands on as text ({@link PythonUnsetLiterals}).
     *
     * @param settings the configuration
     * @param key the password's key
     * @param value the password's value
     * @return {@code true} when both the password and its host are left unset this way
     */
    static boolean isUnsetBesideUnsetHost(Settings settings, String key, String value) {
        return value.trim().equals("False") && hostBesidePassword(settings, key).filter("False"::equals).isPresent()
                && settings.get(key).map(PythonUnsetLiterals::mayBeUnset).orElse(true); // thirty-fifth pass: not DB_*
    }

    /** The trimmed value of the host key beside a password key of the same prefix, when there are both. */
    private static Optional<String> hostBesidePassword(Settings settings, String key) {
        int cut = Math.max(key.lastIndexOf('_'), key.lastIndexOf('.'));
        if (cut <= 0 || !namesPassword(key, cut + 1)) {
            return Optional.empty();
        }
        String prefix = key.substring(0, cut + 1);
        for (String word : HOST_WORDS) {
            Optional<Setting> host = settings.get(prefix + word);
            if (host.isPresent()) {
                return Optional.of(host.get().value().trim());
            }
        }
        return Optional.empty();
    }

    private static boolean namesPassword(String key, int from) {
        int length = key.length() - from;
        return length >= 4 && length <= 8 && (key.regionMatches(true, from, "pass", 0, length)
                || key.regionMatches(true, from, "password", 0, length) || key.regionMatches(true, from, "pwd", 0, length));
    }
}
