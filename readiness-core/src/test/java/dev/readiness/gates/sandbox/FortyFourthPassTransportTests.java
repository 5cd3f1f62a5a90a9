package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fourth pass's transport rules in the sandbox gate, each beside the clean values that tempt it. A client's
 * negated TLS switch turned on ({@code MQTT_NO_TLS=true}, {@code AMQP_TLS_DISABLED=yes}) beside a key of the same
 * words naming a public host is a WARN {@code sandbox.tls-off}, as {@code use_ssl=false} is; the same switch off, or
 * beside a Compose, cluster, loopback or template host, or alone, stays clean. An ingress controller's own
 * {@code controller.config.ssl-redirect=false} is a WARN; an ingress's annotation and {@code true} stay clean. A bare
 * {@code url} or a {@code FRONTEND_URL} in plain http on a public name is a WARN; https, a template, loopback, a
 * section's {@code minio.url}, a {@code frontUrl} and a reference stay clean. A section's TLS switch off while the same
 * section binds every interface ({@code service.enable_tls=false} beside {@code service.host=0.0.0.0}) is a WARN;
 * loopback, a named host, no bind address, trusted proxies or an ingress, and mail or cluster sections stay clean.
 */
class FortyFourthPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);
    private static final Tuple TLS_OFF_NO_GO = Tuple.tuple("sandbox.tls-off", Severity.NO_GO);

    private static List<Finding> on(String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
    }

    private static String lastKey(String text) {
        String line = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        return line.substring(0, line.indexOf('='));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MQTT_HOST=broker.hivemq.com\nMQTT_USERNAME=meter\nMQTT_NO_TLS=true\n",
            "events.broker.host=rabbit.acme-corp.io\nevents.broker.disable_ssl=1\n",
            "AMQP_URL=amqp://meter:s3cr3t-pass@mq.acme-corp.com/vhost\nAMQP_TLS_DISABLED=yes\n",
            "tracer.brokers=atlas-mb.cern.ch\ntracer.ssl_disable=true\n"})
    void aNegatedTlsSwitchOnTowardAPublicHostNamedBesideItIsAWarn(String text) {
        String key = lastKey(text);
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " switches TLS off").doesNotContain("acme-corp")
                .doesNotContain("hivemq").doesNotContain("cern.ch").doesNotContain("s3cr3t");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MQTT_HOST=broker.hivemq.com\nMQTT_NO_TLS=false\n",
            "MQTT_HOST=broker.hivemq.com\nMQTT_TLS_DISABLED=false\n",
            "MQTT_HOST=mosquitto\nMQTT_NO_TLS=true\n",
            "MQTT_HOST=localhost\nMQTT_NO_TLS=true\n",
            "MQTT_HOST=mq.messaging.svc.cluster.local\nMQTT_NO_TLS=true\n",
            "MQTT_HOST=your-mqtt-broker.com\nMQTT_NO_TLS=true\n",
            "MQTT_HOST=${BROKER_HOST}\nMQTT_NO_TLS=true\n",
            "MQTT_NO_TLS=true\n",
            "OTHER_HOST=broker.hivemq.com\nMQTT_NO_TLS=true\n",
            "SMTP_HOST=smtp.acme-corp.com\nSMTP_NO_TLS=true\n",
            "APP_EXTERNAL_URL=https://app.acme-corp.com\nAPP_NO_TLS=true\n"})
    void theNegatedSwitchOffOrTowardAnInternalUnknownOrOtherRulesHostStaysClean(String text) {
        String key = lastKey(text);
        assertThat(on(text, key)).noneMatch(finding -> finding.code().equals("sandbox.tls-off")
                && finding.message().contains("public host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress-nginx.controller.config.ssl-redirect=false\n",
            "controller.config.force-ssl-redirect=false\ncontroller.kind=DaemonSet\ningress.class=nginx\n"})
    void anIngressControllersRedirectSwitchedOffIsANoGo(String text) {
        String key = text.substring(0, text.indexOf('='));
        List<Finding> findings = on(text, key);
        // forty-eighth pass: the controller is the front itself, so nothing in front redirects (UnforcedHttps)
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
        assertThat(findings.get(0).message()).startsWith(key + " stops the service from redirecting or requiring");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress-nginx.controller.config.ssl-redirect=true\n",
            "ingress-nginx.controller.config.ssl-redirect=false\nAPP_ENV=development\n",
            "ingress.annotations.ssl-redirect=false\n", "ingress-nginx.controller.config.use-gzip=false\n",
            "ingress-nginx.controller.service.ssl-redirect=false\n"})
    void anIngressAnnotationOrTheRedirectOnStaysClean(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(on(text, key)).noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"url=http://news.acme-corp.com\n", "FRONTEND_URL=http://chat.acme-corp.site\n",
            "app.frontend.url=http://shop.acme-corp.com:8080/\n"})
    void aSitesOrFrontEndsOwnAddressInPlainHttpOnAPublicNameIsAWarn(String text) {
        String key = text.substring(0, text.indexOf('='));
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + ", a site's or front end's address")
                .doesNotContain("acme-corp");
        assertThat(findings.get(0).remediation()).doesNotContain("acme-corp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"url=https://news.acme-corp.com\n", "FRONTEND_URL=https://chat.acme-corp.site\n",
            "FRONTEND_URL=http://localhost:3000\n", "url=http://yoursite.com\n",
            "FRONTEND_URL=http://frontend:3000\n", "minio.url=http://files.acme-corp.com\n",
            "acpsdk.frontUrl=http://pay.acme-corp.com/frontRcvResponse\n",
            "FRONT_URL=http://forms.acme-corp.com\n", "FRONTEND_URL=http://shop-front.web.app\n",
            "SITE_HOST=news.acme-corp.com\nFRONTEND_URL=http://${SITE_HOST}\n"})
    void aSecureTemplateLocalOrOtherAddressStaysClean(String text) {
        String key = lastKey(text);
        assertThat(on(text, key)).noneMatch(finding -> finding.code().equals("sandbox.tls-off")
                && finding.message().contains("a site's or front end's address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"service.host=0.0.0.0\nservice.http_port=6333\nservice.enable_tls=false\n",
            "servicewebapi.bindAddress = 0.0.0.0\nservicewebapi.useSsl = false\n",
            "http.bind-address=:8086\nhttp.https-enabled=false\n",
            "api.listen=[::]:9000\napi.tls.enabled=false\n"})
    void aListenersTlsSwitchedOffWhileItBindsEveryInterfaceIsAWarn(String text) {
        String key = lastKey(text).strip();
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " switches TLS off on a listener whose ")
                .doesNotContain("0.0.0.0").doesNotContain("8086");
    }

    @ParameterizedTest
    @ValueSource(strings = {"service.host=127.0.0.1\nservice.enable_tls=false\n",
            "service.host=qdrant.acme-corp.com\nservice.enable_tls=false\n",
            "service.enable_tls=false\n",
            "service.host=0.0.0.0\nservice.enable_tls=true\n",
            "http_bind_address=0.0.0.0:9000\ntrusted_proxies=10.43.0.0/16\nhttp_enable_tls=false\n",
            "service.host=0.0.0.0\ningress.enabled=true\nservice.enable_tls=false\n",
            "smtp_server.bind_address=::\nsmtp_server.tls_enabled=false\n",
            "cluster.p2p.host=0.0.0.0\ncluster.p2p.enable_tls=false\n",
            "other.host=0.0.0.0\nservice.enable_tls=false\n"})
    void aLoopbackNamedUnboundProxiedOrOtherSectionStaysClean(String text) {
        String key = lastKey(text);
        assertThat(on(text, key)).noneMatch(finding -> finding.code().equals("sandbox.tls-off")
                && finding.message().contains("binds every interface"));
    }
}
