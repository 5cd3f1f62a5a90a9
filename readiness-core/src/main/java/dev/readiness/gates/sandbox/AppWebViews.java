package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The origins of a packaged app's web view in a CORS list: Capacitor and Ionic pages call from
 * {@code capacitor://localhost} or {@code ionic://localhost} on iOS, Tauri's from {@code tauri://localhost}, and the
 * same apps' Android web views from a port-less {@code http://localhost} or {@code https://localhost}. Such an origin
 * is the app on the user's own device, which a production API of a mobile or desktop app admits on purpose; it is no
 * developer's server. A port-less localhost origin counts as the app's only when the list also names a packaged
 * app's scheme ({@code CORS_ORIGINS=https://app.example.org,capacitor://localhost,https://localhost}); alone it stays
 * a local origin.
 */
final class AppWebViews {

    private AppWebViews() {
    }

    private static final Set<String> APP_SCHEMES = Set.of("capacitor", "ionic", "tauri");

    /**
     * Whether an origin of the list is a packaged app's web view.
     *
     * @param origins every origin of the list
     * @param origin the origin judged
     * @return whether it is the app's own origin on the user's device
     */
    static boolean isAppOrigin(List<Endpoint> origins, Endpoint origin) {
        if (appScheme(origin)) {
            return true;
        }
        String scheme = origin.scheme() == null ? "" : origin.scheme().toLowerCase(Locale.ROOT);
        if (origin.port() > 0 || !(scheme.equals("http") || scheme.equals("https"))
                || !origin.host().equalsIgnoreCase("localhost")) {
            return false;
        }
        for (Endpoint other : origins) {
            if (appScheme(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean appScheme(Endpoint origin) {
        return origin.scheme() != null && APP_SCHEMES.contains(origin.scheme().toLowerCase(Locale.ROOT));
    }
}
