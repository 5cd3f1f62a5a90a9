package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;

/**
 * A listener that speaks plain HTTP behind a proxy that terminates TLS, as its own section says: Grafana's
 * {@code server.protocol=http} beside {@code server.root_url=https://metrics.example.org}, the public address the
 * proxy serves, or {@code SERVER_PROTOCOL=http} beside {@code SERVER_PUBLIC_URL=https://…}. Every link and redirect
 * the service hands out is https, and the plain hop is the proxy's back-end connection. A root URL on plain HTTP
 * ({@code http://metrics.example.org}) or none at all leaves the scheme judged. Stateless.
 */
final class ProxiedListeners {

    private static final String[] PUBLIC_URL_WORDS = {"root_url", "public_url", "external_url", "base_url",
        "rootUrl", "publicUrl", "externalUrl", "baseUrl"};

    private ProxiedListeners() {
    }

    /**
     * Whether the section of a scheme key sets its public URL to an https address.
     *
     * @param settings the settings
     * @param key the scheme key ({@code server.protocol})
     * @return {@code true} when a sibling public URL starts with {@code https://}
     */
    static boolean behindHttpsProxy(Settings settings, String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('_'));
        if (cut <= 0) {
            return false;
        }
        String prefix = key.substring(0, cut + 1);
        boolean upper = Character.isUpperCase(key.charAt(key.length() - 1));
        for (String word : PUBLIC_URL_WORDS) {
            String sibling = prefix + (upper ? word.toUpperCase(Locale.ROOT) : word);
            Setting url = settings.get(sibling).orElse(null);
            if (url != null && AsciiCase.regionIs(url.value().strip(), 0, "https://")) {
                return true;
            }
        }
        return false;
    }
}
