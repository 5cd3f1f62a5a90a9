package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The thirty-sixth pass's address rules: an OAuth redirect URI in plain http on a public name, a mail client's
 * STARTTLS (or, with no STARTTLS setting at all, its TLS) switched off towards a public relay's submission port, and a
 * URL whose host is a capital variable's name for the slot, a TLS client told to ignore TLS (its certificate), a dry
 * run of a service's outgoing messages, and an ACME contact Let's Encrypt refuses.
 */
class ThirtySixthPassEndpointsTests {

    private static List<Tuple> onKey(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.subject().equals(key))
                .map(f -> Tuple.tuple(f.code(), f.severity())).toList();
    }

    private static void eachIsANoGo(List<Finding> findings, String code, String... keys) {
        for (String key : keys) {
            assertThat(onKey(findings, key)).as(key).containsExactly(Tuple.tuple(code, Severity.NO_GO));
        }
    }

    @Test
    void anOauthRedirectUriInPlainHttpOnAPublicNameIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.production(
                "redirect_url=http://moc-vr.informaticslab.co.uk/oauth2/callback\n"
                + "spring.security.oauth2.client.registration.google.redirect-uri=http://shop.acme-corp.io:31000/login"
                + "/oauth2/code/google\n"
                + "staticClients[0].redirectURIs[0]=http://app.acme-corp.io/auth/callback\n"
                + "silhouette.google.redirectURL=http://acme-backend.herokuapp.com/authenticate/google\n");
        eachIsANoGo(findings, "sandbox.tls-off", "redirect_url",
                "spring.security.oauth2.client.registration.google.redirect-uri",
                "staticClients[0].redirectURIs[0]", "silhouette.google.redirectURL");
        assertThat(SandboxRuleChecks.on(findings, "redirect_url").get(0).message())
                .contains("authorization code").doesNotContain("/oauth2/callback");
    }

    @Test
    void httpsRedirectsServiceNamesLandingPagesAndReturnUrlsAreNotATlsFinding() {
        List<Finding> findings = SandboxRuleChecks.production(
                "redirect_url=https://moc-vr.informaticslab.co.uk/oauth2/callback\n"
                + "app.redirect-uri=http://web:3000/callback\n"
                + "app.logout.redirect-url=http://app.acme-corp.io/bye\n"
                + "nias.saml.success-redirect-url=http://portal.acme-corp.io/welcome\n"
                + "returnUrl=http://www.roncoo.com\n"
                + "other.redirect-uri=http://${PUBLIC_HOST}/callback\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void startTlsOffTowardsAPublicRelaysSubmissionPortIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.production("DISCOURSE_SMTP_ADDRESS=smtp.mailgun.org\n"
                + "DISCOURSE_SMTP_PORT=587\n"
                + "DISCOURSE_SMTP_PASSWORD=\n"
                + "DISCOURSE_SMTP_ENABLE_START_TLS=false\n"
                + "transport_email_hostname=mail.acme-corp.net.\n"
                + "transport_email_port=587\n"
                + "transport_email_use_tls=false\n"
                + "transport_email_use_ssl=false\n"
                + "smtp_server=email-smtp.eu-west-1.amazonaws.com\n"
                + "smtp_port=587\n"
                + "smtp_ssl=False\n");
        eachIsANoGo(findings, "sandbox.tls-off", "DISCOURSE_SMTP_ENABLE_START_TLS", "transport_email_use_tls",
                "smtp_ssl");
        // the implicit-TLS switch beside a STARTTLS switch is that switch's matter
        assertThat(onKey(findings, "transport_email_use_ssl")).isEmpty();
    }

    @Test
    void relaysInTheClusterImplicitTlsPortsAndStartTlsOnStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("mailRelay.host=mail-relay.platform.svc.cluster.local\n"
                + "mailRelay.port=587\n"
                + "mailRelay.tls=never\n"
                + "play.mailer.host=smtp.gmail.com\n"
                + "play.mailer.port=587\n"
                + "play.mailer.ssl=no\n"
                + "play.mailer.tls=yes\n"
                + "mastodon.smtp.server=smtp.mailgun.org\n"
                + "mastodon.smtp.port=587\n"
                + "mastodon.smtp.enable_starttls=auto\n"
                + "mastodon.smtp.tls=false\n"
                + "odoo.smtp_server=localhost\n"
                + "odoo.smtp_port=587\n"
                + "odoo.smtp_ssl=False\n"
                + "x.smtp.host=smtp.gmail.com\n"
                + "x.smtp.port=465\n"
                + "x.smtp.ssl=false\n"
                + "nodemailer.smtp.host=smtp.gmail.com\n"
                + "nodemailer.smtp.port=587\n"
                + "nodemailer.smtp.secure=false\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
    }

    @Test
    void aUrlWhoseHostNamesItsSlotInCapitalsIsTemplateText() {
        List<Finding> findings = SandboxRuleChecks.production("API_URL=http://API_HOST/v1\n"
                + "PUBLIC_URL=https://MATRIX_DOMAIN/\n"
                + "BACKEND_URL=http://APIHOST:8080\n");
        eachIsANoGo(findings, "sandbox.reserved-host", "API_URL", "PUBLIC_URL", "BACKEND_URL");
    }

    @Test
    void capitalMachineNamesAndBareVariableNamesAreNotTemplateText() {
        List<Finding> findings = SandboxRuleChecks.production("API_URL=http://TITAN/api\n"
                + "REPORTS_URL=http://SQLPROD01/reports\n"
                + "BLOG_URL=http://GHOST:2368\n"
                + "k8sdb.Host=CART_DB_SERVICE_SERVICE_HOST\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.reserved-host");
    }

    @Test
    void aClientToldToIgnoreTlsIsUnverified() {
        List<Finding> findings = SandboxRuleChecks.production("MLFLOW_S3_IGNORE_TLS=true\n"
                + "APP_IGNORE_SSL_ERRORS=true\n"
                + "ignoreCertificateErrors=true\n");
        eachIsANoGo(findings, "sandbox.tls-unverified", "MLFLOW_S3_IGNORE_TLS", "APP_IGNORE_SSL_ERRORS",
                "ignoreCertificateErrors");
    }

    @Test
    void ignoreSwitchesOffAMailClientsIgnoreAndOtherIgnoresStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("MLFLOW_S3_IGNORE_TLS=false\n"
                + "SMTP_IGNORE_TLS=true\n"
                + "IGNORE_ROBOTS_TXT=true\n"
                + "ignore_tls_warnings_log=info\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-unverified");
    }

    @Test
    void aDryRunOfOutgoingMessagesIsTestMode() {
        List<Finding> findings = SandboxRuleChecks.production("ALERT_REPORTS_NOTIFICATION_DRY_RUN=True\n"
                + "EMAIL_DRY_RUN=true\n");
        eachIsANoGo(findings, "sandbox.test-mode", "ALERT_REPORTS_NOTIFICATION_DRY_RUN", "EMAIL_DRY_RUN");
    }

    @Test
    void toolsDryRunsAndAMessageDryRunSwitchedOffStayClean() {
        List<Finding> findings = SandboxRuleChecks.production("ALERT_REPORTS_NOTIFICATION_DRY_RUN=False\n"
                + "NEXT_BUILD_ENV_SENTRY_UPLOAD_DRY_RUN=true\n"
                + "liquibase.dry-run=true\n"
                + "RENOVATE_DRY_RUN=full\n");
        assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.test-mode");
    }

    @Test
    void anAcmeContactOnADocumentationOrReservedDomainIsANoGo() {
        List<Finding> findings = SandboxRuleChecks.production("ssl_certbot_email=admin@example.com\n"
                + "acme.email=admin@example.org\n"
                + "certificatesResolvers.le.acme.email=ops@acme.test\n");
        eachIsANoGo(findings, "sandbox.reserved-mail-address", "ssl_certbot_email", "acme.email",
                "certificatesResolvers.le.acme.email");
        assertThat(SandboxRuleChecks.on(findings, "acme.email").get(0).message()).contains("invalidContact")
                .doesNotContain("admin@");
    }

    @Test
    void anAcmeContactOnATemplateDomainStaysAWarnAndARealOneIsClean() {
        List<Finding> findings = SandboxRuleChecks.production("LETSENCRYPT_EMAIL=ops@yourdomain.com\n"
                + "certificatesResolvers.default.acme.email=admin@l3xlabs.com\n");
        assertThat(onKey(findings, "LETSENCRYPT_EMAIL")).containsExactly(
                Tuple.tuple("sandbox.reserved-mail-address", Severity.WARN));
        assertThat(onKey(findings, "certificatesResolvers.default.acme.email")).isEmpty();
    }
}
