package dev.readiness.gates.secrets;

/**
 * Keys that hold the user list of HTTP basic authentication, the way reverse proxies take it:
 * {@code TRAEFIK_BASIC_AUTH_USERS=admin:$apr1$…}, {@code traefik.http.middlewares.auth.basicauth.users},
 * {@code DASHBOARD_BASICAUTH_USERS}. Each entry is a user and a password or its hash, so the list is a credential: a
 * blank one leaves the dashboard open or on its documented default, and {@code admin:admin} is a guessable password.
 * A single user's name ({@code BASIC_AUTH_USER}, {@code BASIC_AUTH_USERNAME}) and a switch
 * ({@code BASIC_AUTH_ENABLED}) are not lists. Stateless.
 */
final class BasicAuthUsers {

    private static final String USERS = "users";
    private static final String BASIC_AUTH = "basicauth";

    private BasicAuthUsers() {
    }

    /**
     * Whether a key ends in {@code basic auth users}, its words joined by {@code _}, {@code -}, {@code .} or nothing.
     *
     * @param key the key as written
     * @return {@code true} for a basic-authentication user list
     */
    static boolean namesUserList(String key) {
        int end = key.length() - USERS.length();
        if (end < BASIC_AUTH.length() + 1 || !key.regionMatches(true, end, USERS, 0, USERS.length())) {
            return false;
        }
        int matched = BASIC_AUTH.length();
        int i = end - 1;
        if (isSeparator(key.charAt(i))) {
            i--;
        }
        for (; i >= 0 && matched > 0; i--) {
            char c = key.charAt(i);
            if (isSeparator(c) && matched == 5) {
                continue;
            }
            if (Character.toLowerCase(c) != BASIC_AUTH.charAt(matched - 1)) {
                return false;
            }
            matched--;
        }
        return matched == 0 && (i < 0 || isSeparator(key.charAt(i)));
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '-' || c == '.';
    }
}
