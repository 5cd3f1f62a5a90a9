package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message broker's bootstrap list on the local machine: Kafka's {@code bootstrap-servers}
 * ({@code spring.kafka.bootstrap-servers=localhost:9092}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code KAFKA_BROKERS}) is a
 * list of {@code host:port} items without a scheme, which the endpoint rules do not read as URLs, so a broker left on
 * the developer's machine got no finding in production (open since session 25). Every item on loopback is a
 * {@code sandbox.local-host} WARN, as a loopback URL is: a sidecar may listen there, and an allowed host stays clean.
 * An item whose host names a non-production environment ({@code b-1.orders-staging.x7k2qp.c3.kafka.eu-west-1.amazonaws.com},
 * {@code kafka-staging.acme.io}) is a {@code sandbox.host} NO-GO, as the same host in a URL is (session 33, a newcomer's
 * staging MSK cluster in a production ConfigMap: no finding, since the rule read loopback items only).
 */
final class BrokerLists {

    /** The longest value read. */
    private static final int MAX_LENGTH = 4096;

    private BrokerLists() {
    }

    /**
     * The finding on a broker list whose every item is on loopback, or that lists a broker of a non-production
     * environment.
     *
     * @param setting the setting
     * @param value its stripped value
     * @param judge the endpoint judge (allowed hosts)
     * @return the finding, or {@code null} when the key names no broker list or an item is elsewhere
     */
    static @Nullable Finding judge(Setting setting, String value, EndpointJudge judge) {
        String key = setting.key();
        return SandboxKey.mayNameBrokerList(key) && namesBrokerList(KeyWords.of(key)) ? judgeListed(setting, value, judge)
                : null;
    }

    /**
     * {@link #judge} of a setting whose key {@link #namesBrokerList names a broker list}, as its key's record found once.
     *
     * @param setting the setting
     * @param value its stripped value
     * @param judge the endpoint judge (allowed hosts)
     * @return the finding, or {@code null} when an item is elsewhere and none is a non-production environment's
     */
    static @Nullable Finding judgeListed(Setting setting, String value, EndpointJudge judge) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return null;
        }
        List<Endpoint> endpoints = Endpoint.parseAll(hostsOnly(value), true);
        if (endpoints.isEmpty()) {
            return null;
        }
        boolean allLoopback = true;
        for (Endpoint endpoint : endpoints) {
            EndpointJudge.Verdict verdict = judge.judge(endpoint);
            if (verdict.kind() == EndpointJudge.Kind.SANDBOX_NAME && !ownEnvironment(setting, endpoint.host())) {
                // session 33: a staging cluster's brokers in production (b-1.orders-staging.….kafka…amazonaws.com)
                return SandboxFindings.endpoint(setting, SandboxFindings.LoopbackUse.OTHER, endpoint, verdict);
            }
            allLoopback &= verdict.kind() == EndpointJudge.Kind.LOOPBACK;
        }
        if (!allLoopback) {
            return null;
        }
        String host = endpoints.get(0).host();
        return Finding.warn("sandbox.local-host", setting)
                .message(String.format("%s lists only the loopback host %s as its brokers in production. That works"
                        + " only through a local proxy or sidecar on the same host or pod; otherwise it is a"
                        + " development value, and the service connects to no broker.", setting.key(), host))
                .remediation("Point it at the production brokers. If a sidecar or local proxy does listen there, add "
                        + host + " to " + SandboxGate.ALLOWED_HOSTS + " or the key to " + SandboxGate.EXCLUDE_KEYS
                        + ".")
                .build();
    }

    /**
     * Whether a staging-named broker is the one of the pre-production environment the setting's own file or section is
     * written for ({@code KAFKA_BROKERS=kafka-staging.acme.io:9093} in {@code .env.staging}), as for any other host.
     */
    private static boolean ownEnvironment(Setting setting, String host) {
        return OwnEnvironments.hostOfFilesEnvironment(setting, host, KeyWords.of(setting.key()))
                || OwnEnvironments.hostOfSectionsEnvironment(host, setting.key());
    }

    /**
     * The list with each entry as its {@code host:port}: user information ({@code user:password@}) is dropped, so
     * {@code app:<password>@localhost:9092} is the loopback entry it is (hostile testing, twenty-ninth pass: such a
     * list got no finding, while {@code localhost:9092} did). The password is never part of what is kept. Values with
     * {@code ://} never come here (the endpoint rules read them).
     */
    static String hostsOnly(String value) {
        if (value.indexOf('@') < 0) {
            return value;
        }
        StringBuilder hosts = new StringBuilder(value.length());
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == ',' || c == ';' || Character.isWhitespace(c)) {
                int at = value.lastIndexOf('@', i - 1);
                hosts.append(value, at >= start ? at + 1 : start, i);
                if (i < value.length()) {
                    hosts.append(c);
                }
                start = i + 1;
            }
        }
        return hosts.toString();
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /**
     * Whether the key names a broker list: its last words are {@code bootstrap servers} (or {@code server}), or its
     * last word is {@code brokers}, or {@code broker} beside {@code kafka}, or {@code addresses} after {@code rabbitmq},
     * {@code rabbit} or {@code amqp}; an index after them is read past.
     */
    static boolean namesBrokerList(List<String> words) {
        int size = words.size();
        while (size > 0 && isNumber(words.get(size - 1))) {
            size--; // an indexed item, bootstrap-servers[0]
        }
        if (size == 0) {
            return false;
        }
        String last = words.get(size - 1);
        if ((last.equals("servers") || last.equals("server")) && size >= 2
                && words.get(size - 2).equals("bootstrap")) {
            return true;
        }
        return last.equals("brokers") || last.equals("broker") && words.contains("kafka")
                || last.equals("addresses") && size >= 2 && RABBIT_WORDS.contains(words.get(size - 2));
    }

    /**
     * The client words before {@code addresses} that make it RabbitMQ's list of {@code host:port} items
     * ({@code spring.rabbitmq.addresses}, {@code RABBITMQ_ADDRESSES}): with it set, Spring Boot ignores the host key
     * ({@code BootSuperseded}), so the list is where the service connects (session 33).
     */
    private static final java.util.Set<String> RABBIT_WORDS = java.util.Set.of("rabbitmq", "rabbit", "amqp");
}
