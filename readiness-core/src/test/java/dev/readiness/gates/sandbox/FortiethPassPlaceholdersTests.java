package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fortieth pass's placeholder rules in the sandbox gate: the service's own {@code server_name} left empty in
 * production (CONSUL's {@code secrets.yml}, the host of every e-mail link) is a NO-GO {@code sandbox.site-url-empty},
 * while longer names, names below another section and data sources' server names stay clean; a host below the
 * reader's own business in a sample's words before {@code .com} ({@code java-app.company.com},
 * {@code www.my-shop.com}) is a NO-GO template host, while the domain alone (an OpenLDAP naming context),
 * {@code mycompany} (this project's stand-in for a real domain), other top-level domains and real names holding the
 * words stay clean; a bracketed slot
 * whose own last word is {@code url}, {@code uri} or {@code endpoint} ({@code <issuer-url>}, {@code <ZITADELURL>}) is a NO-GO template whatever
 * the key, other slots under issuer keys stay clean; a URL query parameter whose value is its own name in capitals
 * ({@code ?idpid=IDPID}) is a NO-GO template URL, real capital values and short names stay clean.
 */
class FortiethPassPlaceholdersTests {

    private static final String SITE_URL_EMPTY = "sandbox.site-url-empty";

    @ParameterizedTest
    @ValueSource(strings = {"server_name", "production.server_name", "SERVER_NAME", "prod.serverName"})
    void anEmptyOwnServerNameIsANoGo(String key) {
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(key + "=\n"), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple(SITE_URL_EMPTY, Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + ", the service's own server name, is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tls.server_name", "ZBX_SERVER_NAME", "global.well_known_server_name",
            "spring.datasource.serverName", "staging.server_name", "server_names", "server_name_prefix",
            "mail.smtp.server_name"})
    void otherEmptyServerNamesAreNotReported(String key) {
        assertThat(SandboxRuleChecks.production(key + "=\n")).extracting(Finding::code).doesNotContain(SITE_URL_EMPTY);
    }

    @Test
    void aFilledServerNameOrAnEmptyOneOutsideProductionIsNotReported() {
        assertThat(SandboxRuleChecks.production("server_name=consul.acme-corp.io\n")).extracting(Finding::code)
                .doesNotContain(SITE_URL_EMPTY);
        Settings settings = Settings.builder().dotenv("app.env", "server_name=\n").build();
        assertThat(new SandboxGate(ProviderCatalog.builtIn()).check(GateContext.of(Stage.STAGING, settings)).findings())
                .extracting(Finding::code).doesNotContain(SITE_URL_EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.hosts[0].host=java-app.company.com", "PUBLIC_HOST=essence.my-store.com",
            "ASSET_URL_PREFIX=https://www.my-shop.com/assets/", "API_URL=https://api.my_store.com",
            "SITE_URL=https://shop.mybusiness.com"})
    void aHostBelowTheReadersOwnBusinessIsATemplateHost(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(findings.get(0).message()).doesNotContain("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LDAP_DOMAIN=company.com", "API_URL=https://api.mycompany.net",
            "SITE_URL=https://app.mycompany.com", "SITE_URL=https://essence.my-company.com",
            "API_URL=https://testimonials.acme-shop.com", "API_URL=https://api.companyhouse.com",
            "API_URL=https://www.mystorefront.com", "API_URL=https://api.company.io", "API_URL=https://mystery.com",
            "API_URL=https://app.myshopify.com"})
    void theDomainAloneOtherTopLevelDomainsAndRealNamesAreNotTemplates(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code).doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"micronaut.security.oauth2.clients.oidc.openid.issuer=<issuer-url>",
            "NETBIRD_AUTH_AUTHORITY=<ZITADELURL>", "OIDC_ISSUER=<your issuer uri>", "AUTH_AUTHORITY=<tenant-endpoint>"})
    void aBracketedSlotThatAsksForAnAddressIsATemplateWhateverTheKey(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(findings.get(0).message()).contains("angle brackets").doesNotContain(line.substring(
                line.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OIDC_ISSUER=<your-issuer>", "JWT_ISSUER=<app-name>", "AUTH_AUTHORITY=<none>",
            "NODE_NAME=<hostname>", "CLUSTER_NAME=<cluster-domain>",
            "OIDC_ISSUER=<%= ENV['ISSUER_URL'] %>", "OIDC_ISSUER=https://login.acme-corp.io/realms/main"})
    void otherSlotsUnderIssuerKeysAreNotAddressTemplates(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code).doesNotContain("sandbox.reserved-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAML_IDP_SSO_URL=https://accounts.google.com/o/saml2/idp?idpid=IDPID",
            "SAML_IDP_ENTITY_ID=https://accounts.google.com/o/saml2?idpid=IDPID",
            "REPORT_URL=https://api.acme-corp.io/v1/report?tenant_id=TENANT_ID&format=json"})
    void aQueryParameterHoldingItsOwnNameInCapitalsIsATemplateUrl(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.template-url", Severity.NO_GO));
        assertThat(findings.get(0).message()).contains("query parameter in capitals").doesNotContain("IDPID")
                .doesNotContain("TENANT_ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPORT_URL=https://api.acme-corp.io/v1/report?format=JSON",
            "REPORT_URL=https://api.acme-corp.io/v1/report?KEY=KEY", "REPORT_URL=https://api.acme-corp.io/v1/r?id=ID",
            "REPORT_URL=https://api.acme-corp.io/v1/report?region=EU&mode=LIVE",
            "REPORT_URL=https://api.acme-corp.io/v1/report?idpid=C01abc9xz"})
    void realCapitalValuesAndShortOrCapitalNamesAreNotSlots(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).extracting(Finding::code).doesNotContain("sandbox.template-url");
    }
}
