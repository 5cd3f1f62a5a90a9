package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;

/**
 * A listener that speaks plain HTTP behind a proxy that terminates TLS, as its own section says: Grafana's
 * {@code server.protocol=http} beside {@code server.root_url=https://metrics.example.org}, the public address the
 * proxy serves, or {@code SERVER_PROTOCOL=http} beside {@code SERVER_PUBLIC_URL=https://…}. Every link and redirect
 * the service hands out is https, and the plain hop is the proxy's back-end connection. A protocol that names the
 * application protocol of a listener whose own TLS switch is on is no scheme either: Stalwart's
 * {@code server.listener.https.protocol=http} beside {@code server.listener.https.tls.implicit=true}. A root URL on
 * plain HTTP ({@code http://metrics.example.org}), a TLS switch off, or neither at all leaves the scheme judged.
 * Stateless.
 */
final class ProxiedListeners {

    private static final String[] PUBLIC_URL_WORDS = {"root_url", "public_url", "external_url", "base_url",
        "rootUrl", "publicUrl", "externalUrl", "baseUrl"};

    /** A listener's own TLS switches: Stalwart's {@code tls.implicit}, and the usual {@code tls.enabled}. */
    private static final String[] TLS_SWITCH_WORDS = {"tls.implicit", "tls.enabled", "ssl.enabled"};

    private ProxiedListeners() {
    }

    /**
     * Whether the section of a scheme key switches TLS on or sets its public URL to an https address.
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
        for (String word : TLS_SWITCH_WORDS) {
            String sibling = prefix + (upper ? word.toUpperCase(Locale.ROOT).replace('.', '_') : word);
            Setting tls = settings.get(sibling).orElse(null);
            if (tls != null && tls.value().strip().equalsIgnoreCase("true")) {
                return true;
            }
        }
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
