package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.DatabaseServerImages;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A server's own TLS switched off in production: {@code server.ssl.enabled=false} (Spring Boot's connector, CAS),
 * {@code micronaut.server.ssl.enabled=false}, or a bare {@code TLS_ENABLED=false} / {@code SSL_ENABLED=0}, the
 * service's one TLS switch, also dotted at the top of a file, where it is the file's own product's TLS section
 * ({@code tls.enabled=false} in a broker chart's values, AdGuard Home's or Tinode's configuration; fortieth pass: a
 * server bound to loopback alone, {@code listen=false} or {@code bind_host=127.0.0.1}, and a database chart's switch,
 * the database gate's, are left), its TLS port set to {@code 0} ({@code CHAINLINK_TLS_PORT=0}), its HTTPS switch off
 * ({@code server.https=off}), its requirement of TLS turned off ({@code security.require-ssl=false}), and a switch
 * that runs it insecure ({@code SERVER_GRPC_INSECURE=t}, {@code CELLS_NO_TLS=1}). Its listener then serves plain
 * HTTP or gRPC, and every login, token and cookie crosses
 * the network in clear text. A TLS-terminating front that the file itself declares makes it the ordinary set-up and
 * is left alone: an ingress ({@code ingress.enabled=true}, any {@code ingress…} key) or forwarded-header handling
 * ({@code server.forward-headers-strategy}, {@code KC_PROXY_HEADERS}, {@code use-forwarded-headers}). A client's or a
 * back end's switch ({@code client.ssl.enabled}, {@code kafka.ssl.enabled}, {@code redis.tls_enabled}, a database's)
 * is not the server's own and is not read here. A listener block with TLS disabled that binds an address other hosts
 * reach ({@code listener.tcp.tls_disable=1} beside {@code listener.tcp.address=0.0.0.0:8200}, Vault's and OpenBao's
 * HCL) is a NO-GO: Vault's production hardening guide asks for TLS end to end, on every connection, also between a
 * load balancer or proxy in front and Vault. Stateless.
 */
final class ServerTlsSwitches {

    private static final String[] OFF_VALUES = {"false", "0", "off", "no"};
    /** {@code t} is Go's {@code strconv.ParseBool} spelling (Hatchet's {@code SERVER_GRPC_INSECURE=t}). */
    private static final String[] ON_VALUES = {"true", "1", "on", "yes", "t"};
    private static final Set<String> TLS_WORDS = Set.of("ssl", "tls");
    /** Top-level keys that give the address a file's own server binds: {@link #localOnly}. */
    private static final String[] BIND_KEYS = {"listen", "host", "bind", "bind_host", "bind_address", "bind_addr",
        "listen_address", "address"};
    private static final Set<String> SWITCH_WORDS = Set.of("enabled", "enable");
    /** The words before {@code https} that make a switch the service's own: {@link #httpsOff}. */
    private static final Set<String> OWN_HTTPS_WORDS = Set.of("server", "webserver", "local", "ui");
    /** The first of two words that make the product's own HTTPS switch ({@code ENABLE_HTTPS}, {@code USE_HTTPS}). */
    private static final Set<String> SWITCH_HTTPS_WORDS = Set.of("enable", "use");
    private static final Set<String> NOT_OWN_WORDS = Set.of("client", "clients", "mail", "smtp", "imap", "pop3",
            "ldap", "kafka", "rabbitmq", "amqp", "broker", "mqtt", "nats", "internal", "cluster", "peer", "node",
            "admin", "management", "upstream", "backend", "proxy", "outbound", "remote");

    private ServerTlsSwitches() {
    }

    /**
     * The finding on a server's own TLS switch turned off in production, or {@code null}.
     *
     * @param settings all settings, read only when the switch is off, for a TLS-terminating front
     * @param setting the setting
     * @return a WARN {@code sandbox.tls-off} (a NO-GO for a secret store's listener other hosts reach), or
     *     {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String value = setting.value();
        int length = value.length();
        if (length == 0 || length > 5) {
            return null;
        }
        if (!off(value)) {
            if (on(value)) {
                return disabled(settings, setting);
            }
            if (length < 4) {
                return null;
            }
            String key = setting.key();
            return AsciiCase.endsWith(key, "port") ? PublicLinkTls.judgePort(settings, setting)
                    : PlainBrokerListeners.judgesKey(key) ? PlainBrokerListeners.judge(settings, setting) : null;
        }
        String key = setting.key();
        if (AsciiCase.endsWith(key, "ssl") || AsciiCase.endsWith(key, "tls") || AsciiCase.endsWith(key, "required")) {
            Finding portOff = value.strip().equals("0") ? tlsPortOff(settings, setting) : null;
            portOff = portOff != null || key.length() != PROXY_SSL.length() ? portOff : publicProxyOff(settings, setting);
            portOff = portOff != null ? portOff : requiredOff(settings, setting);
            if (portOff != null || AsciiCase.endsWith(key, "required")) {
                return portOff;
            }
            Finding link = PublicLinkTls.judgeSwitch(settings, setting);
            return link != null ? link
                    : PlainBoundListeners.judge(settings, setting, () -> terminatedInFront(settings));
        }
        if (AsciiCase.endsWith(key, "port")) {
            return value.strip().equals("0") ? tlsPortOff(settings, setting) : null;
        }
        if (AsciiCase.endsWith(key, "https")) {
            return httpsOff(settings, setting);
        }
        if (AsciiCase.endsWith(key, "active")) { // MESSAGE_BROKER_SSL_ACTIVE=False: a client's, never the server's
            return PublicLinkTls.judgeSwitch(settings, setting);
        }
        if (!AsciiCase.endsWith(key, "enabled") && !AsciiCase.endsWith(key, "enable")) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !SWITCH_WORDS.contains(words.get(size - 1))
                || !TLS_WORDS.contains(words.get(size - 2)) && !words.get(size - 2).equals("https")) {
            return null;
        }
        if (!ownServer(key, words)) {
            Finding link = TLS_WORDS.contains(words.get(size - 2)) ? PublicLinkTls.judgeSwitch(settings, setting) : null;
            return link != null ? link
                    : PlainBoundListeners.judge(settings, setting, () -> terminatedInFront(settings));
        }
        if (terminatedInFront(settings) || size == 2 && (localOnly(settings) || DatabaseServerImages.named(settings))) {
            return null;
        }
        return finding(setting, "turns the server's own TLS off", "Turn TLS on in ");
    }

    /**
     * A server's TLS switched off by a switch that says so when on: HashiCorp Vault's and Consul's listener
     * {@code listener.tcp.tls_disable=1} (or {@code true}), a bare {@code TLS_DISABLE=true}. A client's or a back
     * end's switch ({@code MQTT_NO_TLS=true}, {@code broker.tls_disabled=true}) is {@link PublicLinkTls}'s, read
     * only beside a public host, as for {@code ssl.enabled=false}.
     */
    private static @Nullable Finding disabled(Settings settings, Setting setting) {
        String key = setting.key();
        if (AsciiCase.endsWith(key, "insecure") || AsciiCase.endsWith(key, "tls") || AsciiCase.endsWith(key, "ssl")) {
            Finding own = ownInsecure(settings, setting);
            return own != null || AsciiCase.endsWith(key, "insecure") ? own
                    : PublicLinkTls.judgeNegatedSwitch(settings, setting);
        }
        if (!AsciiCase.endsWith(key, "disable") && !AsciiCase.endsWith(key, "disabled")) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !TLS_WORDS.contains(words.get(size - 2))) {
            return null;
        }
        if (!ownServer(key, words)) {
            return PublicLinkTls.judgeNegatedSwitch(settings, setting);
        }
        if (terminatedInFront(settings)) {
            return null;
        }
        if (words.contains("listener") && listensBeyondTheHost(settings, key)) {
            return Finding.noGo("sandbox.tls-off", setting)
                    .message(setting.key() + " turns TLS off on a listener (Vault's or OpenBao's block) that takes"
                            + " connections from other hosts in production: every client token and every secret it"
                            + " hands out crosses the network in clear text. HashiCorp's production hardening guide"
                            + " asks for TLS end to end, on every connection, also between a load balancer or proxy"
                            + " and Vault.")
                    .remediation("Give the listener a certificate and key (tls_cert_file, tls_key_file) and remove "
                            + setting.key() + ".")
                    .build();
        }
        return finding(setting, "turns the server's own TLS off", "Turn TLS on in ");
    }

    /**
     * A server's own listener told to run without TLS by a switch that says so when on (fortieth pass): Hatchet's
     * {@code SERVER_GRPC_INSECURE=t} (the engine's gRPC port, which the workers dial, without TLS), a
     * {@code server.insecure=true}: {@code insecure} right after {@code server}, or after {@code grpc} right after
     * it (an {@code http} word makes it an HTTP client's switch, {@link TlsVerification}'s); and a product's own
     * {@code NO_TLS} or {@code DISABLE_TLS} switch as one environment variable of three words (Pydio Cells'
     * {@code CELLS_NO_TLS=1}, PhotoPrism's {@code PHOTOPRISM_DISABLE_TLS=true}). An exporter's or a client's switch
     * ({@code API_SERVER_OTEL_EXPORTER_OTLP_INSECURE}, {@code EMAIL_SMTP_NO_TLS}) names another link and is not read,
     * nor a TLS-terminating front.
     */
    private static @Nullable Finding ownInsecure(Settings settings, Setting setting) {
        String key = setting.key();
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || notOwn(words)) {
            return null;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        boolean own;
        if (last.equals("insecure")) {
            own = before.equals("server")
                    || size >= 3 && before.equals("grpc") && words.get(size - 3).equals("server");
        } else {
            own = TLS_WORDS.contains(last) && (before.equals("no") || before.equals("disable")) && size == 3
                    && key.indexOf('.') < 0;
        }
        if (!own || terminatedInFront(settings)) {
            return null;
        }
        return finding(setting, "runs the server's own listener without TLS", "Give the server a certificate and "
                + "switch off ");
    }

    /**
     * Whether a listener block ({@code listener.tcp.tls_disable} beside {@code listener.tcp.address}, Vault's and
     * OpenBao's HCL) binds an address other hosts reach: the unspecified address ({@code 0.0.0.0:8200}, {@code [::]},
     * an empty host) or any host that is not loopback. With no address the listener keeps Vault's default,
     * {@code 127.0.0.1:8200}, which only the machine itself reaches, and a Boundary listener (a {@code purpose}
     * beside it) is another product's; neither is read.
     */
    private static boolean listensBeyondTheHost(Settings settings, String key) {
        String section = key.substring(0, key.lastIndexOf('.') + 1);
        if (section.isEmpty() || settings.get(section + "purpose").isPresent()) {
            return false;
        }
        Optional<Setting> address = settings.get(section + "address");
        if (address.isEmpty() || address.get().isDeferred()) {
            return false;
        }
        String value = address.get().value().strip();
        String host;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            host = close > 0 ? value.substring(1, close) : value;
        } else {
            int colon = value.indexOf(':');
            host = colon >= 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
        }
        return host.isEmpty() || Ip.isUnspecified(host) || !Hosts.isLoopback(host)
                && host.indexOf('/') < 0;
    }

    /**
     * A server's HTTPS switch turned off: DHIS2's {@code server.https=off} (its secure settings, for a server reached
     * over HTTPS), PeerTube's {@code PEERTUBE_WEBSERVER_HTTPS=false}, AFFiNE's {@code AFFINE_SERVER_HTTPS=false}: the
     * key's last words {@code server https} or {@code webserver https}; also Mastodon's {@code LOCAL_HTTPS=false} and
     * Lemmy's {@code LEMMY_UI_HTTPS=false} (thirty-eighth pass), which make the instance and its web UI build their
     * links and federation addresses as {@code http://}; and the product's own switch in two words (fortieth pass:
     * Open edX Tutor's {@code ENABLE_HTTPS=false}, {@code USE_HTTPS=false}; {@code https.enabled=false} and Trino's
     * {@code server.config.https.enabled=false} are read with the {@code enabled} switches). A switch that enables
     * HTTPS on some other
     * listener ({@code DNS_SERVER_WEB_SERVICE_ENABLE_HTTPS}), a listen switch ({@code nginx.listen_https}) or a
     * client's ({@code docker.cluster.https}) ends otherwise and is not read.
     */
    private static @Nullable Finding httpsOff(Settings settings, Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("https") || notOwn(words)
                || !OWN_HTTPS_WORDS.contains(words.get(size - 2))
                && !(size == 2 && SWITCH_HTTPS_WORDS.contains(words.get(0)))
                || terminatedInFront(settings)) {
            return null;
        }
        return finding(setting, "turns the server's HTTPS off", "Turn HTTPS on in ");
    }

    /**
     * A server's TLS port set to {@code 0}, which switches its TLS listener off (Chainlink's
     * {@code CHAINLINK_TLS_PORT=0}, {@code HTTPS_PORT=0}, and the port written first, OpenOlat's
     * {@code server.port.ssl=0}; thirty-eighth pass): only its plain port answers. A client's or a back end's port is
     * not read, and neither is a TLS-terminating front.
     */
    private static @Nullable Finding tlsPortOff(Settings settings, Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2 || notOwn(words)) {
            return null;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        boolean tlsPort = last.equals("port") && (TLS_WORDS.contains(before) || before.equals("https"))
                || before.equals("port") && TLS_WORDS.contains(last);
        if (!tlsPort || terminatedInFront(settings)) {
            return null;
        }
        return finding(setting, "sets the server's TLS port to 0, which switches its TLS listener off", "Give a TLS "
                + "port in ");
    }

    private static final String PROXY_SSL = "proxy.ssl";

    /**
     * Kamal's {@code proxy.ssl=false} beside {@code proxy.host} (or {@code proxy.hosts[0]}) on a public name
     * (forty-second pass): kamal-proxy answers that name on the server itself, the public entry, and with
     * {@code ssl} off it serves the application in plain HTTP there. Without a host (a load-balancer accessory in
     * front terminates TLS, 37signals' own deploys) or beside a template or internal host it is left alone.
     */
    private static @Nullable Finding publicProxyOff(Settings settings, Setting setting) {
        if (!setting.key().equalsIgnoreCase(PROXY_SSL)) {
            return null;
        }
        for (String name : new String[] {"proxy.host", "proxy.hosts[0]"}) {
            Optional<Setting> host = settings.get(name);
            String value = host.isPresent() ? host.get().value().strip() : "";
            if (!value.isEmpty() && PlainHttpAddresses.publicName(value) && !Hosts.isTemplate(value)) {
                return Finding.warn("sandbox.tls-off", setting)
                        .message(setting.key() + " switches TLS off on Kamal's proxy, which answers the deployment's "
                                + "public name on the server itself in production: the application is served in plain "
                                + "HTTP there, logins and cookies readable on the path.")
                        .remediation("Set " + setting.key() + "=true (Let's Encrypt for the proxy's host), or declare "
                                + "the load balancer in front that terminates TLS and waive this finding.")
                        .build();
            }
        }
        return null;
    }

    /**
     * {@code security.require-ssl=false}, {@code server.ssl-required=false}: the server's requirement of TLS switched
     * off, so it answers plain HTTP as well. A client's, a back end's or a database's requirement is not read.
     */
    private static @Nullable Finding requiredOff(Settings settings, Setting setting) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2) {
            return null;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        boolean required = TLS_WORDS.contains(last) && before.equals("require")
                || last.equals("required") && TLS_WORDS.contains(before);
        if (!required || notOwn(words) || terminatedInFront(settings)) {
            return null;
        }
        return finding(setting, "stops the server from requiring TLS", "Require TLS in ");
    }

    private static Finding finding(Setting setting, String what, String fix) {
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " " + what + " in production, and nothing in the configuration terminates "
                        + "TLS in front of it: its listener serves plain text, so logins, tokens and cookies cross the "
                        + "network readable by anyone on the path.")
                .remediation(fix + setting.key() + ", or declare the TLS-terminating proxy or ingress in front of the "
                        + "service and waive this finding.")
                .build();
    }

    private static boolean notOwn(List<String> words) {
        for (String word : words) {
            if (NOT_OWN_WORDS.contains(word) || DatabaseWords.STORES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a switch's value turns it on: {@code true}, {@code 1}, {@code on}, {@code yes} or {@code t}. */
    static boolean on(String value) {
        for (String word : ON_VALUES) {
            if (word.length() == value.length() && word.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a switch's value turns it off: {@code false}, {@code 0}, {@code off} or {@code no}, in any case. */
    static boolean off(String value) {
        for (String word : OFF_VALUES) {
            if (word.length() == value.length() && word.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code TLS_ENABLED} alone as an environment variable (a dotted {@code ssl.enabled} may sit under any
     * component), or a key that says {@code server} and names no client, back end or peer link.
     */
    private static boolean ownServer(String key, List<String> words) {
        if (notOwn(words)) {
            return false;
        }
        return words.size() == 2 || words.contains("server") || words.contains("listener");
    }

    /**
     * Whether the file keeps its server on the machine itself: a top-level {@code listen} switch turned off
     * (SillyTavern's {@code listen=false}: only loopback is bound), or a top-level bind address on loopback
     * ({@code bind_host=127.0.0.1}, {@code host=localhost}). Plain text then never leaves the host.
     */
    private static boolean localOnly(Settings settings) {
        Optional<Setting> listen = settings.get("listen");
        if (listen.isPresent() && off(listen.get().value().strip())) {
            return true;
        }
        for (String name : BIND_KEYS) {
            Optional<Setting> bind = settings.get(name);
            if (bind.isPresent()) {
                String host = bind.get().value().strip();
                int colon = host.lastIndexOf(':');
                host = colon > 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
                if (Hosts.isLoopback(host) && !Ip.isUnspecified(host)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the file declares a TLS-terminating front: an ingress (any {@code ingress…} key) or forwarded-header
     * handling. An ingress the file switches off ({@code ingress.enabled=false}, a chart's default) is no front:
     * its hosts and TLS list are never deployed (forty-second pass).
     */
    static boolean terminatedInFront(Settings settings) {
        Optional<Setting> ingress = settings.get("ingress.enabled");
        boolean ingressOff = ingress.isPresent() && off(ingress.get().value().strip());
        for (Setting other : settings) {
            String key = other.key();
            if (!ingressOff && AsciiCase.regionIs(key, 0, "ingress") || AsciiCase.contains(key, "forward-headers")
                    || AsciiCase.contains(key, "forwardheaders") || AsciiCase.contains(key, "forwarded-headers")
                    || AsciiCase.contains(key, "proxy_headers") || AsciiCase.contains(key, "proxy-headers")
                    || AsciiCase.contains(key, "forwarded_headers") || AsciiCase.contains(key, "forward_headers")) {
                return true;
            }
        }
        return false;
    }
}
