package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A browser origin the service allows, written as plain {@code http://} on a public DNS name with no {@code https://}
 * origin beside it ({@code play.filters.cors.allowedOrigins[0]=http://explorer.acme.com},
 * {@code APP_CORS_ALLOWED_ORIGINS=http://shop.acme.top}): a browser sends that {@code Origin} only from a page it
 * loaded over plain HTTP, so the list says the service's own front end is served without TLS, and the pages, the
 * passwords typed there and the tokens they send cross the internet readable. A WARN {@code sandbox.tls-off}: the
 * labels accept it, and a proxy may also serve the site over HTTPS. A list that also holds an {@code https://} origin,
 * in its value or another item of the same indexed list (the plain one a leftover beside the real one), local, private and template hosts (other rules' or clean), names
 * under a top-level domain browsers reach only over HTTPS (the whole-TLD entries of the HSTS preload list:
 * {@code .app}, {@code .dev}, {@code .page}: Firebase's {@code web.app} front ends), and a value taken from another key
 * are not read. Stateless.
 */
final class PlainOrigins {

    /** Top-level domains the HSTS preload list holds whole: browsers never load an {@code http://} page there. */
    private static final Set<String> PRELOADED_TOP_LEVELS = Set.of("app", "dev", "page", "new", "day", "foo", "bank",
            "insurance", "esq", "prof", "mov", "zip", "phd", "boo", "rsvp", "meme", "nexus", "ing", "meet", "dad",
            "eat", "fly", "how", "soy", "channel", "ads", "android", "chrome", "google", "youtube");

    private PlainOrigins() {
    }

    /** Whether a host is under a top-level domain the HSTS preload list holds whole ({@code web.app}, {@code .dev}). */
    static boolean preloaded(String host) {
        return PRELOADED_TOP_LEVELS.contains(host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The finding on a list of allowed origins whose public ones are plain HTTP only, or {@code null}.
     *
     * @param references the configuration, for the keys the value came through
     * @param setting the setting, whose key names origins
     * @param endpoints the endpoints of its value
     * @param judge the endpoint judge, so that only unremarkable hosts count
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(ReferencedValues references, Setting setting, List<Endpoint> endpoints,
            EndpointJudge judge) {
        boolean plain = false;
        for (Endpoint endpoint : endpoints) {
            String scheme = endpoint.scheme();
            if (scheme == null) {
                continue;
            }
            if (scheme.equals("https") || scheme.equals("wss")) {
                return null;
            }
            String host = endpoint.host();
            plain |= scheme.equals("http") && host.indexOf('$') < 0 && PlainHttpAddresses.publicName(host)
                    && !judge.judge(endpoint).kind().isProblem()
                    && !preloaded(host);
        }
        if (!plain || !references.referenced(setting).isEmpty() || secureBeside(references.settings(), setting)) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " allows a browser origin in plain http on a public name, and no https "
                        + "origin, in production: browsers send that origin only from pages loaded without TLS, so "
                        + "the site's pages, the passwords typed there and the tokens they carry cross the internet "
                        + "readable.")
                .remediation("Serve the front end over HTTPS and list its https:// origin in " + setting.key() + ".")
                .build();
    }

    /**
     * Whether the value, or another item of the same indexed list ({@code allowedOrigins[1]} beside
     * {@code allowedOrigins[0]}), holds an {@code https://} or {@code wss://} origin.
     */
    private static boolean secureBeside(Settings settings, Setting setting) {
        if (secure(setting.value())) {
            return true;
        }
        String key = setting.key();
        int open = key.lastIndexOf('[');
        if (open <= 0 || key.charAt(key.length() - 1) != ']') {
            return false;
        }
        String list = key.substring(0, open + 1);
        for (Setting other : settings) {
            if (other.key().startsWith(list) && secure(other.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean secure(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("https://") || lower.contains("wss://");
    }
}
