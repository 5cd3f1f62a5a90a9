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
 * Thirty-third pass, newcomer: the production ConfigMap of a Spring Boot service pointed
 * {@code KAFKA_BOOTSTRAP_SERVERS} at the staging MSK cluster's brokers, and nothing was said, while the same host in a
 * URL ({@code BROKER_URL=https://kafka-staging…}) was a {@code sandbox.host} NO-GO: a broker list has no scheme, and
 * its rule read loopback items only.
 */
class ThirtyThirdPassNewcomerStagingBrokerTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static final String MSK_STAGING = "b-1.sellerdesk-staging.x7k2qp.c3.kafka.eu-west-1.amazonaws.com:9096,"
            + "b-2.sellerdesk-staging.x7k2qp.c3.kafka.eu-west-1.amazonaws.com:9096";

    private static List<Finding> check(Stage stage, String file, String text) {
        Settings settings = ApplicationConfig.builder().configText(file, text).build().settings();
        return GATE.check(GateContext.of(stage, settings)).findings();
    }

    @Test
    void aStagingClustersBrokersInProductionAreASandboxHost() {
        List<Finding> findings = check(Stage.PRODUCTION, "production.env", "KAFKA_BOOTSTRAP_SERVERS=" + MSK_STAGING + "\n");

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.host");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(findings.get(0).subject()).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(findings.get(0).message()).contains("b-1.sellerdesk-staging.x7k2qp.c3.kafka.eu-west-1.amazonaws.com")
                .contains("'staging'");
    }

    @Test
    void everyBrokerListSpellingIsRead() {
        assertThat(check(Stage.PRODUCTION, "application.properties",
                "spring.kafka.bootstrap-servers=kafka-0.kafka.svc:9092,kafka-staging.acme.io:9093\n"))
                .extracting(Finding::code).containsExactly("sandbox.host");
        assertThat(check(Stage.PRODUCTION, "production.env", "KAFKA_BROKERS=app:s3cr3t@kafka-qa2.acme.io:9092\n"))
                .extracting(Finding::code).containsExactly("sandbox.host");
    }

    @Test
    void productionBrokersTheFilesOwnStageAndOtherStagesStayClean() {
        assertThat(check(Stage.PRODUCTION, "production.env",
                "KAFKA_BOOTSTRAP_SERVERS=b-1.sellerdesk-prod.x7k2qp.c3.kafka.eu-west-1.amazonaws.com:9096\n")).isEmpty();
        assertThat(check(Stage.PRODUCTION, ".env.staging", "KAFKA_BOOTSTRAP_SERVERS=" + MSK_STAGING + "\n")).isEmpty();
        assertThat(check(Stage.STAGING, "production.env", "KAFKA_BOOTSTRAP_SERVERS=" + MSK_STAGING + "\n")).isEmpty();
        assertThat(check(Stage.PRODUCTION, "application.properties",
                "spring.kafka.bootstrap-servers=kafka-staging.acme.io:9093\n"
                        + "readiness.sandbox.allowed-hosts=kafka-staging.acme.io\n"))
                .extracting(Finding::code).doesNotContain("sandbox.host");
    }

    /**
     * RabbitMQ's {@code spring.rabbitmq.addresses}: with it set, Boot ignores {@code spring.rabbitmq.host}, whose
     * finding readiness therefore drops ({@code BootSuperseded}); the list itself was not read, so a staging broker
     * there said nothing at all.
     */
    @Test
    void rabbitMqAddressesAreABrokerListToo() {
        List<Finding> staging = check(Stage.PRODUCTION, "application.properties",
                "spring.rabbitmq.host=localhost\nspring.rabbitmq.addresses=rabbit-staging.sellerdesk.io:5671\n");
        assertThat(staging).extracting(Finding::code).containsExactly("sandbox.host");
        assertThat(staging.get(0).subject()).isEqualTo("spring.rabbitmq.addresses");

        assertThat(check(Stage.PRODUCTION, "production.env", "RABBITMQ_ADDRESSES=localhost:5672\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(check(Stage.PRODUCTION, "application.properties",
                "spring.rabbitmq.addresses=rabbit-1.sellerdesk.io:5671,rabbit-2.sellerdesk.io:5671\n")).isEmpty();
        assertThat(check(Stage.PRODUCTION, "application.properties", "mail.addresses=ops@sellerdesk.io\n")).isEmpty();
    }

    @Test
    void aLoopbackListIsStillTheLocalHostWarning() {
        assertThat(check(Stage.PRODUCTION, "application.properties", "spring.kafka.bootstrap-servers=localhost:9092\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }
}
