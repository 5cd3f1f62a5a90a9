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
 * would otherwise be a {@code sandbox.local-host} WARN or be taken for the service calling itself; back-channel
 * endpoints the service calls ({@code /oauth/token}, {@code /tokeninfo}, {@code /jwks}, {@code /userinfo},
 * {@code /introspect}) and a callback (a native application's loopback redirect, RFC 8252) are not read. Stateless.
 */
final class SignInPages {

    /** Last path segments of the pages browsers open in a sign-in flow. */
    private static final Set<String> PAGES = Set.of("authorize", "authorization", "login", "signin", "sign-in",
            "logout", "signout", "sign-out", "consent", "reset-password", "password-reset", "forgot-password",
            "verify-email", "email-verification");

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
        return endpoint != null && (named(endpoint.scheme(), endpoint.path())
                || ServedFileAddresses.named(words, endpoint.scheme()));
    }

    /**
     * Whether a web URL's path ends in a page of a sign-in flow, or names CAS's login page.
     *
     * @param scheme the URL's scheme, {@code null} for a bare host
     * @param path the URL's path, possibly with a query
     * @return {@code true} for such a page
     */
    static boolean named(@Nullable String scheme, String path) {
        if (scheme == null || path.length() < 5
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return false;
        }
        int end = path.length();
        int query = path.indexOf('?');
        end = query >= 0 ? query : end;
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        String lower = path.substring(0, end).toLowerCase(Locale.ROOT);
        if (lower.endsWith("/protocol/openid-connect/auth") || lower.contains("/login/cas")) {
            return true;
        }
        return PAGES.contains(lower.substring(lower.lastIndexOf('/') + 1));
    }
}
