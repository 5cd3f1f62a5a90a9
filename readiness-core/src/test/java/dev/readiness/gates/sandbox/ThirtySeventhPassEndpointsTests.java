package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-seventh pass's address rules: a service's own public site URL left empty ({@code ckan.site_url=},
 * Mattermost's {@code ServiceSettings.SiteURL=}) is a NO-GO, other sites' URLs, deeper keys and a client's section
 * beside its API key stay clean; a Vault listener with TLS disabled on an address other hosts reach is a NO-GO, one on
 * loopback or on Vault's default address stays the WARN of a server's own TLS switch; a host's name key that spells
 * itself ({@code DOMAIN_NAME=YOUR_DOMAIN_NAME}) or a template's placeholder slot ({@code MATRIX_DOMAIN_PLACEHOLDER}) is
 * template text, while a server's display name and real domains stay clean; a server's HTTPS switch off
 * ({@code server.https=off}) is the WARN of a server's own TLS switch.
 */
class ThirtySeventhPassEndpointsTests {

    private static final String CODE = "sandbox.site-url-empty";

    @ParameterizedTest
    @ValueSource(strings = {"ckan.site_url", "ServiceSettings.SiteURL", "SITE_URL", "CKAN_SITE_URL", "siteUrl"})
    void anEmptyPublicSiteUrlIsANoGo(String key) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(key + "=\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CODE, Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + ", the service's public site URL, is empty");
    }

    @Test
    void aQuotedEmptySiteUrlIsEmptyToo() {
        assertThat(SandboxRuleChecks.production("SITE_URL=\"\"\n")).extracting(Finding::code).contains(CODE);
    }

    @Test
    void filledOtherDeeperAndClientSiteUrlsAreNotReported() {
        List<Finding> findings = SandboxRuleChecks.production("ckan.site_url=https://data.acme-corp.io\n"
                + "C3_OFFICIAL_SITE_URL=\n"
                + "external_image_storage.webdav.site_url=\n"
                + "OR_SITE_URL=\n"
                + "OR_API_KEY=\n"
                + "ServiceSettings.SiteURLPrefix=\n"
                + "SITE_NAME=\n"
                + "PUBLIC_URL=\n");
        assertThat(findings).extracting(Finding::code).doesNotContain(CODE);
    }

    @Test
    void anEmptySiteUrlOutsideProductionIsNotReported() {
        assertThat(new SandboxGate().check(dev.readiness.GateContext.of(dev.readiness.Stage.STAGING,
                dev.readiness.settings.Settings.builder().dotenv("app.env", "SITE_URL=\n").build())).findings())
                .extracting(Finding::code).doesNotContain(CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0:8200", "[::]:8200", ":8200", "10.0.4.7:8200", "vault.acme-corp.io:8200"})
    void aVaultListenerWithTlsDisabledOnAnAddressOtherHostsReachIsANoGo(String address) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production("listener.tcp.address=" + address
                + "\nlistener.tcp.tls_disable=1\nstorage.raft.path=/vault/data\n"), "listener.tcp.tls_disable");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        assertThat(findings.get(0).message()).contains("hardening").doesNotContain(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"listener.tcp.address=127.0.0.1:8200\nlistener.tcp.tls_disable=true\n",
            "listener.tcp.tls_disable=1\n",
            "listener.tcp.address=0.0.0.0:9200\nlistener.tcp.purpose=api\nlistener.tcp.tls_disable=true\n"})
    void aLoopbackDefaultOrBoundaryListenerStaysAWarn(String text) {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(text), "listener.tcp.tls_disable"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.tls-off", Severity.WARN));
    }

    @Test
    void aVaultListenerWithTlsOnOrAnIngressInFrontIsNotANoGo() {
        assertThat(SandboxRuleChecks.production("listener.tcp.address=0.0.0.0:8200\nlistener.tcp.tls_disable=0\n"))
                .extracting(Finding::subject).doesNotContain("listener.tcp.tls_disable");
        assertThat(SandboxRuleChecks.production("listener.tcp.address=0.0.0.0:8200\nlistener.tcp.tls_disable=1\n"
                + "ingress.enabled=true\n")).extracting(Finding::subject).doesNotContain("listener.tcp.tls_disable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOMAIN_NAME=YOUR_DOMAIN_NAME", "HOST_NAME=host_name",
            "server_name=MATRIX_DOMAIN_PLACEHOLDER", "PUBLIC_HOST=PUBLIC_HOST_PLACEHOLDER",
            "API_URL=PLACEHOLDER_API_URL"})
    void aHostsNameThatSpellsItsKeyOrAPlaceholderSlotIsTemplateText(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.template-url", Severity.NO_GO));
        assertThat(findings.get(0).message()).doesNotContain(line.substring(key.length() + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SERVER_NAME=YOUR_SERVER_NAME", "SERVER_NAME=SERVER_NAME_PLACEHOLDER",
            "DOMAIN_NAME=acme-corp.io", "server_name=matrix.acme-corp.io", "DB_NAME=placeholder_db",
            "HOST_NAME=web-01", "PUBLIC_HOST=placeholder"})
    void aServersDisplayNameRealNamesAndOtherKeysAreNotTemplateText(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key))
                .extracting(Finding::code).doesNotContain("sandbox.template-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.https=off", "PEERTUBE_WEBSERVER_HTTPS=false", "AFFINE_SERVER_HTTPS=false"})
    void aServersHttpsSwitchOffIsTheWarnOfItsOwnTls(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.tls-off", Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.https=on\n", "DNS_SERVER_WEB_SERVICE_ENABLE_HTTPS=false\n",
            "server.https=off\ningress.enabled=true\n", "mail.server.https=off\n"})
    void anHttpsSwitchOnAnotherListenerOnOrBehindAnIngressIsNotReported(String text) {
        assertThat(SandboxRuleChecks.production(text)).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }
}
