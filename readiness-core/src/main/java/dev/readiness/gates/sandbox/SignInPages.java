package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Web addresses whose path is a step of a sign-in flow that the user's browser opens, whatever the key calls them:
 * an OAuth 2.0 or OpenID Connect authorization endpoint ({@code /oauth/authorize}, {@code /connect/authorize},
 * Keycloak's {@code /protocol/openid-connect/auth}), a login, sign-in, sign-out or consent page
 * ({@code https://localhost:7443/login/cas}, the CAS service URL), and a password-reset or e-mail verification page
 * mailed to users ({@code password.reset.url=http://localhost:5173/reset-password}). On loopback such a page opens on
 * the user's own machine: no sidecar or co-located service is reached by a browser. Read only when a loopback web URL
 * would otherwise be a {@code sandbox.local-host} WARN or be taken for the service calling itself; a login, sign-out
 * or reset page under a key that names an API, service or server of its own ({@code LOGIN_API_URL}) is an endpoint the
 * service posts to and is not read (an authorization endpoint and CAS's login page are pages whatever the key);
 * back-channel endpoints the service calls ({@code /oauth/token}, {@code /tokeninfo}, {@code /jwks}, {@code /userinfo},
 * {@code /introspect}) and a callback (a native application's loopback redirect, RFC 8252) are not read. Stateless.
 */
final class SignInPages {

    /** Last path segments of the pages browsers open in a sign-in flow. */
    private static final Set<String> PAGES = Set.of("authorize", "authorization", "login", "signin", "sign-in",
            "logout", "signout", "sign-out", "consent", "reset-password", "password-reset", "forgot-password",
            "verify-email", "email-verification");

    /** Words of a key that names a back end the service calls, as {@link KeyClass#namesBrowserPage} reads them. */
    private static final Set<String> BACK_END_WORDS = Set.of("api", "service", "services", "server", "grpc", "rpc",
            "backend", "internal");

    private SignInPages() {
    }

    /**
     * Whether a browser opens the loopback address: a sign-in page by its path, or the prefix of links to stored files
     * by its key ({@link ServedFileAddresses}).
     *
     * @param words the key's lower-case words
     * @param endpoint the loopback endpoint, or {@code null}
     * @return {@code true} when people's browsers open the address
     */
    static boolean browserOpens(List<String> words, @Nullable Endpoint endpoint) {
        if (endpoint == null) {
            return false;
        }
        String scheme = endpoint.scheme();
        String path = endpoint.path();
        return authorizationEndpoint(scheme, path) || named(scheme, path) && !namesBackEnd(words)
                || ServedFileAddresses.named(words, scheme);
    }

    /**
     * Whether the key names an API, a service or a server of its own ({@code LOGIN_API_URL}): a login endpoint the
     * service posts credentials to, not a page. An authorization endpoint is a page whatever the key says.
     */
    private static boolean namesBackEnd(List<String> words) {
        for (String word : words) {
            if (BACK_END_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a web URL's path is an OAuth 2.0 or OpenID Connect authorization endpoint, or CAS's login page: only a
     * browser is ever sent there.
     */
    static boolean authorizationEndpoint(@Nullable String scheme, String path) {
        String lower = trimmed(scheme, path);
        return lower != null && (lower.endsWith("/authorize") || lower.endsWith("/authorization")
                || lower.endsWith("/protocol/openid-connect/auth") || lower.contains("/login/cas"));
    }

    /**
     * Whether a web URL's path ends in a page of a sign-in flow, or names CAS's login page.
     *
     * @param scheme the URL's scheme, {@code null} for a bare host
     * @param path the URL's path, possibly with a query
     * @return {@code true} for such a page
     */
    static boolean named(@Nullable String scheme, String path) {
        String lower = trimmed(scheme, path);
        return lower != null && (authorizationEndpoint(scheme, path)
                || PAGES.contains(lower.substring(lower.lastIndexOf('/') + 1)));
    }

    /** The path of a web URL in lower case without its query and trailing slashes, or {@code null}. */
    private static @Nullable String trimmed(@Nullable String scheme, String path) {
        if (scheme == null || path.length() < 5
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return null;
        }
        int end = path.length();
        int query = path.indexOf('?');
        end = query >= 0 ? query : end;
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
