package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-third pass's transport rules in the sandbox gate, each beside the clean values that tempt it. A client's
 * TLS switch turned off ({@code tracer-kronos.use_ssl=False}, {@code newrelic_ssl=false}) beside a key of the same
 * words naming its host on a public name is a WARN {@code sandbox.tls-off}, and so is a messaging client's port set
 * to its protocol's plain-text port ({@code MQTT_PORT=1883}) beside a public broker; the same switch or port beside a
 * Compose or cluster service, loopback, a private address, a template or a reference, without a host, or beside the
 * service's own public address (a proxy in front), and mail, database and object-store switches, stay clean. A broker's own
 * configuration that takes passwords on plain listeners only (Mosquitto's {@code listener 1883} beside a
 * {@code password_file} and no {@code certfile}, RabbitMQ's {@code mqtt.listeners.ssl = none} beside its plain
 * listener) is a WARN; anonymous brokers, a certificate, another port and a TLS listener on a port stay clean. OJS's
 * {@code force_login_ssl=Off} (HTTPS not forced even for the login pages) is a WARN like {@code force_ssl=Off};
 * {@code On}, a file that declares itself a development one, another word before {@code ssl} and
 * {@code OAUTH_ENFORCE_SECURE=false} stay clean.
 */
class FortyThirdPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    private static List<Finding> on(String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
    }

    private static List<Finding> properties(String text) {
        Settings settings = Settings.builder().properties("mosquitto.conf", text).build();
        return new SandboxGate(ProviderCatalog.builtIn()).check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static String lastKey(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        return line.substring(0, line.indexOf('='));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tracer-kronos.brokers=atlas-mb.cern.ch\ntracer-kronos.username=ddmlab\ntracer-kronos.use_ssl=False\n",
            "newrelic_collector_host=collector.newrelic.com\nnewrelic_ssl=false\n",
            "TRACE_BROKER_URL=stomp://mq.acme-corp.com:61613\nTRACE_USE_TLS=0\n",
            "events.amqp.host=rabbit.acme-corp.io\nevents.amqp.ssl.enabled=false\n",
            "MQTT_DOMAIN=broker.hivemq.com\nMQTT_PORT=1883\n",
            "telemetry.mqtt.server=tcp://mqtt.acme-corp.net\ntelemetry.mqtt.port=1883\n",
            "spring.rabbitmq.host=mq.acme-corp.com\nspring.rabbitmq.port=5672\n"})
    void aClientsPlainLinkToAPublicHostNamedBesideItIsAWarn(String text) {
        String key = lastKey(text);
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " ").doesNotContain("acme-corp")
                .doesNotContain("cern.ch").doesNotContain("newrelic.com").doesNotContain("hivemq");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tracer.brokers=activemq\ntracer.use_ssl=False\n",
            "tracer.brokers=localhost:61613\ntracer.use_ssl=False\n",
            "tracer.brokers=10.0.0.12\ntracer.use_ssl=False\n",
            "tracer.brokers=mq.messaging.svc.cluster.local\ntracer.use_ssl=False\n",
            "tracer.brokers=<broker-host>\ntracer.use_ssl=False\n",
            "tracer.brokers=${BROKER_HOST}\ntracer.use_ssl=False\n",
            "tracer.brokers=broker.example.com\ntracer.use_ssl=False\n",
            "tracer.brokers=edx.devstack.elasticsearch\ntracer.use_ssl=False\n",
            "tracer.use_ssl=False\n",
            "tracer.brokers=atlas-mb.cern.ch\ntracer.use_ssl=True\n",
            "other.brokers=atlas-mb.cern.ch\ntracer.use_ssl=False\n",
            "http_external_uri=https://graylog.acme-corp.net/\nhttp_enable_tls=false\n",
            "MQTT_DOMAIN=mosquitto\nMQTT_PORT=1883\n",
            "MQTT_DOMAIN=broker.hivemq.com\nMQTT_PORT=8883\n",
            "MQTT_BROKER_IP=192.168.30.151\nMQTT_PORT=1883\n",
            "MqttSettings.BrokerUrl=your-production-mqtt-broker.com\nMqttSettings.Port=1883\n",
            "APP_DOMAIN=shop.acme-corp.com\nAPP_PORT=1883\n",
            "SMTP_HOST=smtp.acme-corp.com\nSMTP_SECURE=false\n",
            "REDIS_HOST=cache.acme-corp.com\nREDIS_USE_SSL=false\n",
            "configJSON.FileSettings.AmazonS3Endpoint=s3.amazonaws.com\nconfigJSON.FileSettings.AmazonS3SSL=false\n"})
    void theSameSwitchTowardAnInternalUnknownOrOwnAddressOrAnotherRulesLinkStaysClean(String text) {
        String key = lastKey(text);
        assertThat(on(text, key)).noneMatch(finding -> finding.code().equals("sandbox.tls-off")
                && finding.message().contains("public host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"force_login_ssl=Off\n", "FORCE_LOGIN_HTTPS=false\n", "app.enforce.login.ssl=0\n"})
    void forcingTheLoginPagesOntoHttpsSwitchedOffIsReported(String text) {
        String key = lastKey(text);
        List<Finding> findings = on(text, key);
        // a NO-GO since the forty-eighth pass (UnforcedHttps): the file declares no TLS-terminating front
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + " stops the service from redirecting or requiring");
    }

    @ParameterizedTest
    @ValueSource(strings = {"force_login_ssl=On\n", "force_login_ssl=Off\nAPP_ENV=development\n",
            "force_sandbox_ssl=false\n", "OAUTH_ENFORCE_SECURE=false\n", "FORCE_SECURE=false\n",
            "login_ssl=false\n"})
    void theSwitchOnInADevelopmentFileOrForAnotherPartStaysClean(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(on(text, key)).noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"listener 1883\nallow_anonymous false\npassword_file /mosquitto/config/password.txt\n",
            "password_file /etc/mosquitto/passwd\nlistener 1883\n",
            "mqtt.listeners.tcp.default = 1883\nmqtt.listeners.ssl = none\n",
            "listeners.tcp.default = 5672\nlisteners.ssl = none\n"})
    void aBrokerTakingPasswordsOnPlainListenersOnlyIsAWarn(String text) {
        String key = text.contains("listeners.ssl") ? text.substring(text.indexOf("\n") + 1, text.indexOf(" = none"))
                : "listener";
        List<Finding> findings = SandboxRuleChecks.on(properties(text), key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " ").doesNotContain("/mosquitto");
    }

    @ParameterizedTest
    @ValueSource(strings = {"listener 1883\nallow_anonymous true\n",
            "listener 1883\nallow_anonymous true\npassword_file /etc/mosquitto/passwd\n",
            "listener 1883\npassword_file /etc/mosquitto/passwd\ncertfile /etc/mosquitto/server.crt\n",
            "listener 9001\nprotocol websockets\npassword_file /mosquitto/config/passwd\n",
            "listener 8883\npassword_file /mosquitto/config/passwd\n",
            "mqtt.listeners.ssl.default = 8883\nmqtt.listeners.tcp.default = 1883\n",
            "mqtt.listeners.ssl = none\n",
            "mqtt.listeners.tcp = none\nmqtt.listeners.ssl = none\n"})
    void anAnonymousOrTlsBrokerStaysClean(String text) {
        assertThat(properties(text)).noneMatch(finding -> finding.code().equals("sandbox.tls-off")
                && (finding.subject().equals("listener") || finding.subject().endsWith("listeners.ssl")));
    }
}
