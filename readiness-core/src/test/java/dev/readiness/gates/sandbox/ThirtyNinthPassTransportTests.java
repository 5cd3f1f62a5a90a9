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
 * The thirty-ninth pass's transport rules in the sandbox gate: a plain {@code ldap://} address to a directory on a
 * public DNS name is a WARN {@code sandbox.tls-off} even when the client's password comes from elsewhere (defguard's
 * {@code DEFGUARD_LDAP_URL}), and an {@code ldap://} address is read whatever its key's words, so Gerrit's
 * {@code auth.server}, the directory that checks each user's login, is the NO-GO such a login directory already was
 * under an {@code ldap} key. Compose and cluster names, names under internal suffixes, addresses, template names, the
 * LDAPS port, {@code ldaps://} and StartTLS switched on stay clean. A Helm chart's ingress enabled for a public host
 * with an empty TLS list ({@code ingress.tls=}) is a WARN {@code sandbox.tls-off}; the chart's default (the ingress
 * off), an internal host, and annotations that hand TLS to the load balancer stay clean (a template host and a rule
 * without a host are WARNs since the forty-first pass: {@code FortyFirstPassTransportTests}). Superset's
 * {@code SMTP_SSL_SERVER_AUTH=False} (the mail server's certificate unchecked) and KrakenD's
 * {@code disable_jwk_security=true} (token keys fetched over plain HTTP) are the NO-GO {@code sandbox.tls-unverified};
 * their safe values, and a server's {@code auth} switch without a TLS word, stay clean.
 */
class ThirtyNinthPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    private static List<Finding> on(String text, String key) {
        return SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEFGUARD_LDAP_URL=ldap://hq.acme-corp.net:389\n",
            "ldap.url=ldap://ldap.acme-corp.no:389\n",
            "DIRECTORY_SERVER_URL=ldap://directory.acme-corp.com/dc=acme,dc=com\n"})
    void aPlainDirectoryAddressOnAPublicNameIsAWarn(String text) {
        String key = text.substring(0, text.indexOf('='));
        List<Finding> findings = on(text, key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " is a plain ldap:// address")
                .doesNotContain("acme-corp");
    }

    @Test
    void aLoginDirectoryUnderAnAuthKeyIsANoGo() {
        List<Finding> findings = on("auth.type=LDAP\nauth.server=ldap://ldap.acme-corp.com\n", "auth.server");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ldap://ldap:389", "ldap://openldap.auth.svc.cluster.local:389",
            "ldap://dc01.corp.local:389", "ldap://10.0.4.12:389", "ldap://99.99.99.99:389",
            "ldap://directory.acme-corp.edu:636/dc=acme,dc=edu", "ldaps://ldap.acme-corp.com",
            "ldap://localhost:389"})
    void internalNamesAddressesAndTlsStayClean(String url) {
        assertThat(on("DEFGUARD_LDAP_URL=" + url + "\n", "DEFGUARD_LDAP_URL"))
                .extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void startTlsSwitchedOnBesideTheAddressKeepsItClean() {
        assertThat(on("DEFGUARD_LDAP_URL=ldap://hq.acme-corp.net:389\nDEFGUARD_LDAP_USE_STARTTLS=true\n",
                "DEFGUARD_LDAP_URL")).isEmpty();
    }

    @Test
    void aTemplateDirectoryNameGetsNoSecondFinding() {
        assertThat(on("ldap.server=ldap://ldap.example.com\n", "ldap.server")).extracting(Finding::code)
                .doesNotContain("sandbox.tls-off").isNotEmpty();
    }

    private static final String INGRESS = "ingress.enabled=true\ningress.className=nginx\n"
            + "ingress.hosts[0].host=projects.acme-corp.dev\ningress.hosts[0].paths[0]=/\ningress.tls=\n";

    @Test
    void anEnabledIngressForAPublicHostWithNoTlsIsAWarn() {
        List<Finding> findings = on(INGRESS, "ingress.tls");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith("ingress.tls is empty").doesNotContain("acme-corp");
        assertThat(on("api.ingress.enabled=true\napi.ingress.hosts[0].name=async-api.acme-corp.fr\napi.ingress.tls=\n",
                "api.ingress.tls")).extracting(Finding::code).containsExactly("sandbox.tls-off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.enabled=false\ningress.hosts[0].host=projects.acme-corp.dev\ningress.tls=\n",
            "ingress.enabled=true\ningress.hosts[0]=mattermost.acme-corp.lan\ningress.tls=\n",
            "ingress.enabled=true\ningress.hosts[0].host=projects.acme-corp.dev\ningress.tls=\n"
                    + "ingress.annotations.alb.ingress.kubernetes.io.certificate-arn=arn:aws:acm:eu-west-1:1:certificate/x\n",
            "ingress.enabled=true\ningress.tls=\n"})
    void aDisabledOrInternalOrAnnotatedIngressStaysClean(String text) {
        assertThat(on(text, "ingress.tls")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMTP_SSL_SERVER_AUTH=False", "endpoints[2].extra_config.auth/validator.disable_jwk_security=true",
            "auth.validator.disable_jwks_security=true"})
    void aServerCheckOrAKeySetsTlsRequirementSwitchedOffIsUnverified(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(line.replace("auth/validator", "auth_validator") + "\n", key.replace("auth/validator",
                "auth_validator"))).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-unverified", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMTP_SSL_SERVER_AUTH=True", "auth_validator.disable_jwk_security=false",
            "userserver.auth=false", "SERVER_AUTH=false", "jwk.security=true"})
    void theCheckedValuesAndOtherAuthSwitchesStayClean(String line) {
        assertThat(on(line + "\n", line.substring(0, line.indexOf('=')))).isEmpty();
    }
}
