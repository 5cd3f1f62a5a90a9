package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The twenty-second pass's endpoint rules, each on both sides: JavaMail's trust-every-host and identity switches; a
 * host label that ends in {@code _here}; a reverse proxy's upstream on loopback; a client section's dry run beside
 * its credentials or live switch. Hosts and keys are made up unless a product's own naming is the point.
 */
class TwentySecondPassEndpointRulesTests {

    private static List<Finding> onLine(String line) {
        return on(production(line + "\n"), line.substring(0, line.indexOf('=')));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"spring.mail.properties.mail.smtp.ssl.trust|*",
            "mail.imaps.ssl.trust|*", "spring.mail.properties.mail.smtp.ssl.checkserveridentity|false",
            "mail.smtp.ssl.checkServerIdentity|false", "connectors[0].config.insecureNoSSL|true", "tls.insecure|true"})
    void mailSwitchesThatTrustEveryCertificateShouldBeNoGo(String key, String value) {
        // NO-GO since session 29 (WARN before): outgoing calls cross networks the service does not own
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.tls-unverified", Severity.NO_GO));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"spring.mail.properties.mail.smtp.ssl.trust|smtp.gmail.com",
            "mail.smtp.ssl.trust|mail.acme-corp.com", "spring.mail.properties.mail.smtp.ssl.checkserveridentity|true",
            "cors.allowed-origins|*", "security.trust|*", "trust|*", "connectors[0].config.insecureNoSSL|false",
            "tls.insecure|false", "otel.insecure|true", "quarkus.http.insecure-requests|enabled"})
    void mailSwitchesThatKeepVerificationOrOtherWildcardsShouldStayClean(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BACKEND_URL=http://PROD_IP_HERE:5000/api", "API_URL=https://your_server_ip_here/v1",
            "WEBHOOK_URL=https://DOMAIN_HERE/hooks"})
    void aHostThatEndsInHereShouldBeATemplate(String line) {
        assertThat(onLine(line)).extracting(Finding::severity).contains(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BACKEND_URL=http://where:5000/api", "API_URL=https://sphere.acme-corp.com/v1",
            "WEBHOOK_URL=https://adhere.io/hooks", "API_URL=https://there.acme-corp.com/v1"})
    void aHostThatOnlyContainsHereShouldStayClean(String line) {
        assertThat(onLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx_upstream_host=localhost", "UPSTREAM_HOST=127.0.0.1",
            "CADDY_UPSTREAM_URL=http://127.0.0.1:8080", "tunnel_ingress[0].service=http://localhost:3000",
            "cloudflared.ingress[1].service=http://127.0.0.1:5000"})
    void aReverseProxysUpstreamOnLoopbackShouldStayClean(String line) {
        assertThat(onLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx_backend_host=localhost", "SEARCH_HOST=127.0.0.1"})
    void aLoopbackHostOfAnotherKindStillWarns(String line) {
        assertThat(onLine(line)).extracting(Finding::code)
                .containsExactly("sandbox.local-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"polymarket.api.secret=${POLY_API_SECRET:}\npolymarket.dry-run=true\n",
            "polymarket.live-mode=true\npolymarket.dry-run=true\n",
            "exchange.private-key=${KEY}\nexchange.dry_run=yes\n"})
    void aClientsDryRunBesideItsCredentialsShouldBeNoGo(String text) {
        String key = text.contains("exchange") ? "exchange.dry_run" : "polymarket.dry-run";
        assertThat(on(production(text), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.test-mode", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"polymarket.api.secret=${POLY_API_SECRET:}\npolymarket.dry-run=false\n",
            "polymarket.live-mode=false\npolymarket.dry-run=true\n",
            "liquibase.url=jdbc:postgresql://db/app\nliquibase.dry-run=true\n",
            "SENTRY_AUTH_TOKEN=${T}\nNEXT_BUILD_ENV_SENTRY_UPLOAD_DRY_RUN=true\n",
            "other.api.secret=${S}\npolymarket.dry-run=true\n"})
    void aDryRunWithoutItsSectionsMeansToActShouldStayClean(String text) {
        String key = text.lines().filter(line -> line.contains("DRY_RUN") || line.contains("dry-run"))
                .findFirst().orElseThrow();
        key = key.substring(0, key.indexOf('='));
        assertThat(on(production(text), key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPLUNK_API_URL=e.g. https://api.us1.signalfx.com",
            "tist.admin.system-url=\u8acb\u8f38\u5165\u7db2\u5740\u5982: https://welfare.acme-city.gov.tw",
            "PAYMENT_NOTIFY_URL=enter your https://shop.acme-corp.com/notify"})
    void aSentenceAroundAnExampleUrlShouldBeATemplateUrl(String line) {
        assertThat(onLine(line)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.template-url", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATASOURCE_URL=jdbc:mysql://db.acme-corp.com/app",
            "catalogue.stockPath=urn:acme-corp.com:url:https://files.acme-corp.com/zips/",
            "error-uri-msg=See the full API docs at https://docs.acme-corp.com",
            "KC_HOSTNAME_URL=${KC_URL:?set the public https URL e.g. https://id.acme-corp.com}",
            "ALLOWED_ORIGINS=app.acme-corp.com https://admin.acme-corp.com",
            "CALLBACK_URL=https://shop.acme-corp.com/callback"})
    void aUrlOrATemplateOrAMessageShouldNotBeReadAsASentence(String line) {
        assertThat(onLine(line)).extracting(Finding::code)
                .doesNotContain("sandbox.template-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALERT_EMAIL=alerts@your-domain.com", "ALERTS_EMAIL=ops@example.test"})
    void anAlertAddressOnATemplateDomainShouldWarn(String line) {
        assertThat(onLine(line)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.reserved-mail-address", Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALERT_EMAIL=alerts@acme-corp.com", "ALERT_EMAIL_USER=your-email@gmail.com",
            "ADMIN_EMAIL=admin@your-domain.com"})
    void anAlertAddressOnARealDomainOrAnAccountShouldStayClean(String line) {
        assertThat(onLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"smart-trader.live-trading-enabled=false", "LIVE_TRADING_ENABLED=false",
            "PAPER_TRADING_ENABLED=true", "bot.paper-trading-enable=true"})
    void aTradingModeWrittenAsAFeatureSwitchShouldBeNoGo(String line) {
        assertThat(onLine(line)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.test-mode", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIVE_TRADING_ENABLED=true", "PAPER_TRADING_ENABLED=false", "LIVE_CHAT_ENABLED=false",
            "features.live-reload-enabled=false"})
    void aLiveModeOnOrAnotherFeatureSwitchShouldStayClean(String line) {
        assertThat(onLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUPABASE_URL=https://TU-STAGING.supabase.co",
            "ASSISTANT_URL=https://assistant-staging.TU-SUBDOMINIO.workers.dev/api", "AIRBYTE_URL=https://airbyte.YOUR_DOMAIN.com",
            "API_URL=https://api.PROJECT_REF.example-cloud.io/v1"})
    void aLabelOfCapitalWordsInALowerCaseHostShouldBeATemplate(String line) {
        assertThat(onLine(line)).extracting(Finding::code, Finding::severity)
                .contains(tuple("sandbox.reserved-host", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_URL=jdbc:oracle:thin:@A01DBVL010.adeo.no:1521/svc", "API_URL=https://api.acme-corp.com/v1",
            "LEGACY_URL=https://SQLPROD01.corp.acme-corp.com/", "ERP_URL=https://SAP-PROD-01.acme-corp.com/",
            "PORTAL_URL=https://Portal-Prod.acme-corp.com/", "HOST_URL=https://ACME-CORP.COM/"})
    void aMachineNameInCapitalsOrAHostInOneCaseShouldStayClean(String line) {
        assertThat(onLine(line)).extracting(Finding::code).doesNotContain("sandbox.reserved-host");
    }
}
