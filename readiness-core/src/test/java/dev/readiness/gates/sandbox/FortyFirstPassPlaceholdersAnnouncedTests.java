package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-first pass's announced addresses in the sandbox gate: an address announced with its port
 * ({@code SERVER_GRPC_BROADCAST_ADDRESS=localhost:7077}) is read as the bare one was, and a broker's advertised
 * listeners on loopback are a WARN beside a listener on a real host and a NO-GO alone; bind and listen settings,
 * Laravel's broadcasting driver and host, real hosts and references are not read as announced (a loopback listener
 * or broadcasting host keeps the plain {@code sandbox.local-host} WARN it had).
 */
class FortyFirstPassPlaceholdersAnnouncedTests {

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_GRPC_BROADCAST_ADDRESS=localhost:7077", "ADVERTISED_ADDRESS=127.0.0.1:9000",
            "KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://localhost:9092"})
    void anAnnouncedAddressOnLoopbackIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.onLine(line), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key);
    }

    @Test
    void aLoopbackListenerBesideARealOneIsAWarn() {
        String key = "KAFKA_ADVERTISED_LISTENERS";
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.onLine(
                key + "=SASL_PLAINTEXT://kafka:29092,PLAINTEXT_HOST://localhost:9092"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.local-host", Severity.WARN));
        assertThat(findings.get(0).message()).contains("1 of its listeners").doesNotContain("9092");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KAFKA_LISTENERS=PLAINTEXT://localhost:9092", "KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:9092",
            "KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://${HOST_IP}:9092", "BIND_ADDRESS=localhost:7077",
            "broadcasting.connections.pusher.options.host=127.0.0.1", "BROADCAST_DRIVER=log",
            "SERVER_GRPC_BROADCAST_ADDRESS=hatchet-engine:7077", "ADVERTISED_ADDRESS=0.0.0.0:9000"})
    void bindSettingsRealHostsReferencesAndBroadcastDriversAreNotAnnouncedLoopback(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
        assertThat(findings).extracting(Finding::message)
                .noneMatch(message -> message.contains("advertises") || message.contains("announces"));
    }
}
