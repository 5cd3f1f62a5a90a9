package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sixteenth pass's host grammar, each rule on both sides: more names of non-production environments in the
 * environment slot of multi-label hosts, made-up names a template glues together, template text as a provider
 * account's name, local stand-ins named after a cloud service, and a public DNS name key written with an address
 * alternative. Hosts are made up on invented domains unless a provider's own naming is the point.
 */
class SixteenthPassHostGrammarTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("IDAM_API_URL", "https://idam-api.aat.platform.acmecourts.net", "sandbox.host"),
                arguments("IDAM_API_URL", "https://idam-api.ithc.platform.acmecourts.net", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api.perftest.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api-loadtest2.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://auth.pre-live.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://auth.nonlive.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://auth.homolog.acmebank.com.br", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://fcp.integ01.dev-acmeconnect.fr", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api.nft.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://auth.recette.acmebank.fr", "sandbox.host"),
                arguments("IDAM_API_URL", "https://idam-api.preview.platform.acmecourts.net", "sandbox.host"),
                arguments("CIS2_ISSUER", "https://am.acmeint.auth-ptl.cis2.acmespine.nhs.uk/openam", "sandbox.host"),
                arguments("PDS_URL", "https://int.api.service.acmehealth.uk/personal-demographics", "sandbox.host"),
                arguments("EMAIL_HOST", "mysmtphost.com", "sandbox.reserved-host"),
                arguments("SMTP_HOST", "smtp.mydomain.com", "sandbox.reserved-host"),
                arguments("SMTP_HOST", "smtp.yourprovider.com", "sandbox.reserved-host"),
                arguments("SMTP_HOST", "mymailserver.com", "sandbox.reserved-host"),
                arguments("API_BASE_URL", "https://api.yourapp.com", "sandbox.reserved-host"),
                arguments("AUTH0_DOMAIN", "example.auth0.com", "sandbox.reserved-host"),
                arguments("AUTH0_ISSUER_BASE_URL", "https://mytenant.eu.auth0.com", "sandbox.reserved-host"),
                arguments("OKTA_ISSUER", "https://example.okta.com/oauth2/default", "sandbox.reserved-host"),
                arguments("AZURE_TENANT_DOMAIN", "contoso.onmicrosoft.com", "sandbox.reserved-host"),
                arguments("B2C_AUTHORITY", "https://fabrikamb2c.b2clogin.com/tfp/x/b2c_1_susi", "sandbox.reserved-host"),
                arguments("AWS_DYNAMODB_ENDPOINT_URL", "http://dynamodblocal:8000", "sandbox.emulator"),
                arguments("DYNAMODB_ENDPOINT", "http://dynamodb:8000", "sandbox.emulator"),
                arguments("DYNAMODB_ENDPOINT", "http://local-dynamodb:8000", "sandbox.emulator"),
                arguments("GCS_ENDPOINT", "http://fake-gcs-server:4443", "sandbox.emulator"),
                arguments("S3_ENDPOINT", "http://s3mock:9090", "sandbox.emulator"),
                arguments("S3_ENDPOINT", "http://fakes3ssl:4569", "sandbox.emulator"),
                arguments("KINESIS_ENDPOINT", "http://kinesalite:4567", "sandbox.emulator"),
                arguments("ESHOP_EXTERNAL_DNS_NAME_OR_IP", "host.docker.internal", "sandbox.local-public-url"),
                arguments("PUBLIC_DNS_NAME", "localhost", "sandbox.local-public-url"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReadTheSixteenthPassGrammar(String key, String value, String code) {
        assertThat(on(production(key + "=" + value + "\n"), key))
                .extracting(Finding::code, Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        code, Severity.NO_GO));
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("IDAM_API_URL", "https://idam-api.platform.acmecourts.net"),
                arguments("S2S_URL", "http://auth-provider-prod.service.core-compute-prod.internal"),
                arguments("ITSME_URL", "https://idp.prd.acmeid.services/v2"),
                arguments("ORDERS_API_URL", "https://api.live.acmebank.com"),
                arguments("ORDERS_API_URL", "https://api.nft.storage"),
                arguments("ORDERS_API_URL", "https://nft.acmeart.io"),
                arguments("ORDERS_API_URL", "https://recette.cuisine.fr"),
                arguments("ORDERS_API_URL", "https://preview.acmeimg.it/x.png"),
                arguments("ORDERS_API_URL", "https://aat.org.uk"),
                arguments("ORDERS_API_URL", "https://grafana.int.acmebank.com"),
                arguments("ORDERS_API_URL", "https://api.latest.acmebank.com"),
                arguments("SMTP_HOST", "smtp.hostinger.com"),
                arguments("SITE_URL", "https://www.mybank.com"),
                arguments("SITE_URL", "https://www.mysql.com"),
                arguments("SITE_URL", "https://myheritage.com"),
                arguments("SITE_URL", "https://myaccount.google.com"),
                arguments("SITE_URL", "https://app.mycompany.com"),
                arguments("SHOPIFY_STORE_DOMAIN", "acme.myshopify.com"),
                arguments("AUTH0_DOMAIN", "acme-prod.eu.auth0.com"),
                arguments("DYNAMODB_ENDPOINT", "https://dynamodb.eu-west-1.amazonaws.com"),
                arguments("S3_ENDPOINT", "http://minio:9000"),
                arguments("SESSION_STORE_URL", "http://localsession:6379"),
                arguments("ESHOP_EXTERNAL_DNS_NAME_OR_IP", "shop.acmebank.com"),
                arguments("SERVER_IP", "10.0.4.12"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveProductionNamesAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    @Test
    void aTemplateNameInAnAllowListIsAPlaceholderNeverFilledIn() {
        assertThat(on(production("CORS_ORIGINS=https://your-domain.com\n"), "CORS_ORIGINS"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(on(production("Cors__AllowedOrigins__0=https://example.com\n"), "Cors__AllowedOrigins__0"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(on(production("ALLOWED_HOSTS=your-domain.com,www.your-domain.com\n"), "ALLOWED_HOSTS"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(production("ALLOWED_HOSTS=localhost,127.0.0.1,api.acmebank.com\n"
                + "CORS_ORIGINS=https://staging.acmebank.com,https://acmebank.com\n"
                + "TRUSTED_PROXIES=10.0.0.0/8\nALLOWED_HOSTS_ALL=*\n")).isEmpty();
    }

    @Test
    void anAddressValueThatSaysWhereToFindTheAddressIsAnInstruction() {
        assertThat(on(production("SENTRY_DSN=dsn_from_sentry_dashboard\n"), "SENTRY_DSN"))
                .extracting(Finding::code).containsExactly("sandbox.template-url");
        assertThat(on(production("WEBHOOK_URL=WEBHOOK_URL_GOES_HERE\n"), "WEBHOOK_URL"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(production("SENTRY_DSN=https://abc123@o1.ingest.sentry.io/2\nLOKI_URL=url-from-env\n"))
                .isEmpty();
    }

    @Test
    void aReferenceToAKeyThatOnlyDefaultsItselfIsJudgedWhereItIsWritten() {
        String compose = "OR_HOSTNAME=${OR_HOSTNAME:-localhost}\n"
                + "KEYCLOAK_FRONTEND_URL=https://${OR_HOSTNAME:-localhost}/auth\n";
        assertThat(productionEnvFile(compose)).extracting(Finding::subject)
                .contains("OR_HOSTNAME", "KEYCLOAK_FRONTEND_URL");
        String plain = "PUBLIC_HOST=localhost\nKEYCLOAK_FRONTEND_URL=https://${PUBLIC_HOST}/auth\n";
        assertThat(productionEnvFile(plain)).extracting(Finding::subject).containsExactly("PUBLIC_HOST");
    }

    private static java.util.List<Finding> productionEnvFile(String text) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("readiness", ".env");
            try {
                java.nio.file.Files.writeString(file, text);
                dev.readiness.settings.Settings settings = dev.readiness.settings.ApplicationConfig.builder()
                        .envFile(file).build().settings();
                return new SandboxGate(ProviderCatalog.builtIn()).check(dev.readiness.GateContext.of(
                        dev.readiness.Stage.PRODUCTION, settings)).findings();
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void madeUpNamesNeedAHeadAndAnEnding() {
        assertThat(HostNames.madeUpName("mysmtphost")).isTrue();
        assertThat(HostNames.madeUpName("your-mail-server")).isTrue();
        assertThat(HostNames.madeUpName("myshopify")).isFalse();
        assertThat(HostNames.madeUpName("mybank")).isFalse();
        assertThat(HostNames.madeUpName("yours")).isFalse();
    }
}
