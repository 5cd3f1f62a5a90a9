package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A section's own TLS switch turned off while the same section binds every interface (forty-fourth pass): Qdrant's
 * {@code service.enable_tls=false} beside {@code service.host=0.0.0.0}, openTCS's {@code servicewebapi.useSsl=false}
 * beside {@code servicewebapi.bindAddress=0.0.0.0}, InfluxDB's {@code http.https-enabled=false} beside
 * {@code http.bind-address=:8086}. The bind address says the section is a listener other hosts reach, not a client
 * (a client's host is never the unspecified address), so its API and whatever credentials it takes are served in
 * clear text. A file that declares a TLS-terminating front (an ingress, forwarded-header handling, trusted proxies:
 * Graylog's {@code trusted_proxies} beside {@code http_enable_tls=false}) leaves it alone, and so do a bind on
 * loopback or a named host, a section with no bind address, and mail, broker, cluster and client sections (other
 * rules' or another link). A WARN: a proxy the file does not show may still sit in front. Stateless.
 */
final class PlainBoundListeners {

    private static final Set<String> BIND_WORDS = Set.of("host", "address", "addr", "bind", "listen");
    private static final Set<String> OTHER_SECTIONS = Set.of("client", "clients", "mail", "email", "smtp", "imap",
            "pop3", "ldap", "kafka", "rabbitmq", "amqp", "broker", "mqtt", "nats", "cluster", "peer", "p2p", "node",
            "upstream", "backend", "proxy", "outbound", "remote", "database", "db", "redis");

    private PlainBoundListeners() {
    }

    /**
     * The finding on a listener section's TLS switch turned off while it binds every interface, or {@code null}.
     *
     * @param settings all settings, read for the section's bind address and a TLS-terminating front
     * @param setting a switch whose value turns it off, its key ending in {@code ssl}, {@code tls} or
     *     {@code enabled}
     * @param terminatedInFront whether the file declares an ingress or forwarded-header handling, asked last
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Settings settings, Setting setting, BooleanSupplier terminatedInFront) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2) {
            return null;
        }
        int switchWords = PublicLinkTls.switchWords(asTls(words.get(size - 1)), asTls(words.get(size - 2)));
        int cut = size - switchWords;
        if (switchWords == 0 || cut < 1 || otherSection(words)) {
            return null;
        }
        String bind = PublicLinkTls.sibling(settings, setting.key(), words, cut, BIND_WORDS, Set.of(),
                address -> unspecified(address.strip()));
        if (bind == null || trustsProxies(settings) || terminatedInFront.getAsBoolean()) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " switches TLS off on a listener whose " + bind + " binds every interface "
                        + "in production: its API, and the keys and passwords sent to it, cross the network in clear "
                        + "text.")
                .remediation("Turn " + setting.key() + " on with a certificate, bind " + bind + " to loopback behind "
                        + "a TLS-terminating proxy, or waive this finding if such a proxy is in front.")
                .build();
    }

    /** {@code https} read as {@code tls}: InfluxDB's {@code https-enabled} is the same switch as {@code tls.enabled}. */
    private static String asTls(String word) {
        return word.equals("https") ? "tls" : word;
    }

    private static boolean otherSection(List<String> words) {
        for (String word : words) {
            if (OTHER_SECTIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address is the unspecified one, with or without a port: {@code 0.0.0.0}, {@code [::]}, {@code :8086}. */
    static boolean unspecified(String address) {
        int colon = address.lastIndexOf(':');
        String host = address;
        if (colon >= 0 && colon < address.length() - 1 && !address.equals("::")) {
            boolean port = true;
            for (int i = colon + 1; i < address.length(); i++) {
                port &= Character.isDigit(address.charAt(i));
            }
            host = port ? address.substring(0, colon) : address;
        }
        return host.isEmpty() && colon >= 0 || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")
                || host.equals("*");
    }

    /** Whether the file names proxies it trusts (Graylog's {@code trusted_proxies}): a TLS-terminating front. */
    private static boolean trustsProxies(Settings settings) {
        for (Setting other : settings) {
            String key = other.key();
            if (AsciiCase.contains(key, "trusted_prox") || AsciiCase.contains(key, "trustedprox")
                    || AsciiCase.contains(key, "trusted-prox")) {
                return true;
            }
        }
        return false;
    }
}
