package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainValuesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static Outcome production(String key, String value) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DEFAULT_DOMAIN|localhost:3000",
        "TAIGA_DOMAIN|localhost:9000",
        "APP_DOMAIN|127.0.0.1",
        "SITE_FQDN|localhost",
        "PUBLIC_HOSTNAME|localhost:8080",
        "DOMAIN_NAME|localhost",
        "DOMAINNAME|localhost",
        "APP_DOMAIN_NAME|127.0.0.1"})
    void aLoopbackHostUnderAPublicDomainKeyIsALocalPublicAddress(String key, String value) {
        assertThat(production(key, value).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.local-public-url");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DEFAULT_DOMAIN|app.mycompany.io:443",
        "APP_DOMAIN|shop.mycompany.io",
        "KEYCLOAK_HOSTNAME|keycloak",
        "EMAIL_DOMAIN|mail",
        "REDIS_HOSTNAME|redis",
        "DOMAIN_NAME|shop.mycompany.io",
        "DOMAINNAME|mycompany.io",
        "LDAP_DOMAIN_NAME|corp.local",
        "DATABASE_NAME|localhost"})
    void aRealOrServiceHostUnderADomainKeyIsClean(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "paypal.domain|domain",
        "APP_DOMAIN|your-domain",
        "alipay.domain|外网访问项目的域名，支付通知中会使用",
        "xboot.qiniu.domain|你的域名，如http://cdn.qiniu.invalid",
        "union.domain|项目域名",
        "SITE_DOMAIN|the public name of the site"})
    void templateTextUnderADomainKeyIsNoHost(String key, String value) {
        assertThat(production(key, value).findings()).extracting(Finding::code)
                .containsExactly("sandbox.reserved-host");
        assertThat(production(key, value).findings()).allSatisfy(finding ->
                assertThat(finding.message().replace(key, "")).doesNotContain(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SITE_DOMAIN|bücher.de",
        "CDN_DOMAIN|例子.中国",
        "COOKIE_DOMAIN|.mycompany.io",
        "MAIL_DOMAIN|domains.mycompany.io"})
    void internationalisedAndOrdinaryDomainsAreHosts(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }
}
