package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A private-network address literal ({@code 192.168.10.8}, {@code 10.0.0.5}, {@code 172.20.1.4}) as the URL a
 * provider sends the browser back to: a payment's return or cancel URL, an OAuth redirect or callback. Only machines
 * on that one LAN reach it; a customer's browser on the internet does not, so the return or login lands nowhere. A
 * site's own URL on a private address may be an intranet's and is not read. A back end's private address ({@code tokenUri}, a broker, an internal API) is how services inside a network
 * talk and is not read, nor an issuer, which services also fetch over the back channel. Stateless.
 */
final class LanAddresses {

    private static final Set<String> SENT_BACK_WORDS = Set.of("return", "cancel", "redirect", "callback");

    private LanAddresses() {
    }

    /**
     * The finding on a browser-facing URL whose host is a private IPv4 address, or {@code null}.
     *
     * @param setting the setting, whose key names a public URL
     * @param words the key's words
     * @param endpoint an endpoint of its value the judge found unremarkable
     * @return a WARN {@code sandbox.local-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, List<String> words, Endpoint endpoint) {
        String host = endpoint.host();
        String scheme = endpoint.scheme();
        if (host.isEmpty() || host.charAt(0) < '0' || host.charAt(0) > '9' || scheme == null
                || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")
                || words.contains("issuer") || !namesBrowserFacing(words) && !BrowserBundles.ships(setting.key(), words)
                || Hosts.kind(host) != Hosts.Kind.PRIVATE) {
            return null;
        }
        return Finding.warn("sandbox.local-host", setting)
                .message(SandboxFindings.format("%s sends browsers or e-mail recipients to %s, a private-network "
                        + "address in production: only machines on that one network reach it, so users elsewhere "
                        + "land nowhere.", setting.key(), host))
                .remediation("Set the public URL of the production deployment (https://its-domain/…).")
                .build();
    }

    /**
     * Whether the key names where a provider sends the browser back: {@code return}, {@code cancel},
     * {@code redirect}, {@code callback}. A site's own URL on a private address may be an intranet's and is not read.
     */
    private static boolean namesBrowserFacing(List<String> words) {
        for (String word : words) {
            if (SENT_BACK_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
