package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.gates.internal.SwitchOn;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plain HTTP chosen by a switch rather than by an address, in production.
 *
 * <ul>
 * <li>A scheme or protocol key set to {@code http} or {@code ws} ({@code DRONE_SERVER_PROTO=http},
 * NetBird's {@code Signal.Proto=http}, {@code SLURM_PROTOCOL=http}, {@code stomp.protocol=ws},
 * {@code appSettings.ServerProtocol=http://}): the service is published, or talks to the named one, without TLS. When
 * the key names the scheme of the URLs the service hands out (Nextcloud's {@code overwriteprotocol}, Flask's
 * {@code PREFERRED_URL_SCHEME}, a {@code public} or {@code external} scheme) every generated link and redirect is
 * plain HTTP: NO-GO, as when the word before the scheme names the site people browse or their callback
 * ({@code SITES.front.scheme}, {@code WWW_SCHEME}, {@code web.protocol}, {@code OAUTH_CALLBACK_PROTOCOL}; forty-sixth
 * pass); otherwise a WARN, since a proxy in front may still terminate TLS. A scheme key of one word, the whole key
 * ({@code PROTOCOL=http}, {@code protocol=http}, {@code SCHEME=http}, forty-eighth pass, first contact), is the
 * scheme of the configured site itself (Automatisch's, DemocracyOS's, Foodsoft's, a Django template's
 * {@code PROTOCOL} beside its {@code DOMAIN}): a WARN, as a section's, unless the file declares development
 * ({@code NODE_ENV=development} beside {@code SCHEME=http}), as a force-HTTPS switch.</li>
 * <li>A switch that forces or requires HTTPS turned off ({@code FORCE_HTTPS=false}, Talisman's
 * {@code force_https=False}, {@code REQUIRE_HTTPS=0}, {@code SECURE_SSL_REDIRECT=False}, OJS's {@code force_login_ssl=Off}
 * (forty-third pass: the login pages alone, where the passwords go), ingress-nginx's
 * {@code controller.config.ssl-redirect=false} (forty-fourth pass: the cluster's public entry), Appwrite's
 * {@code _APP_OPTIONS_FORCE_HTTPS=disabled}, iTop's {@code secure_connection_required=false}, Keycloak's
 * {@code ssl-required=none} through
 * {@link HttpsRequirements}): a WARN, since a platform
 * (Cloud Run, a load balancer) may redirect in front. A requirement of SSL or TLS ({@code security.require-ssl}) is
 * {@link ServerTlsSwitches}'s.</li>
 * </ul>
 *
 * Telemetry exporters ({@code OTEL_EXPORTER_OTLP_PROTOCOL=http}, a transport name), health probes
 * ({@code livenessProbe.httpGet.scheme=HTTP}), scrape jobs, a load balancer's back-end protocol, a service's
 * internal protocol ({@code DOCKER_SERVICE_PROTOCOL}) and development switches ({@code USE_HTTPS_FOR_DEV}) are not
 * read, nor a scheme whose client's host beside it is loopback (a local agent) or whose section's public URL is https
 * ({@link ProxiedListeners}), nor a value that keeps TLS ({@code https}, {@code wss}, {@code tls}). Stateless.
 */
final class PlainHttpSwitches {

    /** The list of a Fly.io port block's handlers ({@code services[0].ports[0].handlers[0]}). */
    private static final String HANDLERS = "handlers[";
    private static final Set<String> SCHEME_WORDS = Set.of("proto", "protocol", "scheme", "overwriteprotocol");
    private static final Set<String> PLAIN_VALUES = Set.of("http", "http://", "ws", "ws://");
    /** Words that make the scheme the one of the URLs the service hands out. */
    private static final Set<String> HANDED_OUT = Set.of("overwriteprotocol", "preferred", "public", "external");
    private static final Set<String> FORCE_WORDS = Set.of("force", "enforce", "always");
    private static final Set<String> COMPOUND_FORCE = Set.of("forcessl", "forcehttps", "requirehttps", "requiressl",
            "enforcehttps");
    private static final Set<String> HTTPS_WORDS = Set.of("https", "ssl", "tls");
    private static final Set<String> OFF_VALUES = Set.of("false", "0", "off", "no", "disabled");
    private static final Set<String> NOT_READ = Set.of("otlp", "otel", "telemetry", "exporter", "tracing", "metrics",
            "probe", "liveness", "readiness", "startup", "httpget", "health", "healthcheck", "scrape", "backend",
            "upstream", "target", "internal", "service", "container", "docker", "agent", "consul", "sidecar", "local",
            "dev", "development", "test", "testing", "redirections", "entrypoint", "ingress", "lb", "loadbalancer",
            "deeplink", "metadata", "mail", "smtp", "imap", "cookie", "hsts", "admin", "debug");


    /** The last word of a server's own insecure-mode switch ({@code KURRENTDB_INSECURE}). */
    private static final String INSECURE = "insecure";

    private PlainHttpSwitches() {
    }

    /**
     * A server's insecure mode switched on (forty-seventh pass): the whole key {@code INSECURE} or a product's name
     * and {@code INSECURE} ({@code KURRENTDB_INSECURE}, {@code EVENTSTORE_INSECURE}), which KurrentDB documents as
     * "disable TLS and authentication", and a reverse proxy's template as "start without TLS certificates". Labelled
     * FLAG in sets 81 and 206 (and 10, beyond the gates), clean only when false. A WARN, as the other switches: a
     * proxy in front may still carry TLS. Longer keys ({@code OTEL_EXPORTER_OTLP_INSECURE}, a telemetry exporter's
     * plain hop to its collector, labelled clean), a TLS section's switch ({@code tls.insecure}, a certificate check
     * the verification rules read as {@code sandbox.tls-unverified}) and a file that declares development are not
     * read.
     */
    private static @Nullable Finding insecureMode(Settings settings, Setting setting) {
        String key = setting.key();
        if (key.length() < INSECURE.length() || !AsciiCase.endsWith(key, INSECURE)) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size == 0 || size > 2 || !words.get(size - 1).equals(INSECURE) || size == 2
                && HTTPS_WORDS.contains(words.get(0)) || !read(words) || DeclaredDevelopment.in(settings)) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(key + " runs in its insecure mode in production: TLS, its certificate checks or (with some "
                        + "products) authentication are off, so credentials and data cross the network unprotected.")
                .remediation("Turn " + key + " off and give the server a certificate; if a proxy in front "
                        + "terminates TLS, waive this finding.")
                .build();
    }

    /**
     * Whether the rule reads a setting of this key at all: its last letter is one a scheme, protocol or force-HTTPS
     * key ends in ({@code proto}, {@code protocol}, {@code scheme}, {@code https}, {@code ssl}, {@code tls},
     * {@code redirect}), or it ends in {@code required} ({@code sslRequired}) or {@code HttpsMetadata}.
     *
     * @param key a setting key
     * @return {@code false} when {@link #judge} finds nothing whatever the value
     */
    static boolean judgesKey(String key) {
        int length = key.length();
        if (length < 5) {
            return false;
        }
        if (key.charAt(length - 1) == ']') {
            return key.contains(HANDLERS);
        }
        char last = (char) (key.charAt(length - 1) | 0x20);
        return last == 'o' || last == 'l' || last == 'e' || last == 's' || last == 't'
                || last == 'd' && AsciiCase.endsWith(key, "required")
                || last == 'a' && AsciiCase.endsWith(key, "httpsmetadata");
    }

    /**
     * The finding on plain HTTP chosen by a switch, or {@code null}.
     *
     * @param settings all settings, read only for a scheme's sibling host
     * @param setting the setting, judged for production
     * @return a {@code sandbox.tls-off} finding, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String value = setting.value().strip();
        int length = value.length();
        if (length < 1 || length > 8) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        boolean plain = PLAIN_VALUES.contains(lower);
        if (SwitchOn.isOn(lower)) {
            return insecureMode(settings, setting);
        }
        if (!plain && !OFF_VALUES.contains(lower)) {
            return lower.equals("none") ? HttpsRequirements.judge(setting) : null;
        }
        if (setting.key().charAt(setting.key().length() - 1) == ']') {
            return lower.equals("http") ? plainEntryPort(settings, setting) : null;
        }
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size == 0) {
            return null;
        }
        String last = words.get(size - 1);
        if (!plain && HttpsRequirements.externalInsecure(words)) {
            return scheme(setting, true);
        }
        if (plain) {
            if (!SCHEME_WORDS.contains(last) || !read(words)
                    || size == 1 && !last.equals("overwriteprotocol") && DeclaredDevelopment.in(settings)) {
                return null;
            }
            boolean handedOut = handedOut(words);
            return handedOut || !(size > 2 && loopbackSibling(settings, setting.key()))
                    && !ProxiedListeners.behindHttpsProxy(settings, setting.key())
                    ? scheme(setting, handedOut || namesBrowsedSite(words)) : null;
        }
        boolean force = COMPOUND_FORCE.contains(last)
                || size >= 2 && HTTPS_WORDS.contains(last) && FORCE_WORDS.contains(words.get(size - 2))
                || size >= 2 && last.equals("https") && words.get(size - 2).equals("require")
                || size >= 2 && last.equals("redirect") && HTTPS_WORDS.contains(words.get(size - 2))
                || size >= 3 && HTTPS_WORDS.contains(last) && words.get(size - 2).equals("login")
                && FORCE_WORDS.contains(words.get(size - 3))
                || securedConnectionRequired(words);
        if (size >= 3 && last.equals("metadata") && words.get(size - 2).equals("https")
                && words.get(size - 3).equals("require")) {
            return DeclaredDevelopment.in(settings) ? null : metadataOverHttp(setting);
        }
        return force && (read(words) || controllerConfig(words)) && !DeclaredDevelopment.in(settings)
                ? forceOff(setting) : null;
    }

    /**
     * ASP.NET Core's {@code RequireHttpsMetadata=false} (forty-seventh pass): the JWT bearer or OpenID Connect handler
     * then fetches its identity provider's discovery document and signing keys over plain HTTP, so whoever is on the
     * path can hand it keys that make forged tokens valid. Microsoft's documentation says to turn it off only in
     * development, which a file that declares development keeps quiet.
     */
    private static Finding metadataOverHttp(Setting setting) {
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " lets the service fetch its identity provider's metadata and token signing"
                        + " keys over plain HTTP in production: whoever is on the path can make forged tokens valid.")
                .remediation("Turn " + setting.key() + " on (the default) and give the authority an https:// address;"
                        + " keep it off only in development.")
                .build();
    }

    /**
     * Whether a key sits in an ingress controller's own configuration (forty-fourth pass): ingress-nginx's chart values
     * {@code controller.config.ssl-redirect} and {@code force-ssl-redirect}, the controller's global ConfigMap. The
     * controller is the cluster's public entry, so its redirect turned off answers every ingress over plain HTTP; an
     * ingress's own annotation or a back end's protocol behind it stays unread ({@code ingress} is no front-end word
     * elsewhere).
     */
    private static boolean controllerConfig(List<String> words) {
        return words.contains("controller") && words.contains("config")
                && (words.contains("ingress") || words.contains("nginx"));
    }

    /**
     * Fly.io's public port 80 handed to the plain {@code http} handler with no redirect (fortieth pass):
     * {@code services[0].ports[0].handlers[0]=http} beside {@code services[0].ports[0].port=80} and no
     * {@code force_https=true} in the same port block. Fly's edge then answers the service's public name on plain
     * HTTP as well as on 443, and whatever a client sends there (logins, tokens, cookies without the Secure flag)
     * crosses the internet readable. The port block with {@code force_https=true}, Fly's own template, redirects and
     * stays clean, and so do other ports ({@code 443} with {@code tls} and {@code http} handlers).
     */
    private static @Nullable Finding plainEntryPort(Settings settings, Setting setting) {
        String key = setting.key();
        int at = key.lastIndexOf(HANDLERS);
        if (at <= 0 || key.charAt(at - 1) != '.' || key.indexOf('.', at) >= 0) {
            return null;
        }
        String block = key.substring(0, at);
        String port = settings.get(block + "port").map(Setting::value).orElse("").strip();
        if (!port.equals("80") || settings.get(block + "force_https").map(Setting::value)
                .filter(force -> ServerTlsSwitches.on(force.strip())).isPresent()) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(key + " hands the public port 80 to the plain HTTP handler with no redirect to HTTPS in "
                        + "production: the service's public name answers plain HTTP as well, so logins, tokens and "
                        + "cookies sent there cross the internet readable by anyone on the path.")
                .remediation("Set force_https = true in that port block of fly.toml (Fly's template does), or "
                        + "drop port 80.")
                .build();
    }

    /**
     * Whether the key requires a secure connection for the pages it serves: iTop's {@code secure_connection_required}
     * ("force HTTPS for the whole application"), a {@code secure required} switch.
     */
    private static boolean securedConnectionRequired(List<String> words) {
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("required")) {
            return false;
        }
        String before = words.get(size - 2);
        return before.equals("secure") || before.equals("connection") && size >= 3
                && words.get(size - 3).equals("secure");
    }

    /**
     * Whether the scheme's own client points at the local machine ({@code spring.cloud.vault.host=localhost} beside
     * {@code spring.cloud.vault.scheme=http}): a local agent or proxy, where plain HTTP never leaves the machine. Read
     * only for a client's scheme of three words or more (fortieth pass): a two-word {@code <name> protocol} is the
     * site's or the server's own ({@code SEEK_PROTOCOL} beside {@code SEEK_HOST=localhost}, {@code SERVER_PROTOCOL}
     * beside {@code SERVER_URL=127.0.0.1}, Alfresco's {@code alfresco.protocol} beside {@code alfresco.host}), the
     * parts of the address it writes into its links; its loopback host is that address left at its default (and is
     * reported on its own key), not a local agent, and the scheme stays plain HTTP once the host is filled in.
     */
    private static boolean loopbackSibling(Settings settings, String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('_'));
        if (cut <= 0) {
            return false;
        }
        String prefix = key.substring(0, cut + 1);
        boolean upper = Character.isUpperCase(key.charAt(key.length() - 1));
        for (String word : new String[] {"host", "url", "uri", "address"}) {
            String value = settings.get(prefix + (upper ? word.toUpperCase(Locale.ROOT) : word))
                    .map(Setting::value).orElse("");
            if (value.contains("localhost") || value.contains("127.0.0.1")) {
                return true;
            }
        }
        return false;
    }

    private static boolean read(List<String> words) {
        for (String word : words) {
            if (NOT_READ.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words before a scheme key's last word that name the site people browse or the callback their browser returns to
     * (forty-sixth pass): Taiga's {@code SITES.front.scheme}, Cabot's {@code WWW_SCHEME}, Postal's
     * {@code web.protocol}, Symfony's {@code router.request_context.scheme}, {@code OAUTH_CALLBACK_PROTOCOL}.
     */
    private static final Set<String> BROWSED_SITE_WORDS = Set.of("front", "www", "web", "site", "callback", "context");

    /**
     * Whether a scheme key names the scheme of the site people browse or of the callback their browser returns to
     * ({@link #BROWSED_SITE_WORDS} right before the last word): the service writes it into the links it mails and the
     * redirects it sends, like a handed-out scheme, so no proxy in front changes the scheme of those. Read only where a
     * scheme would be a WARN otherwise: a section whose public URL is https or whose client's host is loopback stays
     * clean.
     */
    private static boolean namesBrowsedSite(List<String> words) {
        int size = words.size();
        return size >= 2 && BROWSED_SITE_WORDS.contains(words.get(size - 2));
    }

    private static boolean handedOut(List<String> words) {
        for (String word : words) {
            if (HANDED_OUT.contains(word)) {
                return true;
            }
        }
        int size = words.size();
        return size >= 2 && words.get(size - 2).equals("url") && words.get(size - 1).equals("scheme");
    }

    private static Finding scheme(Setting setting, boolean handedOut) {
        if (handedOut) {
            return Finding.noGo("sandbox.tls-off", setting)
                    .message(setting.key() + " makes plain HTTP the scheme of the URLs the service hands out in "
                            + "production: every link, redirect and callback it generates sends people and their "
                            + "cookies and tokens over the network readable by anyone on the path.")
                    .remediation("Set https in " + setting.key() + " and serve the site over TLS.")
                    .build();
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " chooses plain HTTP (no TLS) for this connection or listener in "
                        + "production: logins, tokens and data cross the network readable by anyone on the path.")
                .remediation("Set https (or wss) in " + setting.key() + "; if a proxy in front terminates TLS, "
                        + "waive this finding.")
                .build();
    }

    private static Finding forceOff(Setting setting) {
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " stops the service from redirecting or requiring HTTPS in production: "
                        + "requests over plain HTTP are answered, with their cookies and tokens readable on the path.")
                .remediation("Turn " + setting.key() + " on; if the platform in front already redirects to HTTPS, "
                        + "waive this finding.")
                .build();
    }
}
