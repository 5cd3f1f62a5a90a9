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
 * The forty-second pass's transport rules in the sandbox gate, each beside the clean values that tempt it. A Kafka
 * broker's listener map that gives a listener named for the outside ({@code OUTSIDE}, {@code EXTERNAL},
 * {@code PLAINTEXT_HOST}) the protocol {@code PLAINTEXT} is a WARN {@code sandbox.tls-off}; inside listeners on
 * {@code PLAINTEXT} and outside ones on {@code SASL_SSL} stay clean. A Kafka client's
 * {@code security.protocol=PLAINTEXT} beside bootstrap servers on a public name is a WARN; to a Compose, cluster or
 * loopback broker it stays clean. A plain {@code http://} link to an application's name under a platform that serves
 * every name over HTTPS ({@code herokuapp.com}, {@code onrender.com}) is a WARN; the same in {@code https://}, a name
 * under an HSTS-preloaded TLD ({@code web.app}) and a value taken from another key stay clean. A server's own TLS
 * switch off is read when the file's ingress is itself switched off (a chart's default), no front that terminates
 * TLS; an enabled ingress still is. Mattermost's push proxy's {@code ApplePushUseDevelopment=true} (APNs'
 * development gateway) is a NO-GO {@code sandbox.test-mode}; {@code false} stays clean. A mail client's
 * {@code SMTP_IGNORE_TLS=true} (nodemailer's {@code ignoreTLS}: never STARTTLS) is a WARN; {@code false}, the client's
 * {@code SECURE=true} beside it (TLS from the first byte) and another client's switch stay clean. Kamal's
 * {@code proxy.ssl=false} beside {@code proxy.host} on a public name is a WARN; without a host (a load balancer in
 * front) or beside a template or service host it stays clean.
 */
class FortySecondPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    private static List<Finding> on(String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=INSIDE:PLAINTEXT,OUTSIDE:PLAINTEXT",
            "KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP=CLIENT:PLAINTEXT,EXTERNAL:PLAINTEXT",
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT",
            "listener.security.protocol.map=INTERNAL:SASL_SSL,PUBLIC:PLAINTEXT"})
    void aListenerMapWithAnOutsideListenerOnPlaintextIsAWarn(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = on(line + "\n", key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " maps a Kafka listener").doesNotContain(":PLAINTEXT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=INTERNAL:PLAINTEXT,EXTERNAL:SASL_SSL",
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=INSIDE:PLAINTEXT,OUTSIDE:SSL",
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=${LISTENER_MAP}",
            "KAFKA_INTER_BROKER_LISTENER_NAME=OUTSIDE"})
    void insideListenersOnPlaintextOrOutsideOnesWithTlsStayClean(String line) {
        assertThat(on(line + "\n", line.substring(0, line.indexOf('=')))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka.bootstrap.servers=broker-1.events.acme-corp.com:9092\nkafka.security.protocol=PLAINTEXT\n",
            "spring.kafka.bootstrap-servers=kafka.acme-corp.io:9092\nspring.kafka.properties.security.protocol=PLAINTEXT\n",
            "KAFKA_BOOTSTRAP_SERVERS=b1.kafka.acme-corp.net:9092,b2.kafka.acme-corp.net:9092\nKAFKA_SECURITY_PROTOCOL=PLAINTEXT\n"})
    void aClientsPlaintextToBrokersOnAPublicNameIsAWarn(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).doesNotContain("acme-corp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka.bootstrap.servers=kafka-broker:9092\nkafka.security.protocol=PLAINTEXT\n",
            "nakadi.kafka.bootstrap.servers=localhost:29092\nnakadi.kafka.security.protocol=PLAINTEXT\n",
            "kafka.bootstrap.servers=kafka.events.svc.cluster.local:9092\nkafka.security.protocol=PLAINTEXT\n",
            "kafka.bootstrap.servers=${KAFKA_SERVERS}\nkafka.security.protocol=PLAINTEXT\n",
            "kafka.bootstrap.servers=broker-1.events.acme-corp.com:9093\nkafka.security.protocol=SSL\n",
            "kafka.security.protocol=PLAINTEXT\n"})
    void aClientsPlaintextToAnInternalOrUnknownBrokerStaysClean(String text) {
        assertThat(on(text, "kafka.security.protocol")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"schoolman.base-url=http://schoolman-server.herokuapp.com",
            "ping.url=http://thegreeknoobs.herokuapp.com",
            "spring.email.activation-url=http://wallet-api.onrender.com/api/v1/users/activate?code=",
            "APP_LINK=http://acme-shop.azurewebsites.net/"})
    void aPlainLinkToAPlatformApplicationNameIsAWarn(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = on(line + "\n", key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " links to an application").doesNotContain("//");
    }

    @ParameterizedTest
    @ValueSource(strings = {"schoolman.base-url=https://schoolman-server.herokuapp.com",
            "fitnc.frontend-url=http://fitnc-frontend.web.app", "ping.url=http://thegreeknoobs.example.org",
            "APP_LINK=http://acme-shop.eu-west-1.elasticbeanstalk.com/"})
    void aSecureOrPreloadedOrOtherLinkIsNoPlatformFinding(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(line + "\n", key)).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void aLinkTakenFromAnotherKeyIsJudgedWhereItIsWritten() {
        String text = "ping.url=http://thegreeknoobs.herokuapp.com\nbase.url=${ping.url}\n";
        assertThat(on(text, "base.url")).isEmpty();
        assertThat(on(text, "ping.url")).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @Test
    void aServersTlsSwitchOffBesideAnIngressThatIsOffIsAWarn() {
        assertThat(on("ingress.enabled=false\ningress.hosts[0].host=core.chart-example.local\ningress.tls=\n"
                + "ssl.enabled=false\n", "ssl.enabled"))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.enabled=true\ningress.hosts[0].host=core.acme-corp.com\n",
            "ingress.hosts[0].host=core.acme-corp.com\n",
            "ingress.enabled=false\nserver.forward-headers-strategy=native\n"})
    void aServersTlsSwitchBehindADeclaredFrontStaysClean(String front) {
        assertThat(on(front + "ssl.enabled=false\n", "ssl.enabled")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMTP_IGNORE_TLS|SMTP_HOST=relay.acme-corp.com\nSMTP_PORT=25\nSMTP_IGNORE_TLS=true\n",
            "MAIL_IGNORE_TLS|MAIL_HOST=maildev\nMAIL_PORT=1025\nMAIL_IGNORE_TLS=true\nMAIL_SECURE=false\n",
            "mail.smtp.ignoreTls|mail.smtp.ignoreTls=true\n"})
    void aMailClientThatNeverUpgradesWithStarttlsIsAWarn(String keyAndText) {
        int bar = keyAndText.indexOf('|');
        assertThat(on(keyAndText.substring(bar + 1), keyAndText.substring(0, bar)))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMTP_IGNORE_TLS=false\n", "SMTP_IGNORETLS=false\n",
            "SMTP_PORT=465\nSMTP_SECURE=true\nSMTP_IGNORE_TLS=true\n", "IGNORE_TLS=true\n",
            "LDAP_IGNORE_TLS=true\n"})
    void aMailClientThatUpgradesOrSpeaksTlsFromTheStartStaysClean(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        assertThat(on(text, line.substring(0, line.indexOf('=')))).extracting(Finding::code)
                .doesNotContain("sandbox.tls-off");
    }

    @Test
    void kamalsProxyWithoutTlsForAPublicHostIsAWarn() {
        assertThat(on("proxy.ssl=false\nproxy.host=stockerly.acme-corp.dev\nproxy.app_port=3000\n", "proxy.ssl"))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.ssl=false\naccessories.load-balancer.image=basecamp/kamal-proxy:lb\n",
            "proxy.ssl=false\nproxy.host=app.example.com\n", "proxy.ssl=true\nproxy.host=stockerly.acme-corp.dev\n",
            "proxy.ssl=false\nproxy.host=web\n"})
    void kamalsProxyWithoutAPublicHostOrWithTlsStaysClean(String text) {
        assertThat(on(text, "proxy.ssl")).isEmpty();
    }

    @Test
    void applePushThroughTheDevelopmentGatewayIsATestMode() {
        List<Finding> findings = on("ApplePushSettings[0].Type=apple\n"
                + "ApplePushSettings[0].ApplePushUseDevelopment=true\n", "ApplePushSettings[0].ApplePushUseDevelopment");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.test-mode", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ApplePushUseDevelopment=false", "ApplePushTopic=com.mattermost.Mattermost",
            "ApplePushCertPrivate=./config/mattermost_production_priv.pem", "apn.sandbox=false",
            "SERVER_USE_DEV_SERVER=true"})
    void theProductionGatewayAndOtherSettingsStayClean(String line) {
        assertThat(on(line + "\n", line.substring(0, line.indexOf('=')))).isEmpty();
    }
}
