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
 * The fortieth pass's transport rules in the sandbox gate, each beside the clean values that tempt it. A product's own
 * TLS switch at the top of its file ({@code tls.enabled=false} in a RabbitMQ chart's values, AdGuard Home's
 * configuration) is a WARN {@code sandbox.tls-off}, as {@code TLS_ENABLED=false} already was; a component's switch
 * ({@code etcd.ssl.enabled}), a server bound to loopback alone, a database chart's switch (the database gate's) and a
 * declared ingress stay clean. A server's own switch that runs it insecure ({@code SERVER_GRPC_INSECURE=t},
 * {@code CELLS_NO_TLS=1}) is the same WARN; an exporter's or a mail client's is not. A cookie's negated flag switched
 * on ({@code SERVER_AUTH_COOKIE_INSECURE=t}) is the insecure-cookie NO-GO. Fly.io's public port 80 on the plain HTTP
 * handler without {@code force_https} is a WARN. A site's own two-word scheme ({@code SEEK_PROTOCOL=http}) is no
 * longer excused by a loopback host beside it; a client's longer scheme key still is. The product's own HTTPS switch
 * in two words ({@code ENABLE_HTTPS=false}, {@code https.enabled=false}) or under {@code server}
 * ({@code server.config.https.enabled=false}) is a WARN; another listener's, a proxy's or a client's stays clean.
 */
class FortiethPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    private static List<Finding> on(String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
    }

    private static final String BROKER_CHART = "replicaCount=3\nimage.repository=rabbitmq\nimage.tag=3.13\n"
            + "service.type=ClusterIP\nservice.port=5672\n";

    @ParameterizedTest
    @ValueSource(strings = {"tls.enabled=false", "ssl.enabled=false", "ssl.enable=false", "tls.enabled=no"})
    void aProductsTopLevelTlsSwitchOffIsAWarn(String line) {
        List<Finding> findings = on(BROKER_CHART + line + "\n", line.substring(0, line.indexOf('=')));
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(line.substring(0, line.indexOf('=')) + " turns the server's")
                .doesNotContain("rabbitmq").doesNotContain("false");
    }

    @Test
    void anAdGuardListenerOnEveryInterfaceWithTlsOffIsAWarn() {
        assertThat(on("bind_host=0.0.0.0\nbind_port=3000\ntls.enabled=false\ntls.server_name=\n", "tls.enabled"))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"etcd.ssl.enabled=false", "redis.tls.enabled=false", "gateway.tls.enabled=false",
            "auditing.servers.tls.enabled=false", "tls.enabled=true", "tls.insecure=false"})
    void aComponentsSwitchOrTlsKeptOnStaysClean(String line) {
        assertThat(on(BROKER_CHART + line + "\n", line.substring(0, line.indexOf('=')))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"listen=false\nlistenAddress.ipv4=0.0.0.0\nport=8000\n",
            "bind_host=127.0.0.1\nbind_port=3000\n", "host=localhost:8080\n"})
    void aServerBoundToLoopbackAloneStaysClean(String binding) {
        assertThat(on(binding + "ssl.enabled=false\n", "ssl.enabled")).isEmpty();
    }

    @Test
    void aDatabaseChartsSwitchIsLeftToTheDatabaseGate() {
        assertThat(on("image.repository=yugabytedb/yugabyte\ntls.enabled=false\n", "tls.enabled")).isEmpty();
    }

    @Test
    void aDeclaredIngressInFrontKeepsTheTopLevelSwitchClean() {
        assertThat(on(BROKER_CHART + "ingress.enabled=true\ntls.enabled=false\n", "tls.enabled")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_GRPC_INSECURE=t", "SERVER_GRPC_INSECURE=true", "server.insecure=1",
            "CELLS_NO_TLS=1", "PHOTOPRISM_DISABLE_TLS=true"})
    void aServersOwnInsecureSwitchIsAWarn(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " runs the server's own listener without TLS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_GRPC_INSECURE=f", "SERVER_GRPC_INSECURE=false", "CELLS_NO_TLS=0",
            "PHOTOPRISM_DISABLE_TLS=false", "EMAIL_SMTP_NO_TLS=true", "API_SERVER_OTEL_EXPORTER_OTLP_INSECURE=true",
            "grpc_allow_insecure=false", "MP_SMTP_AUTH_ALLOW_INSECURE=1", "edgequota.tracing.insecure=true",
            "app.no.tls=true"})
    void clientsExportersAndSafeValuesStayCleanOfTheServerRule(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code, Finding::severity)
                .doesNotContain(TLS_OFF_WARN);
    }

    @Test
    void aServerGrpcSwitchBehindADeclaredIngressStaysClean() {
        assertThat(on("ingress.enabled=true\nSERVER_GRPC_INSECURE=t\n", "SERVER_GRPC_INSECURE")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENABLE_HTTPS=false", "USE_HTTPS=0", "https.enabled=false",
            "server.config.https.enabled=false"})
    void aProductsOwnHttpsSwitchOffIsAWarn(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DNS_SERVER_WEB_SERVICE_ENABLE_HTTPS=false", "nginx.listen_https=false",
            "DISABLE_HTTPS=0", "KC_HOSTNAME_STRICT_HTTPS=false", "ENABLE_HTTPS=true", "proxy.https.enabled=false",
            "client.https.enabled=false", "integrations.docker.cluster.https=false"})
    void anotherListenersOrAClientsHttpsSwitchStaysClean(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code, Finding::severity)
                .doesNotContain(TLS_OFF_WARN);
    }

    @Test
    void anOwnHttpsSwitchBehindADeclaredIngressStaysClean() {
        assertThat(on("ingress.enabled=true\nENABLE_HTTPS=false\n", "ENABLE_HTTPS")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_AUTH_COOKIE_INSECURE=t", "session.cookie.insecure=true", "COOKIE_INSECURE=1"})
    void aCookiesInsecureFlagSwitchedOnIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.insecure-cookie", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + " switches the cookie's Secure flag off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"security.insecure_cookies=false", "SERVER_AUTH_COOKIE_INSECURE=f",
            "COOKIE_INSECURE=0", "SESSION_COOKIE_SECURE=true", "cookie.insecure.reason=legacy"})
    void aCookiesInsecureFlagOffStaysClean(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).isEmpty();
    }

    private static final String FLY_PORT_80 = "app=civic-api\nprimary_region=iad\nservices[0].internal_port=4000\n"
            + "services[0].protocol=tcp\nservices[0].ports[0].handlers[0]=http\nservices[0].ports[0].port=80\n"
            + "services[0].ports[1].handlers[0]=tls\nservices[0].ports[1].handlers[1]=http\n"
            + "services[0].ports[1].port=443\n";

    @Test
    void flysPublicPort80OnThePlainHandlerWithoutARedirectIsAWarn() {
        List<Finding> findings = on(FLY_PORT_80, "services[0].ports[0].handlers[0]");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith("services[0].ports[0].handlers[0] hands the public port 80");
        assertThat(on(FLY_PORT_80, "services[0].ports[1].handlers[1]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"services[0].ports[0].force_https=true\n", "services[0].ports[0].force_https=1\n"})
    void flysPort80WithForceHttpsStaysClean(String force) {
        assertThat(on(FLY_PORT_80 + force, "services[0].ports[0].handlers[0]")).isEmpty();
    }

    @Test
    void aPlainHandlerOnAnotherPortStaysClean() {
        assertThat(on(FLY_PORT_80.replace("ports[0].port=80", "ports[0].port=8080"),
                "services[0].ports[0].handlers[0]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEEK_HOST=localhost\nSEEK_PORT=3000\nSEEK_PROTOCOL=http\n",
            "SERVER_URL=127.0.0.1\nSERVER_PROTOCOL=http\n",
            "alfresco.host=127.0.0.1\nalfresco.port=8080\nalfresco.protocol=http\n"})
    void aSitesOwnSchemeIsNotExcusedByALoopbackHostBesideIt(String text) {
        assertThat(onLastKey(text)).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.cloud.vault.host=localhost\nspring.cloud.vault.scheme=http\n",
            "dataverse.solr.host=localhost\ndataverse.solr.protocol=http\n",
            "SEEK_HOST=localhost\nSEEK_PROTOCOL=https\n"})
    void aClientsSchemeToALocalAgentAndTlsStayClean(String text) {
        assertThat(onLastKey(text)).isEmpty();
    }

    /** The findings on the key of the text's last line. */
    private static List<Finding> onLastKey(String text) {
        return on(text, text.substring(text.lastIndexOf('\n', text.length() - 2) + 1, text.lastIndexOf('=')));
    }
}
