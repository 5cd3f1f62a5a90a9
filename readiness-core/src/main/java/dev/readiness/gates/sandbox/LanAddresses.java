package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A private-network address literal ({@code 192.168.10.8}, {@code 10.0.0.5}, {@code 172.20.1.4}) as the URL that
 * browsers or e-mail recipients are sent to: a payment's return URL, an OAuth redirect, the site's public URL. Only
 * machines on that one LAN reach it; a customer's browser on the internet does not, so the return or login lands
 * nowhere. A back end's private address ({@code tokenUri}, a broker, an internal API) is how services inside a network
 * talk and is not read, nor an issuer, which services also fetch over the back channel. Stateless.
 */
final class LanAddresses {

    private LanAddresses() {
    }

    /**
     * The finding on a browser-facing URL whose host is a private IPv4 address, or {@code null}.
     *
     * @param setting the setting, whose key names a public, site, redirect, callback or return URL
     * @param words the key's words
     * @param endpoint an endpoint of its value the judge found unremarkable
     * @return a WARN {@code sandbox.local-host}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, List<String> words, Endpoint endpoint) {
        String host = endpoint.host();
        String scheme = endpoint.scheme();
        if (host.isEmpty() || host.charAt(0) < '0' || host.charAt(0) > '9' || scheme == null
                || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")
                || words.contains("issuer") || !namesBrowserFacing(words) || Hosts.kind(host) != Hosts.Kind.PRIVATE) {
            return null;
        }
        return Finding.warn("sandbox.local-host", setting)
                .message(SandboxFindings.format("%s sends browsers or e-mail recipients to %s, a private-network "
                        + "address in production: only machines on that one network reach it, so users elsewhere "
                        + "land nowhere.", setting.key(), host))
                .remediation("Set the public URL of the production deployment (https://its-domain/…).")
                .build();
    }

    /** Whether the key's own words say browsers or recipients use it ({@code return}, {@code site}). */
    private static boolean namesBrowserFacing(List<String> words) {
        for (String word : words) {
            if (KeyClass.PUBLIC.words().contains(word)) {
                return true;
            }
        }
        return false;
    }
}
