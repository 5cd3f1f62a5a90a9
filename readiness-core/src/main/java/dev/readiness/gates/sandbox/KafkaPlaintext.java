package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Kafka's plain transport where it leaves the deployment (forty-second pass). A broker's listener map that gives a
 * listener named for clients outside ({@code OUTSIDE}, {@code EXTERNAL}, {@code PLAINTEXT_HOST}, {@code PUBLIC})
 * the protocol {@code PLAINTEXT} ({@code KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=INSIDE:PLAINTEXT,OUTSIDE:PLAINTEXT},
 * Bitnami's {@code KAFKA_CFG_…}, {@code listener.security.protocol.map} of {@code server.properties}): that listener
 * is the one published beyond the broker's network, and it takes every record and every client without TLS or
 * sign-in. A client's {@code security.protocol=PLAINTEXT} beside bootstrap servers on a public name sends its
 * records across the internet readable. Left alone: listeners named for the inside ({@code INTERNAL}, {@code CLIENT},
 * {@code CONTROLLER}, {@code PLAINTEXT}) on {@code PLAINTEXT}, an outside listener on {@code SSL} or
 * {@code SASL_SSL}, a client's {@code PLAINTEXT} to a Compose, cluster or loopback broker. Stateless.
 */
final class KafkaPlaintext {

    /** Words of a listener name that say clients outside the broker's network connect there. */
    private static final Set<String> OUTSIDE_WORDS = Set.of("outside", "external", "ext", "host", "public");

    private static final String MAP_ENV = "listener_security_protocol_map";
    private static final String MAP_PROPERTY = "listener.security.protocol.map";

    private KafkaPlaintext() {
    }

    /**
     * Whether a key may be a listener map: it ends with the property's or the environment variable's name.
     *
     * @param key the key as written
     * @return {@code true} for {@code …LISTENER_SECURITY_PROTOCOL_MAP} and {@code …listener.security.protocol.map}
     */
    static boolean namesListenerMap(String key) {
        return key.length() >= MAP_PROPERTY.length()
                && (AsciiCase.endsWith(key, MAP_ENV) || AsciiCase.endsWith(key, MAP_PROPERTY));
    }

    /**
     * The finding on a listener map that leaves an outside listener on {@code PLAINTEXT}, or {@code null}.
     *
     * @param setting the setting, whose key names a listener map
     * @param value the unquoted, stripped value
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeListenerMap(Setting setting, String value) {
        if (value.indexOf('$') >= 0 || value.indexOf('{') >= 0) {
            return null;
        }
        for (String entry : value.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || !entry.substring(colon + 1).strip().equalsIgnoreCase("plaintext")) {
                continue;
            }
            for (String word : entry.substring(0, colon).strip().toLowerCase(Locale.ROOT).split("[_\\-]")) {
                if (OUTSIDE_WORDS.contains(word)) {
                    return Finding.warn("sandbox.tls-off", setting)
                            .message(setting.key() + " maps a Kafka listener named for clients outside the broker's "
                                    + "network to PLAINTEXT in production: every record and every client on it goes "
                                    + "without TLS and without signing in.")
                            .remediation("Map the outside listener to SASL_SSL (or SSL with client certificates), or "
                                    + "keep it off every network but the broker's own and say so with a waiver.")
                            .build();
                }
            }
        }
        return null;
    }

    /**
     * The finding on a Kafka client's {@code security.protocol=PLAINTEXT} beside bootstrap servers on a public name,
     * or {@code null}.
     *
     * @param settings the configuration, for the bootstrap servers beside the protocol
     * @param setting the setting
     * @param value the unquoted, stripped value
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeClientProtocol(Settings settings, Setting setting, String value) {
        if (!value.equalsIgnoreCase("plaintext")) {
            return null;
        }
        String key = setting.key();
        int end = key.length() - "security.protocol".length();
        if (end < 0 || !AsciiCase.endsWith(key, "security.protocol") && !AsciiCase.endsWith(key, "security_protocol")
                && !AsciiCase.endsWith(key, "security-protocol")) {
            return null;
        }
        String prefix = key.substring(0, end);
        String servers = servers(settings, prefix);
        if (servers == null && AsciiCase.endsWith(prefix, "properties.")) {
            servers = servers(settings, prefix.substring(0, prefix.length() - "properties.".length()));
        }
        if (servers == null || servers.indexOf('$') >= 0) {
            return null;
        }
        for (String server : servers.split(",")) {
            String host = server.strip();
            int colon = host.lastIndexOf(':');
            host = colon > 0 ? host.substring(0, colon) : host;
            if (PlainHttpAddresses.publicName(host) && !Hosts.isTemplate(host)) {
                return Finding.warn("sandbox.tls-off", setting)
                        .message(key + " sends this Kafka client's records as PLAINTEXT to brokers on a public name in "
                                + "production: anything on the path reads and alters them.")
                        .remediation("Set " + key + " to SSL or SASL_SSL (the brokers' certificate verified).")
                        .build();
            }
        }
        return null;
    }

    /** The bootstrap servers written beside a protocol key with this prefix, or {@code null}. */
    private static @Nullable String servers(Settings settings, String prefix) {
        for (String name : new String[] {"bootstrap.servers", "bootstrap-servers", "BOOTSTRAP_SERVERS",
            "bootstrapServers", "bootstrap_servers"}) {
            Optional<Setting> found = settings.get(prefix + name);
            if (found.isPresent()) {
                return found.get().value().strip();
            }
        }
        return null;
    }
}
