package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Open since session 25 (a WebFlux/Kafka newcomer) and met again in session 26: a Kafka bootstrap list on the
 * developer's machine had no finding in production, since its items have no scheme.
 */
class BrokerListsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> check(Stage stage, String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        return GATE.check(GateContext.of(stage, settings)).findings();
    }

    @Test
    void aKafkaBootstrapListOnLoopbackIsALocalHostWarning() {
        List<Finding> findings = check(Stage.PRODUCTION, "spring.kafka.bootstrap-servers=localhost:9092\n");

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARN);
        assertThat(findings.get(0).subject()).isEqualTo("spring.kafka.bootstrap-servers");
        assertThat(findings.get(0).message()).contains("brokers");
    }

    @Test
    void everySpellingOfTheBrokerListIsRead() {
        assertThat(check(Stage.PRODUCTION, "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092,127.0.0.1:9093\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(check(Stage.PRODUCTION, "KAFKA_BROKERS=localhost:9092\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(check(Stage.PRODUCTION, "spring.kafka.producer.bootstrap-servers[0]=localhost:29092\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }

    @Test
    void aListWithARealBrokerOrOutsideProductionStaysClean() {
        assertThat(check(Stage.PRODUCTION, "spring.kafka.bootstrap-servers=localhost:9092,kafka-0.kafka:9092\n"))
                .isEmpty();
        assertThat(check(Stage.PRODUCTION, "spring.kafka.bootstrap-servers=b-1.msk.eu-west-1.amazonaws.com:9094\n"))
                .isEmpty();
        assertThat(check(Stage.STAGING, "spring.kafka.bootstrap-servers=localhost:9092\n")).isEmpty();
        assertThat(check(Stage.PRODUCTION, "RABBIT_SERVER=localhost:5672\n")).isEmpty();
    }

    @Test
    void anAllowedLoopbackHostStaysClean() {
        assertThat(check(Stage.PRODUCTION, "spring.kafka.bootstrap-servers=localhost:9092\n"
                + "readiness.sandbox.allowed-hosts=localhost\n"))
                .extracting(Finding::code).doesNotContain("sandbox.local-host");
    }
}
