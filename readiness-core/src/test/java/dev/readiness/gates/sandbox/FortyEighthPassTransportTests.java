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
 * The forty-eighth pass's transport rule in the sandbox gate ({@link UnforcedHttps}), each reading beside the values
 * that tempt it. A force-HTTPS switch turned off is a NO-GO when the configuration declares no ingress or proxy that
 * carries TLS in front of the service; beside such a front, in a file named for development, and for a mail client's
 * requirement it stays what it was. ASP.NET Core's {@code RequireHttpsMetadata=false} is a NO-GO whatever is in
 * front, and an ingress controller's own redirect switch is the front's own.
 */
class FortyEighthPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);
    private static final Tuple TLS_OFF_NO_GO = Tuple.tuple("sandbox.tls-off", Severity.NO_GO);

    private static List<Finding> in(String file, String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(file, text), key);
    }

    private static String key(String line) {
        return line.substring(0, line.indexOf('='));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORCE_SSL=false", "REQUIRE_HTTPS=0", "SECURE_SSL_REDIRECT=False",
            "helpdesk_main_force_https=0", "site.forceSSL=off", "secure_connection_required=false",
            "portal.ssl-required=none", "TALISMAN.force_https=False"})
    void aForceHttpsSwitchOffWithNoFrontIsANoGo(String line) {
        List<Finding> findings = in("app.env", "SITE_NAME=ledgerbay\n" + line + "\n", key(line));
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
        assertThat(findings.get(0).message()).endsWith("The configuration declares no ingress or proxy that carries"
                + " TLS in front of the service.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.enabled=true\ningress.tls[0].hosts[0]=desk.ledgerbay.io\n",
            "ingress.hosts[0].host=desk.ledgerbay.io\n", "server.forward-headers-strategy=native\n",
            "PROXY_HEADERS=X-Forwarded-Proto\n"})
    void theSameSwitchBesideADeclaredFrontStaysAWarn(String front) {
        assertThat(in("app.env", front + "FORCE_SSL=false\n", "FORCE_SSL")).extracting(Finding::code,
                Finding::severity).containsExactly(TLS_OFF_WARN);
    }

    @Test
    void anIngressTheFileSwitchesOffIsNoFront() {
        assertThat(in("values.env", "ingress.enabled=false\ningress.hosts[0].host=desk.ledgerbay.io\n"
                + "app.forceSSL=false\n", "app.forceSSL")).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_NO_GO);
    }

    @Test
    void anIngressControllersOwnRedirectSwitchIsRaisedBesideItsOtherKeys() {
        String text = "ingress-nginx.controller.ingressClassResource.name=edge\n"
                + "ingress-nginx.controller.config.ssl-redirect=false\n";
        assertThat(in("values.env", text, "ingress-nginx.controller.config.ssl-redirect"))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ingress.enabled=true\ningress.tls[0].hosts[0]=api.ledgerbay.io\n"})
    void metadataOverPlainHttpIsANoGoWhateverIsInFront(String front) {
        List<Finding> findings = in("appsettings.env", front + "Identity.RequireHttpsMetadata=false\n",
                "Identity.RequireHttpsMetadata");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_NO_GO);
        assertThat(findings.get(0).message()).endsWith("No proxy in front protects this fetch: it is the service's"
                + " own request.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-dev.env", "testing-conf.env", "local.env"})
    void aSwitchInAFileNamedForDevelopmentStaysAWarn(String file) {
        assertThat(in(file, "FORCE_SSL=false\n", "FORCE_SSL")).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMAIL_REQUIRE_TLS=false", "MAILGUN_REQUIRE_TLS=false", "SMTP_REQUIRE_TLS=false"})
    void aMailClientsRequirementIsNeverRaised(String line) {
        assertThat(in("app.env", line + "\n", key(line))).extracting(Finding::severity)
                .doesNotContain(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORCE_SSL=true", "REQUIRE_HTTPS=1", "SECURE_SSL_REDIRECT=True",
            "portal.ssl-required=external", "Identity.RequireHttpsMetadata=true", "HSTS_FORCE_HTTPS=false"})
    void switchesThatKeepHttpsOrAreNoRequirementStayClean(String line) {
        assertThat(in("app.env", line + "\n", key(line))).isEmpty();
    }

    @Test
    void theRuleReadsForceSwitchesByTheirLastWords() {
        assertThat(UnforcedHttps.forceSwitch(List.of("dolibarr", "main", "force", "https"))).isTrue();
        assertThat(UnforcedHttps.forceSwitch(List.of("force", "login", "ssl"))).isTrue();
        assertThat(UnforcedHttps.forceSwitch(List.of("ssl", "redirect"))).isTrue();
        assertThat(UnforcedHttps.forceSwitch(List.of("forcessl"))).isTrue();
        assertThat(UnforcedHttps.forceSwitch(List.of("server", "ssl", "enabled"))).isFalse();
        assertThat(UnforcedHttps.forceSwitch(List.of("ssl"))).isFalse();
        assertThat(UnforcedHttps.forceSwitch(List.of("redirect"))).isFalse();
        assertThat(UnforcedHttps.forceSwitch(List.of())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tls_legacy_protocols=SSLv3", "listener.ssl.enabled-protocols=TLSv1.2,SSLv3",
            "web.server.protocols=TLSv1.3, TLSv1.2, SSLv2"})
    void aProtocolListThatKeepsSslIsANoGo(String line) {
        assertThat(in("app.env", line + "\n", key(line))).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker.ssl.enabled.protocols=TLSv1.2,TLSv1.1,TLSv1", "https.server.protocols=TLSv1.1",
            "gateway.tls.protocol=TLSv1", "api.enabledProtocols=TLSv1.2;TLSv1.1"})
    void aProtocolListThatKeepsTlsOneOrOneOneIsAWarn(String line) {
        assertThat(in("app.env", line + "\n", key(line))).extracting(Finding::code, Finding::severity)
                .containsExactly(TLS_OFF_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https.server.protocols=TLSv1.3,TLSv1.2,SSLv2Hello", "ssl.enabled.protocols=TLSv1.2",
            "ssl.disabled.protocols=SSLv3,TLSv1,TLSv1.1", "jetty.excludeProtocols=SSLv3,TLSv1",
            "ssl_ciphers=SSLv3:!aNULL", "tls.protocols=TLSv1.2,HIGH", "tls.cipher=TLSv1.1",
            "broker.protocol=SSLvpn"})
    void currentVersionsRefusedListsAndOtherValuesStayClean(String line) {
        assertThat(in("app.env", line + "\n", key(line))).isEmpty();
    }

    @Test
    void onlyValuesThatBeginWithAVersionNameAreSplit() {
        assertThat(OldTlsProtocols.mayList("SSLv3")).isTrue();
        assertThat(OldTlsProtocols.mayList("tlsv1.1,tlsv1.2")).isTrue();
        assertThat(OldTlsProtocols.mayList("TLS")).isFalse();
        assertThat(OldTlsProtocols.mayList("ALL:!SSLv3")).isFalse();
        assertThat(OldTlsProtocols.mayList("https://tlsv1.example.org")).isFalse();
    }
}
