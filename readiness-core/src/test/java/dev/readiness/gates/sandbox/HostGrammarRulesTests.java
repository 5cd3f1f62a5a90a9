package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of tuning set 5d's first run and of set 10's last sandbox misses, each on both sides: key grammars that
 * name hosts (a mail relay, a DNS zone, a host name others reach the service by) and host grammars (a {@code local}
 * zone inside a project's own domain).
 */
class HostGrammarRulesTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("APP_URL", "https://processmaker.local.processmaker.com", "sandbox.host"),
                arguments("API_BASE_URL", "https://api.local.acme.io/v1", "sandbox.host"),
                arguments("opencov.email.smtp.relay", "smtp.example.com", "sandbox.reserved-host"),
                arguments("MAIL_SMARTHOST", "mail.yourdomain.com", "sandbox.reserved-host"),
                arguments("SMTP_SERVER", "smtp.example.test", "sandbox.reserved-host"),
                arguments("db_hosted_zone", "db.example.com", "sandbox.reserved-host"),
                arguments("DNS_ZONE", "example.test.", "sandbox.reserved-host"),
                arguments("route53_zone_name", "yourdomain.com", "sandbox.reserved-host"),
                arguments("HOST_NAME", "localhost", "sandbox.local-public-url"),
                arguments("KC_HOSTNAME", "localhost", "sandbox.local-public-url"),
                arguments("PDS_HOSTNAME", "127.0.0.1", "sandbox.local-public-url"),
                arguments("env.hostName", "https://localhost:3000", "sandbox.local-public-url"),
                arguments("MAIL_USERNAME", "postmaster@sandbox0123456789abcdef0123456789abcdef.mailgun.org",
                        "sandbox.provider-host"),
                arguments("MAIL_FROM_ADDRESS", "noreply@sandbox4f1e2d3c.mailgun.org", "sandbox.provider-host"),
                arguments("shop.ShopWeb.Endpoint.url.host", "localhost", "sandbox.local-public-url"),
                arguments("action_mailer.default_url_options.host", "127.0.0.1:3000", "sandbox.local-public-url"),
                arguments("APP_URL", "https://staging.acme.com", "sandbox.host"),
                arguments("PAYMENT_API_URL", "https://demo.pay.acme.com/gateway", "sandbox.host"),
                arguments("config.domain", "{YOUR_AUTH0_DOMAIN}", "sandbox.reserved-host"),
                arguments("domain", "[domain]", "sandbox.reserved-host"),
                arguments("API_DOMAIN", "<your-domain>", "sandbox.reserved-host"),
                arguments("service.mail.baseurl", "http://127.0.0.1:8080/shop", "sandbox.local-public-url"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReportHostsThatKeyAndHostGrammarsName(String key, String value, String code) {
        assertThat(on(production(key + "=" + value + "\n"), key))
                .extracting(Finding::code, Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        code, Severity.NO_GO));
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("APP_URL", "https://local.acme.io"),
                arguments("APP_URL", "https://www.local.gov.uk"),
                arguments("APP_URL", "https://app.localbank.com"),
                arguments("opencov.email.smtp.relay", "smtp.sendgrid.net"),
                arguments("SMTP_SERVER", "mail.acme-test.com"),
                arguments("SMTP_ADDRESS", "smtp.staging-mail.acme.com"),
                arguments("db_hosted_zone", "db.acme.com"),
                arguments("DNS_ZONE", "corp.local"),
                arguments("TIME_ZONE", "Europe/Berlin"),
                arguments("TIME_ZONE_NAME", "example.zone"),
                arguments("availability_zone", "us-east-1a"),
                arguments("HOSTED_ZONE_ID", "Z05135773VBNXAZ3YSQ5W"),
                arguments("HOST_NAME", "app.acme.com"),
                arguments("KC_HOSTNAME", "auth.acme.com"),
                arguments("MAIL_USERNAME", "postmaster@mg.acme.com"),
                arguments("MAIL_USERNAME", "sandbox@acme.com"),
                arguments("MAIL_USERNAME", "hello@example.com"),
                arguments("MAIL_FROM_ADDRESS", "Shop <orders@mailgun.org>"),
                arguments("opencov.Opencov.Endpoint.url.host", "demo.opencov.com"),
                arguments("APP_URL", "https://demo.acme.com"),
                arguments("HOST_NAME", "demo.acme.com"),
                arguments("shop.ShopWeb.Endpoint.url.host", "shop.acme.com"),
                arguments("config.domain", "acme.eu.auth0.com"),
                arguments("SITE_DOMAIN", "{tenant}.acme.com"),
                arguments("service.mail.baseurl", "https://shop.acme.com/mail"));
    }

    static Stream<Arguments> backEnds() {
        return Stream.of(
                arguments("HOSTNAME", "localhost"),
                arguments("SMTP_HOSTNAME", "localhost"),
                arguments("OTEL_COLLECTOR_HOSTNAME", "localhost"),
                arguments("INTERNAL_API_HOSTNAME", "127.0.0.1"),
                arguments("CACHE_BASEURL", "http://127.0.0.1:6081"));
    }

    /**
     * The machine's own {@code HOSTNAME}, a mail relay's and a sidecar's host name stay what they were before the
     * host-name rule (a loopback warning at most): only a name others reach the service by is a public address.
     */
    @ParameterizedTest(name = "{0}={1} is no public address")
    @MethodSource("backEnds")
    void productionShouldNotReadMachineRelayOrSidecarHostNamesAsPublicAddresses(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::severity)
                .doesNotContain(Severity.NO_GO);
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveTemptingValuesOfTheSameKeysAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }
}
