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
 * The thirty-eighth pass's local-address rules: a loopback URL under a key that names an address people open (Airflow's
 * {@code webserver.base_url}, Evolution API's {@code SERVER_URL}, DHIS2's {@code server.base.url}) is the service's
 * public address written as the developer's machine even on the service's own port, so the own port no longer excuses
 * it as a self-call; health probes, a server calling its own mount on the loopback address, a stack's own services on
 * their declared ports and sidecars stay clean. An e-mail verification link's host ({@code VERIFY_EMAIL_HOST}) is a
 * mailed link, as its {@code _URL} spelling is. A server's TLS port written port-first and set to {@code 0}
 * (OpenOlat's {@code server.port.ssl=0}) and Alfresco's {@code solr.secureComms=none} are the WARN {@code sandbox.tls-off}
 * of a TLS port switched off and of a client's TLS mode none; a real port, a declared ingress, a client's port and the
 * {@code https} and {@code secret} modes stay clean. A self-hosted mail server's own TLS off (docker-mailserver's empty
 * {@code SSL_TYPE}, Mailu's {@code TLS_FLAVOR=notls}) is a NO-GO beside the distribution's own settings; the same
 * spellings without them, with a certificate, or under a prefix are not. An address set to override the one a server
 * writes into its links (Nextcloud's {@code overwrite.cli.url} and {@code overwritehost}, Alfresco's
 * {@code aos.baseUrlOverwrite}) is public: on loopback a NO-GO; a public value, the protocol override, switches and the
 * same file's back-end URLs are not.
 */
class ThirtyEighthPassTransportTests {

    private static final Tuple PUBLIC_NO_GO = Tuple.tuple("sandbox.local-public-url", Severity.NO_GO);

    @ParameterizedTest
    @ValueSource(strings = {"webserver.base_url=http://localhost:8080\nwebserver.web_server_port=8080\n",
            "SERVER_URL=http://localhost:8080\nSERVER_PORT=8080\n",
            "SERVER_URL=http://localhost:8080\nserver.port=8080\n",
            "CONSOLE_URL=http://localhost:3000\nCONSOLE_PORT=3000\n"})
    void anOpenedAddressOnTheServicesOwnPortIsANoGo(String text) {
        String key = text.substring(0, text.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(text), key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(PUBLIC_NO_GO);
        assertThat(findings.get(0).message()).startsWith(key + " points at").contains("people open this address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9090", "http://localhost:8080/"})
    void aServersBaseUrlOnALoopbackNameIsANoGo(String url) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production("server.base.url=" + url + "\n"),
                "server.base.url");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(PUBLIC_NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALTHCHECK_URL=http://127.0.0.1:8080/healthz\nSERVER_PORT=8080\n",
            "SERVER_URL=http://127.0.0.1:1337/app\nPARSE_MOUNT=/app\nPORT=1337\n",
            "SEQ_BASE=http://localhost:8081\nSEQCLS_PORT=8081\n",
            "OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318\nOTEL_PORT=4318\n",
            "webserver.base_url=https://airflow.acme-corp.io\nwebserver.web_server_port=8080\n"})
    void selfCallsSidecarsAndPublicAddressesStayClean(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(text), key)).isEmpty();
    }

    @Test
    void aServersBaseUrlOnTheLoopbackAddressOrAnotherSectionIsNoPublicAddress() {
        List<Finding> findings = SandboxRuleChecks.production("server.base.url=http://127.0.0.1:8080/\n"
                + "custody.server.base.url=http://localhost:8086\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }

    @Test
    void anEmailVerificationLinksHostOnLoopbackIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(
                "SERVER_PORT=9000\nVERIFY_EMAIL_HOST=http://localhost:9000\n"), "VERIFY_EMAIL_HOST");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(PUBLIC_NO_GO);
    }

    @Test
    void mailServersAndLinkHostsWithoutAMailWordAreNoMailedLinks() {
        List<Finding> findings = SandboxRuleChecks.production("MAIL_HOST=localhost\n"
                + "RESET_HOST=http://localhost:8080\n"
                + "VERIFY_EMAIL_HOST=https://app.acme-corp.io\n"
                + "EMAIL_VERIFY_API_HOST=http://localhost:7000\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }

    private static final Tuple TLS_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    @ParameterizedTest
    @ValueSource(strings = {"server.port.ssl", "OLAT_server_port_ssl", "port.tls", "CHAINLINK_TLS_PORT"})
    void aServersTlsPortOfZeroIsTheWarnOfItsTlsListenerOff(String key) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(key + "=0\nserver.port=8080\n"),
                key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " sets the server's TLS port to 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.port.ssl=8443\n", "server.port.ssl=0\ningress.enabled=true\n",
            "client.port.ssl=0\n", "mail.port.ssl=0\n", "server.port=0\n"})
    void aRealTlsPortAFrontedServerAndAClientsPortStayClean(String text) {
        String key = text.substring(0, text.indexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(text), key)).isEmpty();
    }

    @Test
    void aRequirementOfTlsSwitchedOffIsStillReadWhenItEndsInSsl() {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("security.require-ssl=false\n"),
                "security.require-ssl")).extracting(Finding::code, Finding::severity) // NO-GO: no front (48th pass)
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE"})
    void alfrescosSecureCommsNoneIsTheWarnOfAClientsTlsModeNone(String mode) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production("solr.host=solr6\nsolr.secureComms="
                + mode + "\n"), "solr.secureComms");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_WARN);
        assertThat(findings.get(0).message()).doesNotContain(mode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https", "secret", "%SOLR_COMMS%"})
    void alfrescosTlsAndSharedSecretModesStayClean(String mode) {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production("solr.secureComms=" + mode + "\n"),
                "solr.secureComms")).isEmpty();
    }

    private static final Tuple TLS_NO_GO = Tuple.tuple("sandbox.tls-off", Severity.NO_GO);

    @ParameterizedTest
    @ValueSource(strings = {"PERMIT_DOCKER=none\nSSL_TYPE=\n", "OVERRIDE_HOSTNAME=mail.acme-corp.io\nSSL_TYPE=\"\"\n"})
    void dockerMailserversEmptySslTypeIsANoGo(String text) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(text), "SSL_TYPE");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_NO_GO);
        assertThat(findings.get(0).message()).startsWith("SSL_TYPE is left empty").contains("mailbox password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSL_TYPE=\n", "PERMIT_DOCKER=none\nSSL_TYPE=letsencrypt\n",
            "PERMIT_DOCKER=none\nDB_SSL_TYPE=\n"})
    void anSslTypeWithoutTheDistributionAValueOrAPrefixIsNotANoGo(String text) {
        assertThat(SandboxRuleChecks.production(text)).extracting(Finding::code, Finding::severity)
                .doesNotContain(TLS_NO_GO);
    }

    @Test
    void mailusNotlsFlavourIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(
                "HOSTNAMES=mail.acme-corp.io\nPOSTMASTER=admin\nTLS_FLAVOR=notls\n"), "TLS_FLAVOR");
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POSTMASTER=admin\nTLS_FLAVOR=cert\n", "POSTMASTER=admin\nTLS_FLAVOR=letsencrypt\n",
            "POSTMASTER=admin\nTLS_FLAVOR=mail\n"})
    void mailusCertificateFlavoursStayClean(String text) {
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(text), "TLS_FLAVOR")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLS_FLAVOR=notls\n", "POSTMASTER=admin\nHATCHET_CLIENT_TLS_FLAVOR=notls\n"})
    void aNotlsFlavourWithoutMailuOrUnderAPrefixStaysTheClientModesWarn(String text) {
        String key = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1, text.lastIndexOf('='));
        assertThat(SandboxRuleChecks.on(SandboxRuleChecks.production(text), key))
                .extracting(Finding::code, Finding::severity).containsExactly(TLS_WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overwrite.cli.url=http://localhost/", "CONFIG.overwrite.cli.url=http://localhost/nextcloud",
            "CONFIG.overwritehost=localhost", "overwritehost=localhost:8080",
            "aos.baseUrlOverwrite=http://localhost:8080/alfresco/aos"})
    void anOverridingAddressOnLoopbackIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(line + "\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(PUBLIC_NO_GO);
    }

    @Test
    void publicOverridesTheProtocolOverrideSwitchesAndBackEndsAreNoPublicLoopback() {
        List<Finding> findings = SandboxRuleChecks.production("overwrite.cli.url=https://cloud.acme-corp.io/\n"
                + "overwritehost=cloud.acme-corp.io\n"
                + "overwriteprotocol=https\n"
                + "system.allow-template-overwrite=false\n"
                + "OVERWRITE_AUTH=false\n"
                + "solr.url=http://localhost:8983/solr\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.local-public-url");
        assertThat(SandboxRuleChecks.on(findings, "overwrite.cli.url")).isEmpty();
    }
}
