package dev.readiness.gates.sandbox;

import java.util.List;

/**
 * A server's own host name written as a URL: Keycloak's {@code KC_HOSTNAME_URL} and {@code KC_HOSTNAME_ADMIN_URL}
 * ({@code hostname-url}, {@code hostname-admin-url}), the address its pages, redirects and tokens name, which browsers
 * open. So it is {@link KeyClass#PUBLIC}, as {@code KC_HOSTNAME} already is: on loopback it is the local-public-url
 * NO-GO, not a sidecar's WARN. Stateless.
 */
final class HostnameUrls {

    private HostnameUrls() {
    }

    /**
     * Whether the key ends in {@code hostname url} or {@code hostname admin url}.
     *
     * @param words the key's lower-case words
     * @return {@code true} for such a key
     */
    static boolean named(List<String> words) {
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("url")) {
            return false;
        }
        String before = words.get(size - 2);
        return before.equals("hostname")
                || before.equals("admin") && size >= 3 && words.get(size - 3).equals("hostname");
    }
}
