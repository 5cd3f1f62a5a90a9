package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The origins a packaged app's web view calls from: Capacitor's {@code capacitor://localhost} on iOS and its port-less
 * {@code https://localhost} or {@code http://localhost} on Android, Ionic's {@code ionic://localhost}, Tauri's
 * {@code tauri://localhost}. An origin list that names such a scheme admits a mobile or desktop app, and the port-less
 * loopback origins beside it are that app's pages on its users' devices, not a developer's server: a development
 * server names its port ({@code http://localhost:5173}), which stays a finding in the same list. Stateless.
 */
final class WebViewOrigins {

    private static final Set<String> SCHEMES = Set.of("capacitor", "ionic", "tauri");

    private WebViewOrigins() {
    }

    /**
     * Whether a loopback origin of a list is a packaged app's: it has a web-view scheme, or it is a port-less
     * {@code http} or {@code https} origin in a list that also has one.
     *
     * @param origin the loopback origin
     * @param list every origin of the same list
     * @return {@code true} for an app's web-view origin
     */
    static boolean packagedApp(Endpoint origin, List<Endpoint> list) {
        if (webView(origin)) {
            return true;
        }
        String scheme = origin.scheme() == null ? "" : origin.scheme().toLowerCase(Locale.ROOT);
        if (origin.port() > 0 || !(scheme.equals("http") || scheme.equals("https"))) {
            return false;
        }
        for (Endpoint other : list) {
            if (webView(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean webView(Endpoint origin) {
        return origin.scheme() != null && SCHEMES.contains(origin.scheme().toLowerCase(Locale.ROOT));
    }
}
