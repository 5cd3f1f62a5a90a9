package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fifth pass's transport rules in the sandbox gate, each beside the clean values that tempt it. A message
 * broker client's TLS switch turned off ({@code MQTT_SSL=false}, {@code rabbitmq.tls=false},
 * {@code MESSAGE_BROKER_SSL_ACTIVE=False}, {@code OPENF1_MQTT_NO_TLS=true}) while the broker it dials is named beside
 * it, wherever that broker is, is a WARN {@code sandbox.tls-off}; the switch on, alone (the default written out), or
 * of a mail, database or cluster link stays clean. Certificate verification named by its doer or in the plural
 * ({@code disable.hostname.verifier=true}, {@code verify_hostnames=false}) or a server certificate trusted as presented
 * ({@code TRUST_SERVER_CERT=yes}) is {@code sandbox.tls-unverified}; the same keys keeping verification on, a
 * certificate path and a version-compatibility verifier stay clean.
 */
class FortyFifthPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    @ParameterizedTest
    @ValueSource(strings = {
            "METER_MQTT_HOST=mqtt-gw.plant7.lan\nMETER_MQTT_USER=meter\nMETER_MQTT_SSL=false\n",
            "MQTT_HOST=127.0.0.1\nMQTT_TLS_ENABLED=false\n",
            "EVENT_BROKER_HOST=\"10.20.0.8\"\nEVENT_BROKER_SSL_ACTIVE=False\n",
            "KAFKA_BROKERS=kafka-0.events.svc.cluster.local:9092\nKAFKA_TLS_ENABLED=false\n",
            "queue.rabbitmq.host=mq-01.acme-corp.internal\nqueue.rabbitmq.tls=false\n",
            "fleet.mqtt.host=ws://127.0.0.1:8083/mqtt\nfleet.mqtt.options.ssl.enable=false\n",
            "messaging-audit.brokers=activemq\nmessaging-audit.use_ssl=False\n",
            "TELEMETRY_MQTT_URL=mosquitto\nTELEMETRY_MQTT_NO_TLS=true\n"})
    void aBrokerClientsTlsSwitchedOffBesideTheBrokerItDialsIsAWarn(String text) {
        String key = SandboxRuleChecks.lastKey(text);
        List<Finding> findings = SandboxRuleChecks.onLastLine(text);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " switches TLS off on the link to the message broker")
                .doesNotContain("plant7").doesNotContain("10.20.0.8").doesNotContain("acme-corp")
                .doesNotContain("cluster.local");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "METER_MQTT_HOST=mqtt-gw.plant7.lan\nMETER_MQTT_SSL=true\n",
            "MQTT_HOST=127.0.0.1\nMQTT_TLS_ENABLED=true\n",
            "TELEMETRY_MQTT_URL=mosquitto\nTELEMETRY_MQTT_NO_TLS=false\n",
            "spring.rabbitmq.ssl.enabled=false\n",
            "KAFKA_TLS_ENABLED=false\nOTHER_HOST=kafka\n",
            "queue.kafka.cluster.host=kafka\nqueue.kafka.cluster.ssl.enabled=false\n",
            "EVENT_BROKER_HOST=mq\nEVENT_BROKER_SSL_INACTIVE=false\n",
            "SMTP_HOST=mail\nSMTP_SSL=false\n",
            "REDIS_HOST=cache\nREDIS_USE_SSL=false\n",
            "app.host=shop\napp.ssl.enabled=false\n"})
    void theSwitchOnAloneOrOfAnotherLinkStaysClean(String text) {
        assertThat(SandboxRuleChecks.onLastLine(text))
                .noneMatch(finding -> finding.message().contains("message broker"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client.disable.hostname.verifier=true\n", "sso.oidc.verify_hostnames=false\n",
            "sync.http.hostname-verifier=false\n", "k8s-api.trust-certs=true\n"})
    void verificationNamedByItsDoerOrInThePluralTurnedOffIsANoGo(String text) {
        String key = SandboxRuleChecks.lastKey(text);
        List<Finding> findings = SandboxRuleChecks.onLastLine(text);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-unverified", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + " turns off certificate verification");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MSSQL_TRUST_SERVER_CERT=yes\n", "reporting.sql.trustServerCertificate=true\n"})
    void aDatabaseServerCertificateTrustedAsPresentedIsAWarn(String text) {
        assertThat(SandboxRuleChecks.onLastLine(text)).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-unverified", Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client.disable.hostname.verifier=false\n", "sso.oidc.verify_hostnames=true\n",
            "MSSQL_TRUST_SERVER_CERT=no\n", "gateway.tls.trust-cert=/etc/gateway/ca.pem\n",
            "spring.cloud.compatibility-verifier.enabled=false\n", "router.allowed-hostnames=true\n",
            "MICROSERVICE_CODE_VERIFIER_ENABLED=false\n"})
    void verificationKeptOnACertificatePathAndOtherVerifiersStayClean(String text) {
        assertThat(SandboxRuleChecks.onLastLine(text))
                .noneMatch(finding -> finding.code().equals("sandbox.tls-unverified"));
    }
}
