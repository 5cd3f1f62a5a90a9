package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A client's TLS strategy or mode set to none in production ({@code HATCHET_CLIENT_TLS_STRATEGY=none},
 * {@code TEMPORAL_TLS_MODE=disable}, {@code GRPC_CLIENT_TLS_MODE=plaintext}): the service talks to that back end in
 * clear text, so anything on the path reads and alters the traffic. A strategy that keeps TLS ({@code tls},
 * {@code mtls}) is not read; Mailu's {@code TLS_FLAVOR=notls} (a TLS flavour that is none) counts too, its
 * certificate flavours ({@code cert}, {@code letsencrypt}) do not. Alfresco's {@code solr.secureComms=none} (the
 * repository's secure communications with Solr set to none: neither TLS nor its shared secret) counts too, its
 * {@code https} and {@code secret} modes do not (thirty-eighth pass). A database's SSL mode
 * ({@code DB_SSL_MODE=disable}) is not read: the database gate judges it.
 */
final class ClientTlsModes {

    private ClientTlsModes() {
    }

    private static final Set<String> OFF_VALUES = Set.of("none", "disable", "disabled", "off", "plaintext",
            "insecure", "plain", "notls", "nossl");

    private static final String SASL_PLAINTEXT = "sasl_plaintext";

    /**
     * The finding on a Kafka client's {@code security.protocol=SASL_PLAINTEXT} in production, or {@code null}: the
     * client signs in with SASL over a connection without TLS. With the {@code PLAIN} mechanism (named beside it, or its
     * JAAS login module) the password itself crosses the network readable: a NO-GO; with another mechanism the
     * records do: a WARN. {@code SASL_SSL}, {@code SSL} and {@code PLAINTEXT} without credentials are not read
     * (thirty-sixth pass).
     *
     * @param settings the configuration, for the mechanism beside the protocol
     * @param setting the setting
     * @param value the unquoted, stripped value
     * @return a {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeSaslPlaintext(Settings settings, Setting setting, String value) {
        if (value.length() != SASL_PLAINTEXT.length() || !value.equalsIgnoreCase(SASL_PLAINTEXT)) {
            return null;
        }
        String key = setting.key();
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("protocol") || !words.get(size - 2).equals("security")) {
            return null;
        }
        String prefix = key.substring(0, key.length() - "security.protocol".length());
        boolean plain = false;
        for (String sibling : new String[] {"sasl.mechanism", "SASL_MECHANISM", "sasl_mechanism", "sasl.jaas.config",
            "SASL_JAAS_CONFIG"}) {
            String mechanism = settings.get(prefix + sibling).map(Setting::value).orElse("").strip();
            plain |= mechanism.equalsIgnoreCase("plain") || mechanism.contains("PlainLoginModule");
        }
        Finding.Builder finding = plain ? Finding.noGo("sandbox.tls-off", setting) : Finding.warn("sandbox.tls-off", setting);
        return finding
                .message(key + " signs this Kafka client in with SASL over a connection without TLS"
                        + (plain ? ": with the PLAIN mechanism its password crosses the network readable, and every "
                        + "record after it." : ": every record crosses the network readable."))
                .remediation("Set " + key + " to SASL_SSL (the brokers' certificate verified), or keep the plain "
                        + "listener inside a network that encrypts it and say so with a waiver.")
                .build();
    }

    /**
     * The finding on a TLS strategy or mode that turns TLS off, or {@code null}.
     *
     * @param setting the setting, for its key and origin
     * @param value the unquoted, stripped value
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() > 9 || !OFF_VALUES.contains(value.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        if (!SandboxKey.namesClientTlsMode(words)) {
            return null;
        }
        for (String word : words) {
            if (DatabaseWords.STORES.contains(word)) {
                return null;
            }
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " turns TLS off for a connection in production: the service and that back end "
                        + "talk in clear text, so anything on the path reads and alters what they send.")
                .remediation("Set a TLS strategy in " + setting.key() + " (the server's certificate verified), or "
                        + "keep the plain connection inside a network that encrypts it and say so with a waiver.")
                .build();
    }
}
