package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.DatabaseWords;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A client's link switched to plain text while the host it talks to, named beside it, is on the internet (forty-third
 * pass): a TLS switch turned off ({@code tracer-kronos.use_ssl=False} beside {@code tracer-kronos.brokers} on a
 * public broker, {@code newrelic_ssl=false} beside {@code newrelic_collector_host}), or a messaging client's port set
 * to its protocol's plain-text port ({@code MQTT_PORT=1883} beside {@code MQTT_DOMAIN}, AMQP's {@code 5672}, STOMP's
 * {@code 61613}). The companion is a key with the switch's own words before it and one host word after
 * ({@code host}, {@code server}, {@code brokers}, {@code endpoint}, {@code url}, {@code domain}, one qualifier
 * allowed: {@code collector_host}), whose first address is a public name under a real top-level domain. The switch
 * alone says nothing about where the bytes go: a Compose or cluster service, loopback, a private address, a template
 * or a reference beside it leaves the switch to the label policy's plain-is-fine, and no companion leaves it unread.
 * The service's own listener ({@code server}, {@code http}, {@code listener} words, or an {@code external},
 * {@code public}, {@code base} companion: its address handed out, where a proxy terminates TLS), mail (STARTTLS
 * upgrades), LDAP, databases and object stores are other rules'. A WARN: the data and the credentials beside the
 * switch cross the internet readable. A message broker client's switch ({@code MQTT_SSL=false},
 * {@code rabbitmq.tls=false}, {@code KAFKA_TLS_ENABLED=false}) needs only a broker named beside it, wherever that is
 * (forty-fifth pass, {@link #messagingOff}). Stateless.
 */
final class PublicLinkTls {

    private static final Set<String> TLS_WORDS = Set.of("ssl", "tls");
    /** Words before {@code tls} or {@code ssl} that make a switch say plain text when on ({@code MQTT_NO_TLS}). */
    private static final Set<String> NEGATIONS = Set.of("no", "disable", "without");
    private static final Set<String> HOST_WORDS = Set.of("host", "hostname", "server", "servers", "broker",
            "brokers", "endpoint", "address", "addr", "url", "uri", "domain");
    /** Words of a companion that make it the service's own address, not the host its client dials. */
    private static final Set<String> OWN_ADDRESS_WORDS = Set.of("external", "public", "base", "redirect", "callback",
            "root", "site", "client", "bind", "listen", "advertised", "cookie", "ingress", "proxy", "local");
    /** Words of a switch that name a link other rules judge, or the service's own listener. */
    private static final Set<String> OTHER_LINKS = Set.of("mail", "email", "smtp", "imap", "pop3", "mailer",
            "sendmail", "ldap", "s3", "s3a", "minio", "storage", "objectstore", "server", "listener", "http", "https",
            "web", "webserver", "ui", "admin", "proxy", "ingress", "cluster", "peer", "internal", "verify");
    /**
     * Words before a TLS switch that make it a message broker client's link (forty-fifth pass):
     * {@code MQTT_SSL}, {@code rabbitmq.tls}, {@code KAFKA_TLS_ENABLED}, {@code MESSAGE_BROKER_SSL_ACTIVE},
     * {@code messaging-fts3.use_ssl}.
     */
    private static final Set<String> MESSAGING_WORDS = Set.of("mqtt", "amqp", "rabbitmq", "rabbit", "kafka",
            "broker", "brokers", "messaging", "stomp", "jms", "nats", "activemq", "artemis", "pulsar");
    /** A messaging protocol's plain-text port, after the word that names the protocol in the key. */
    private static final String[][] PLAIN_PORTS = {{"1883", "mqtt"}, {"5672", "amqp"}, {"5672", "rabbitmq"},
        {"61613", "stomp"}};

    private PublicLinkTls() {
    }

    /**
     * The finding on a TLS switch turned off toward a public host named beside it, or {@code null}.
     *
     * @param settings all settings, read for the companion host
     * @param setting a switch whose value turns it off
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeSwitch(Settings settings, Setting setting) {
        return judge(settings, setting, false);
    }

    /**
     * The finding on a negated TLS switch turned on toward a public host named beside it (forty-fourth pass):
     * {@code MQTT_NO_TLS=true} beside {@code MQTT_HOST}, {@code broker.disable_ssl=1}, {@code AMQP_TLS_DISABLED=yes}
     * beside {@code AMQP_URL}: the same link as {@code use_ssl=false}, spelled the other way round. The same companion
     * is asked for; a switch alone, or beside a Compose, cluster, loopback or template host, stays unread.
     *
     * @param settings all settings, read for the companion host
     * @param setting a switch whose value turns it on
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgeNegatedSwitch(Settings settings, Setting setting) {
        return judge(settings, setting, true);
    }

    private static @Nullable Finding judge(Settings settings, Setting setting, boolean negated) {
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2) {
            return null;
        }
        String last = words.get(size - 1);
        String before = words.get(size - 2);
        int switchWords = negated ? negatedSwitchWords(last, before) : switchWords(last, before);
        return switchWords == 0 ? null : tlsOff(settings, setting, words, size - switchWords);
    }

    /** How many last words make a switch that says TLS when on ({@code use_ssl}, {@code ssl.enabled}), or 0. */
    static int switchWords(String last, String before) {
        if (NEGATIONS.contains(before)) {
            return 0; // MQTT_NO_TLS=false keeps TLS on
        }
        if (TLS_WORDS.contains(last)) {
            return before.equals("use") || before.equals("enable") ? 2 : 1;
        }
        return (last.equals("enabled") || last.equals("enable") || last.equals("active")) && TLS_WORDS.contains(before)
                ? 2 : 0;
    }

    /** How many last words make a switch that says plain text when on ({@code no_tls}, {@code tls_disabled}), or 0. */
    private static int negatedSwitchWords(String last, String before) {
        return TLS_WORDS.contains(last) && NEGATIONS.contains(before)
                || (last.equals("disabled") || last.equals("disable")) && TLS_WORDS.contains(before) ? 2 : 0;
    }

    private static @Nullable Finding tlsOff(Settings settings, Setting setting, List<String> words, int cut) {
        String companion = companion(settings, setting.key(), words, cut);
        if (companion == null) {
            String broker = messagingLink(words, cut) ? brokerNamed(settings, setting.key(), words, cut) : null;
            return broker == null ? null : messagingOff(setting, broker);
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " switches TLS off on the link to the public host named in " + companion
                        + " in production: the data and the credentials sent there cross the internet readable by "
                        + "anyone on the path.")
                .remediation("Turn " + setting.key() + " on (the host's TLS port), or waive this finding if the link "
                        + "runs inside a tunnel or VPN.")
                .build();
    }

    /**
     * Whether the words before a switch name a message broker client's link and no link another rule reads
     * (forty-fifth pass): a broker word ({@link #MESSAGING_WORDS}) before the switch words, and no mail, LDAP, object
     * store, database, listener, cluster or verify word anywhere in the key ({@code kafka.cluster.ssl.enabled} and
     * a broker's own {@code mqtt.listener.ssl} stay other rules').
     */
    private static boolean messagingLink(List<String> words, int cut) {
        boolean messaging = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (OTHER_LINKS.contains(word) || DatabaseWords.STORES.contains(word)) {
                return false;
            }
            messaging |= i < cut && MESSAGING_WORDS.contains(word);
        }
        return messaging;
    }

    /**
     * The key beside a broker client's switch that names the broker it dials, whatever its value (a host, a URL, a
     * reference): the switch's leading words, or fewer of them as long as a broker word is left
     * ({@code reid.mqtt.options.ssl.enable} beside {@code reid.mqtt.host}), then one host word. A switch with no broker
     * named beside it ({@code spring.rabbitmq.ssl.enabled=false} alone, the default written out) configures no link.
     */
    private static @Nullable String brokerNamed(Settings settings, String key, List<String> words, int cut) {
        for (int prefix = cut; prefix >= 1; prefix--) {
            boolean messaging = false;
            for (int i = 0; i < prefix; i++) {
                messaging |= MESSAGING_WORDS.contains(words.get(i));
            }
            if (!messaging) {
                return null;
            }
            String broker = sibling(settings, key, words, prefix, HOST_WORDS, OWN_ADDRESS_WORDS,
                    value -> !value.isBlank());
            if (broker != null) {
                return broker;
            }
        }
        return null;
    }

    /**
     * A message broker client's TLS switched off while the broker it dials is named beside it, wherever that broker
     * is (forty-fifth pass). Every labelled switch of this shape in the sets is FLAG (eight rows of six sets, toward
     * public, cluster, Compose and loopback brokers alike) and none PASS: the client sends its broker credentials in
     * the same connection, and a broker is a shared service other hosts reach, not a sidecar. A WARN, as for
     * {@code sandbox.tls-off}'s other client links.
     */
    private static Finding messagingOff(Setting setting, String broker) {
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " switches TLS off on the link to the message broker named in " + broker
                        + " in production: the client's broker credentials and every message cross the network"
                        + " readable by anyone on the path.")
                .remediation("Turn " + setting.key() + " on and use the broker's TLS port (8883 for MQTT, 5671 for"
                        + " AMQP, the SSL listener for Kafka), or waive this finding if the link runs inside a tunnel,"
                        + " a service mesh or a VPN.")
                .build();
    }

    /**
     * The finding on a messaging client's port set to its protocol's plain-text port toward a public host named
     * beside it, or {@code null}.
     *
     * @param settings all settings, read for the companion host
     * @param setting a setting whose key ends in {@code port}
     * @return a WARN {@code sandbox.tls-off}, or {@code null}
     */
    static @Nullable Finding judgePort(Settings settings, Setting setting) {
        String value = setting.value().strip();
        boolean plainPort = false;
        for (String[] plain : PLAIN_PORTS) { // the value first: most ports are no messaging protocol's plain one
            plainPort |= plain[0].equals(value);
        }
        List<String> words = plainPort ? KeyWords.of(setting.key()) : List.of();
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("port")) {
            return null;
        }
        String protocol = null;
        for (String[] plain : PLAIN_PORTS) {
            if (plain[0].equals(value) && words.contains(plain[1])) {
                protocol = plain[1];
            }
        }
        String companion = protocol == null ? null : companion(settings, setting.key(), words, size - 1);
        if (companion == null) {
            return null;
        }
        return Finding.warn("sandbox.tls-off", setting)
                .message(setting.key() + " is the plain-text " + protocol.toUpperCase(Locale.ROOT)
                        + " port toward the public host named in " + companion + " in production: the messages and "
                        + "the client's credentials cross the internet readable by anyone on the path.")
                .remediation("Use the broker's TLS port (8883 for MQTT, 5671 for AMQP) in " + setting.key()
                        + ", or waive this finding if the link runs inside a tunnel or VPN.")
                .build();
    }

    /**
     * The key beside the switch that names the host its link dials, when that host is public: the switch's words
     * before its last {@code cut}, then one host word (or one qualifier and a host word).
     */
    private static @Nullable String companion(Settings settings, String key, List<String> words, int cut) {
        if (cut < 1) {
            return null;
        }
        for (String word : words) {
            if (OTHER_LINKS.contains(word) || DatabaseWords.STORES.contains(word)) {
                return null;
            }
        }
        return sibling(settings, key, words, cut, HOST_WORDS, OWN_ADDRESS_WORDS, PublicLinkTls::publicHost);
    }

    /**
     * The first key beside a switch with the switch's first {@code cut} words, then one word of {@code lastWords} (or
     * a qualifier not in {@code notQualifiers} and such a word), whose value passes {@code value}, or {@code null}.
     */
    static @Nullable String sibling(Settings settings, String key, List<String> words, int cut, Set<String> lastWords,
            Set<String> notQualifiers, Predicate<String> value) {
        List<String> prefix = words.subList(0, cut);
        char first = Character.toLowerCase(key.charAt(0));
        for (Setting other : settings) {
            String otherKey = other.key();
            if (otherKey.isEmpty() || Character.toLowerCase(otherKey.charAt(0)) != first || otherKey.equals(key)) {
                continue;
            }
            List<String> otherWords = KeyWords.of(otherKey);
            int rest = otherWords.size() - cut;
            if (rest < 1 || rest > 2 || !otherWords.subList(0, cut).equals(prefix)
                    || !lastWords.contains(otherWords.get(otherWords.size() - 1))
                    || rest == 2 && notQualifiers.contains(otherWords.get(cut))) {
                continue;
            }
            if (value.test(other.value())) {
                return otherKey;
            }
        }
        return null;
    }

    /** Whether the first address of a value (a host, {@code host:port}, a URL, a list) is a public name. */
    private static boolean publicHost(String value) {
        String first = value.strip();
        int comma = first.indexOf(',');
        first = comma < 0 ? first : first.substring(0, comma).strip();
        if (first.isEmpty() || first.indexOf('$') >= 0 || first.indexOf('{') >= 0 || Hosts.isTemplate(first)) {
            return false;
        }
        String host = Hosts.ofUrl(first);
        return !host.isEmpty() && PlainHttpAddresses.publicName(host) && !Hosts.isTemplate(host);
    }
}
