package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Outcome;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SandboxGateTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static final String STRIPE_TEST = "sk_test_51HdGf2KZbWq8X9yTmN3pQrStUvWxYz0123456789abcdefGHIJ";
    private static final String STRIPE_LIVE = "sk_live_51HdGf2KZbWq8X9yTmN3pQrStUvWxYz0123456789abcdefGHIJ";

    private static Outcome check(Stage stage, Map<String, String> settings) {
        return GATE.check(GateContext.of(stage, Settings.of(settings)));
    }

    private static Outcome production(String key, String value) {
        return check(Stage.PRODUCTION, Map.of(key, value));
    }

    static Stream<Arguments> badProductionValues() {
        return Stream.of(
                Arguments.of("PAYPAL_API_URL", "https://api-m.sandbox.paypal.com", "sandbox.provider-host"),
                Arguments.of("PAYPAL_BASE_URL", "https://api.sandbox.paypal.com/v1", "sandbox.provider-host"),
                Arguments.of("FEDEX_API_URL", "https://apis-sandbox.fedex.com", "sandbox.provider-host"),
                Arguments.of("DHL_API_URL", "https://express.api.dhl.com/mydhlapi/test", "sandbox.test-path"),
                Arguments.of("ALLOWED_ORIGINS", "https://app.mycompany.com,http://localhost:3000", "sandbox.local-host"),
                Arguments.of("app.cors.allowed-origins", "http://127.0.0.1:5173", "sandbox.local-public-url"),
                Arguments.of("UPS_API_URL", "https://wwwcie.ups.com/api/rating/v1", "sandbox.provider-host"),
                Arguments.of("MTN_MOMO_BASE_URL", "https://sandbox.momodeveloper.mtn.com", "sandbox.provider-host"),
                Arguments.of("braintree.endpoint", "https://api.sandbox.braintreegateway.com", "sandbox.provider-host"),
                Arguments.of("ADYEN_CHECKOUT_URL", "https://checkout-test.adyen.com/v71", "sandbox.provider-host"),
                Arguments.of("SQUARE_BASE_URL", "https://connect.squareupsandbox.com", "sandbox.provider-host"),
                Arguments.of("KLARNA_API", "https://api.playground.klarna.com", "sandbox.provider-host"),
                Arguments.of("MPESA_URL", "https://sandbox.safaricom.co.ke", "sandbox.provider-host"),
                Arguments.of("usps.api-url", "https://apis-tem.usps.com", "sandbox.provider-host"),
                Arguments.of("PLAID_HOST", "sandbox.plaid.com", "sandbox.provider-host"),
                Arguments.of("PAYPAL_GATEWAY", "api.sandbox.paypal.com", "sandbox.provider-host"),
                Arguments.of("carrier.dhl.base", "express.api.dhl.com/mydhlapi/test", "sandbox.test-path"),
                Arguments.of("carrier.apiUrl", "https://carrier-api.staging.partner.com/v2", "sandbox.host"),
                Arguments.of("SHIPPING_API_ENDPOINT", "https://shipping-mock.internal:8080", "sandbox.host"),
                Arguments.of("TAX_SERVICE_HOST", "tax.uat.myco.com", "sandbox.host"),
                Arguments.of("ALERT_WEBHOOK_URL", "https://hooks.demo.chatapp.io/abc", "sandbox.host"),
                Arguments.of("SOME_CALLBACK", "https://callbacks-qa.myapp.com/payments", "sandbox.host"),
                Arguments.of("CDN_URL", "https://cdn.example.com", "sandbox.reserved-host"),
                Arguments.of("API_BASE_URL", "https://api.myapp.test", "sandbox.reserved-host"),
                Arguments.of("BACKEND_API_URL", "http://localhost:4000", "sandbox.local-host"),
                Arguments.of("PAYMENTS_URL", "http://127.0.0.1:8081/pay", "sandbox.local-host"),
                Arguments.of("STRIPE_SECRET_KEY", STRIPE_TEST, "sandbox.test-credential"),
                Arguments.of("VITE_STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx0123456789", "sandbox.test-credential"),
                Arguments.of("STRIPE_RESTRICTED_KEY", "rk_test_51HdGf2KZbWq8X9yTmN3pQrStUvWxYz01234", "sandbox.test-credential"),
                Arguments.of("RAZORPAY_KEY_ID", "rzp_test_1DP5mmOlF5G5ag", "sandbox.test-credential"),
                Arguments.of("PAYSTACK_SECRET_KEY", "sk_test_0123456789abcdef0123456789abcdef01234567", "sandbox.test-credential"),
                Arguments.of("FLW_SECRET_KEY", "FLWSECK_TEST-0123456789abcdef0123456789abcdef-X", "sandbox.test-credential"),
                Arguments.of("MOLLIE_API_KEY", "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", "sandbox.test-credential"),
                Arguments.of("SHIPPO_API_TOKEN", "shippo_test_0123456789abcdef0123456789abcdef01234567", "sandbox.test-credential"),
                Arguments.of("MIDTRANS_SERVER_KEY", "SB-Mid-server-AbCdEfGhIjKlMnOpQrStUvWx", "sandbox.test-credential"),
                Arguments.of("payment.api-key", "sk_test_abcdefghijklmnopqrstuvwx", "sandbox.test-credential"),
                Arguments.of("XENDIT_SECRET_KEY", "xnd_development_KnCdyrMQKaIo1muKe3wwKImO15", "sandbox.test-credential"),
                Arguments.of("EASYPOST_API_KEY", "EZTK0123456789abcdef0123456789ab", "sandbox.test-credential"),
                Arguments.of("PADDLE_API_KEY", "pdl_sdbx_apikey_01hv8wptq8987qeep44cyrewp9_abc", "sandbox.test-credential"),
                Arguments.of("GOCARDLESS_ACCESS_TOKEN", "sandbox_g1R6xVcPEP7mi46viidAda2coJkIG", "sandbox.test-credential"),
                Arguments.of("BRAINTREE_TOKENIZATION_KEY", "sandbox_g42y39zw_348pk9cgf3bgyw2b", "sandbox.test-credential"),
                Arguments.of("PAYPAL_ENV", "sandbox", "sandbox.test-mode"),
                Arguments.of("PAYPAL_MODE", "sandbox", "sandbox.test-mode"),
                Arguments.of("MTN_MOMO_ENV", "sandbox", "sandbox.test-mode"),
                Arguments.of("BRAINTREE_ENVIRONMENT", "sandbox", "sandbox.test-mode"),
                Arguments.of("ADYEN_ENVIRONMENT", "TEST", "sandbox.test-mode"),
                Arguments.of("ORANGE_MOMO_ENV", "sandbox", "sandbox.test-mode"),
                Arguments.of("PLAID_ENV", "development", "sandbox.test-mode"),
                Arguments.of("MIDTRANS_IS_PRODUCTION", "false", "sandbox.test-mode"),
                Arguments.of("FEDEX_SANDBOX", "true", "sandbox.test-mode"),
                Arguments.of("CARRIER_USE_SANDBOX", "yes", "sandbox.test-mode"),
                Arguments.of("GATEWAY_TEST_MODE", "on", "sandbox.test-mode"),
                Arguments.of("SHIPPING_ENV", "sandbox", "sandbox.test-mode"),
                Arguments.of("EASYPOST_MODE", "test", "sandbox.test-mode"),
                Arguments.of("AT_USERNAME", "sandbox", "sandbox.test-mode"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("badProductionValues")
    void checkInProductionShouldReportSandboxValues(String key, String value, String code) {
        Outcome outcome = production(key, value);

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly(code);
        Finding finding = outcome.findings().get(0);
        assertThat(finding.subject()).isEqualTo(key);
        assertThat(finding.severity()).isEqualTo(code.equals("sandbox.local-host") ? Severity.WARN : Severity.NO_GO);
        assertThat(finding.message()).doesNotContain("Stripe or");
        assertThat(finding.message()).isNotBlank();
        assertThat(finding.remediation()).isNotBlank();
    }

    @Test
    void aProviderSandboxHostShouldBeNamedWithoutAnArticleBeforeTheProvider() {
        // session 27: "a Adyen sandbox host"; the provider's name now follows the host, for any first letter
        assertThat(production("PAYMENTS_ADYEN_ENDPOINT", "https://checkout-test.adyen.com/v71").findings())
                .singleElement().satisfies(finding -> assertThat(finding.message()).isEqualTo(
                        "PAYMENTS_ADYEN_ENDPOINT points at checkout-test.adyen.com, one of Adyen's sandbox hosts, in"
                                + " production."));
    }

    static Stream<Arguments> goodProductionValues() {
        return Stream.of(
                Arguments.of("PAYPAL_API_URL", "https://api-m.paypal.com"),
                Arguments.of("PAYPAL_ENV", "live"),
                Arguments.of("PAYPAL_CLIENT_ID", "AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS"),
                Arguments.of("FEDEX_API_URL", "https://apis.fedex.com"),
                Arguments.of("FEDEX_ACCOUNT_NUMBER", "740561073"),
                Arguments.of("DHL_API_URL", "https://express.api.dhl.com"),
                Arguments.of("DHL_API_URL", "https://express.api.dhl.com/mydhlapi"),
                Arguments.of("UPS_API_URL", "https://onlinetools.ups.com/api"),
                Arguments.of("STRIPE_API_BASE", "https://api.stripe.com"),
                Arguments.of("STRIPE_SECRET_KEY", STRIPE_LIVE),
                Arguments.of("STRIPE_WEBHOOK_SECRET", "whsec_5f8a0c1e2b3d4f6a7b8c9d0e1f2a3b4c"),
                Arguments.of("RAZORPAY_KEY_ID", "rzp_live_ILgsfZCZoFIKMb"),
                Arguments.of("MOLLIE_API_KEY", "live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"),
                Arguments.of("EASYPOST_API_KEY", "EZAK0123456789abcdef0123456789ab"),
                Arguments.of("XENDIT_SECRET_KEY", "xnd_production_KnCdyrMQKaIo1muKe3wwKImO15"),
                Arguments.of("PADDLE_API_KEY", "pdl_live_apikey_01hv8wptq8987qeep44cyrewp9_abc"),
                Arguments.of("SEARCH_API_KEY", "EZTK0123456789abcdef0123456789ab"),
                Arguments.of("ADYEN_ENVIRONMENT", "LIVE"),
                Arguments.of("MTN_MOMO_ENV", "mtncameroon"),
                Arguments.of("MTN_MOMO_BASE_URL", "https://proxy.momoapi.mtn.com"),
                Arguments.of("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX"),
                Arguments.of("SENTRY_DSN", "https://abc123def456@o123456.ingest.sentry.io/7890123"),
                Arguments.of("AWS_S3_ENDPOINT", "https://s3.eu-west-1.amazonaws.com"),
                Arguments.of("S3_BUCKET_URL", "https://uploads-prod.s3.us-east-1.amazonaws.com"),
                Arguments.of("PAYMENTS_SERVICE_URL", "http://payments.internal:8080"),
                Arguments.of("ORDERS_URL", "http://orders.shop.svc.cluster.local:8080/api"),
                Arguments.of("INVENTORY_HOST", "inventory.shop.svc.cluster.local"),
                Arguments.of("CACHE_HOST", "10.0.4.12"),
                Arguments.of("LEGACY_API_URL", "http://192.168.10.5:8080"),
                Arguments.of("CONTEST_API_URL", "https://api.contest-platform.io"),
                Arguments.of("DEVICE_REGISTRY_URL", "https://devices.myapp.com"),
                Arguments.of("RELEASES_URL", "https://latest.releases.myapp.com/feed"),
                Arguments.of("ATTESTATION_URL", "https://attestation.android.com"),
                Arguments.of("APPLE_DEVELOPER_URL", "https://developer.apple.com"),
                Arguments.of("OKTA_ISSUER", "https://acme.okta.com/oauth2/default"),
                Arguments.of("AUTH0_DOMAIN_URL", "https://dev-abc123xyz.us.auth0.com/"),
                Arguments.of("SHOPIFY_STORE_URL", "https://demo-store.myshopify.com"),
                Arguments.of("KC_HOSTNAME_URL", "https://keycloak-demo01.acme-corp.io"),
                Arguments.of("AZURE_DEVOPS_URL", "https://dev.azure.com/myorg"),
                Arguments.of("ALLOWED_ORIGINS", "https://app.mycompany.com,https://admin.mycompany.com"),
                Arguments.of("CORS_ORIGINS", "https://staging.mycompany.com"),
                Arguments.of("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,app.mycompany.com"),
                Arguments.of("APP_TRUSTED_PROXIES", "127.0.0.1,10.0.0.0/8"),
                Arguments.of("HOST", "0.0.0.0"),
                Arguments.of("HOSTNAME", "payments-api-7d9f8c-xk2lp"),
                Arguments.of("SERVER_BIND_HOST", "127.0.0.1"),
                Arguments.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317"),
                Arguments.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://host.docker.internal:4318"),
                Arguments.of("INTERNAL_API_URL", "http://host.containers.internal:3000"),
                Arguments.of("DD_AGENT_HOST", "localhost"),
                Arguments.of("DAPR_HTTP_ENDPOINT", "http://127.0.0.1:3500"),
                Arguments.of("DATABASE_URL", "postgresql://app:secret@localhost:5432/app_test"),
                Arguments.of("REDIS_URL", "redis://localhost:6379"),
                Arguments.of("REDIS_HOST", "production-redis"),
                Arguments.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.staging.internal/app"),
                Arguments.of("API_PREFIX", "api/v1"),
                Arguments.of("LOG_LEVEL", "info"),
                Arguments.of("NODE_ENV", "production"),
                Arguments.of("APP_ENV", "prod"),
                Arguments.of("TEST_TIMEOUT", "30s"),
                Arguments.of("FEATURE_DEMO_MODE", "false"),
                Arguments.of("TENANT_URL", "https://{tenant}.acme-corp.io"),
                Arguments.of("API_URL", "${API_URL}"),
                Arguments.of("SUPPORT_EMAIL", "support@mycompany.com"),
                Arguments.of("GREETING", "welcome to the test"),
                Arguments.of("LABEL_PREFIX", "test_labels_and_more_of_them"),
                Arguments.of("ORDER_ID_PREFIX", "sk_test_like_but_not_a_key_0000"),
                Arguments.of("SMTP_HOST", "smtp.sendgrid.net"),
                Arguments.of("MAILGUN_API_URL", "https://api.eu.mailgun.net"),
                Arguments.of("GOOGLE_TOKEN_URL", "https://oauth2.googleapis.com/token"),
                Arguments.of("KAFKA_BOOTSTRAP_SERVERS", "b-1.msk.eu-west-1.amazonaws.com:9092"),
                Arguments.of("PUBLIC_URL", "https://myapp.dev"),
                Arguments.of("MY_APP_URL", "https://dev.to/myapp"),
                Arguments.of("MAIN_CLASS", "com.test.Main"),
                Arguments.of("SCAN_PACKAGES", "dev.myco.app"),
                Arguments.of("SPRING_CONFIG_NAME", "application-staging.yml"),
                Arguments.of("SAMPLING_RATIO", "0.75"),
                Arguments.of("APP_VERSION", "1.4.2"),
                Arguments.of("GATEWAY", "api-m.paypal.com"));
    }

    @ParameterizedTest(name = "{0}={1} stays GO")
    @MethodSource("goodProductionValues")
    void checkInProductionShouldAcceptProductionValues(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @Test
    void checkShouldAcceptTheSeedProductionConfiguration() {
        Map<String, String> seed = new LinkedHashMap<>();
        seed.put("NODE_ENV", "production");
        seed.put("PORT", "3000");
        seed.put("API_PREFIX", "api/v1");
        seed.put("DATABASE_URL", "postgresql://user:pass@production-db:5432/rappit");
        seed.put("REDIS_HOST", "production-redis");
        seed.put("REDIS_PORT", "6379");
        seed.put("DHL_API_URL", "https://express.api.dhl.com");
        seed.put("DHL_API_KEY", "a8Kd92LmQp0Zx7Rt");
        seed.put("FEDEX_API_URL", "https://apis.fedex.com");
        seed.put("FEDEX_API_KEY", "l7f3b2a9c8d1e0f4a5b6c7d8e9f0a1b2");
        seed.put("STRIPE_SECRET_KEY", STRIPE_LIVE);
        seed.put("STRIPE_WEBHOOK_SECRET", "whsec_5f8a0c1e2b3d4f6a7b8c9d0e1f2a3b4c");
        seed.put("PAYPAL_ENV", "live");
        seed.put("VITE_API_URL", "https://api.afrigest.com");
        seed.put("ALLOWED_ORIGINS", "https://app.afrigest.com");
        seed.put("SENTRY_DSN", "https://0123abcd@o450.ingest.sentry.io/5501");

        GateCheck.run(Stage.PRODUCTION, seed, GATE).isGo().hasNoFindings();
    }

    @Test
    void checkByNewGatesOverTheDefaultCatalogAndByAGateOverAnotherShouldJudgeOneSnapshotAlike() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PAYPAL_API_URL", "https://api-m.sandbox.paypal.com");
        values.put("STRIPE_SECRET_KEY", STRIPE_TEST);
        values.put("ALLOWED_ORIGINS", "https://app.mycompany.com,http://localhost:3000");
        values.put("FEDEX_API_URL", "https://apis.fedex.com");
        GateContext context = GateContext.of(Stage.PRODUCTION, Settings.of(values));
        List<Finding> expected = new SandboxGate(ProviderCatalog.defaults()).check(context).findings();

        // gates made over the default catalog share what they read of keys and their place in the key records;
        // a gate over another catalog instance keeps its own, whichever gate read the snapshot first
        for (Gate gate : List.of(new SandboxGate(), new SandboxGate(), new SandboxGate(ProviderCatalog.defaults()),
                new SandboxGate())) {
            assertThat(gate.check(context).findings()).isEqualTo(expected);
            assertThat(gate.check(GateContext.of(Stage.PRODUCTION, Settings.of(values))).findings())
                    .isEqualTo(expected);
        }
        assertThat(expected).extracting(Finding::code).contains("sandbox.provider-host", "sandbox.local-host");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "TEST", "STAGING"})
    void checkOutsideProductionShouldSaySomethingOnlyAboutLivePaymentCredentials(Stage stage) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PAYPAL_API_URL", "https://api-m.sandbox.paypal.com");
        settings.put("PAYPAL_ENV", "sandbox");
        settings.put("DHL_API_URL", "https://express.api.dhl.com/mydhlapi/test");
        settings.put("API_URL", "https://api.staging.example");
        settings.put("CARRIER_URL", "https://carrier.staging.partner.com");
        settings.put("LOCAL_URL", "http://localhost:8080");
        settings.put("STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx0123456789");
        settings.put("RAZORPAY_KEY_SECRET", "rzp_test_1DP5mmOlF5G5ag");

        assertThat(check(stage, settings).findings()).isEmpty();

        settings.put("STRIPE_SECRET_KEY", STRIPE_LIVE);
        Outcome outcome = check(stage, settings);
        assertThat(outcome.findings()).extracting(Finding::code)
                .containsExactly("sandbox.live-credential-outside-production");
        assertThat(outcome.findings().get(0).severity()).isEqualTo(Severity.WARN);
        assertThat(outcome.findings().get(0).message()).contains("Stripe", "sk_live_", stage.id())
                .doesNotContain(STRIPE_LIVE.substring(8, 14));
    }

    @Test
    void checkOutsideProductionShouldNotWarnAboutLiveCredentialsOfNonPaymentProviders() {
        assertThat(check(Stage.STAGING, Map.of("SHIPPO_API_TOKEN", "shippo_live_0123456789abcdef0123456789abcdef0123"))
                .findings()).isEmpty();
    }

    @Test
    void checkInProductionShouldReportALiveKeyWithASandboxUrlAsInconsistent() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PAYPAL_CLIENT_SECRET", "EO422dn3gQLgDbuwqTjzrFgFtaRLRR5BdHEESmha49TM");
        settings.put("PAYPAL_API_URL", "https://api-m.sandbox.paypal.com");
        settings.put("PAYPAL_MODE", "live");

        Outcome outcome = check(Stage.PRODUCTION, settings);

        assertThat(outcome.findings()).extracting(Finding::code)
                .containsExactly("sandbox.provider-host", "sandbox.inconsistent");
        Finding inconsistent = outcome.findings().get(1);
        assertThat(inconsistent.subject()).isEqualTo("PAYPAL_MODE");
        assertThat(inconsistent.severity()).isEqualTo(Severity.INFO);
        assertThat(outcome.findings().get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(inconsistent.message()).contains("PayPal", "PAYPAL_MODE", "PAYPAL_API_URL");
    }

    @Test
    void checkInProductionShouldReportATestKeyBesideALiveKeyOfTheSameProvider() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("STRIPE_SECRET_KEY", STRIPE_LIVE);
        settings.put("STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx0123456789");

        Outcome outcome = check(Stage.PRODUCTION, settings);

        assertThat(outcome.findings()).extracting(Finding::code)
                .containsExactly("sandbox.test-credential", "sandbox.inconsistent");
        assertThat(outcome.findings().get(1).subject()).isEqualTo("STRIPE_SECRET_KEY");
        assertThat(outcome.findings().get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(outcome.findings()).filteredOn(finding -> finding.severity() == Severity.NO_GO)
                .extracting(Finding::subject).containsExactly("STRIPE_PUBLISHABLE_KEY");
        assertThat(outcome.findings().get(1).message()).contains("Stripe", "STRIPE_PUBLISHABLE_KEY");
    }

    @Test
    void checkInProductionShouldReportALiveKeyWithALiveUrlNowhere() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PAYPAL_CLIENT_SECRET", "EO422dn3gQLgDbuwqTjzrFgFtaRLRR5BdHEESmha49TM");
        settings.put("PAYPAL_API_URL", "https://api-m.paypal.com");
        settings.put("PAYPAL_MODE", "live");
        settings.put("STRIPE_SECRET_KEY", STRIPE_LIVE);
        settings.put("STRIPE_PUBLISHABLE_KEY", "pk_live_TYooMQauvdEDq54NiTphI7jx0123456789");

        assertThat(check(Stage.PRODUCTION, settings).findings()).isEmpty();
    }

    @Test
    void checkShouldNameAProviderOnlyWhereTheKeyOrAPrefixOfItsOwnSaysWhichOne() {
        String shared = "sk_test_0123456789abcdef0123456789abcdef01234567";

        assertThat(production("PAYSTACK_SECRET_KEY", shared).findings().get(0).message()).contains("Paystack")
                .doesNotContain("Stripe");
        assertThat(production("PAYMENT_SECRET_KEY", shared).findings().get(0).message())
                .contains("test-mode credential").doesNotContain("Stripe").doesNotContain("Paystack");
        assertThat(production("CLERK_SECRET_KEY", shared).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.code()).isEqualTo("sandbox.test-credential"))
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("Stripe").doesNotContain("Paystack"));
        assertThat(production("PAYMENT_KEY", "rzp_test_1DP5mmOlF5G5ag1234abcd").findings().get(0).message())
                .contains("Razorpay");
    }

    @Test
    void aClerkTestKeyBesideAClerkLiveKeyShouldMakeClerkNotStripeInconsistent() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CLERK_SECRET_KEY", "sk_test_" + "Yo9VZhxt3X1lT3ezdPGvdxjylygpXKB9qwrijOWCpp");
        settings.put("CLERK_LIVE_SECRET_KEY", "sk_live_" + "Yo9VZhxt3X1lT3ezdPGvdxjylygpXKB9qwrijOWCpp");

        List<Finding> findings = check(Stage.PRODUCTION, settings).findings();

        assertThat(findings).extracting(Finding::code)
                .containsExactly("sandbox.test-credential", "sandbox.inconsistent");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).contains("Clerk")
                .doesNotContain("Stripe").doesNotContain("Paystack"));
        assertThat(check(Stage.STAGING, settings).findings()).isEmpty();
    }

    static Stream<Arguments> testModeCredentialsOutsideTheCatalog() {
        return Stream.of(
                Arguments.of("NOVAPAY_PUBLISHABLE_KEY", "pk_test_bGFzdGluZy1saXphcmQtODcuY2xlcmsuYWNjb3VudHMuZGV2JA"),
                Arguments.of("OMISE_SECRET_KEY", "skey_test_5xuy4w91xqz7d1w9u0t"),
                Arguments.of("LOOPPAY_PRIVATE_KEY", "priv_test_Kw4aC0rZVgLZQn209NbEKPuXLzBD28Zx"),
                Arguments.of("CHAPA_SECRET_KEY", "CHASECK_TEST-q7Lk3Dz9mBv2Xy8Pw4Rt6Nh1Jc5Gf0Sa"),
                Arguments.of("PAYMOB_SECRET_KEY", "egy_sk_test_0f3c9a7b2e1d4c6b8a9f0e1d2c3b4a5f"),
                Arguments.of("GATEWAY_API_KEY", "sandbox-Xr7Lq2Vn9Kd4Tz8Wm3Pb6Hs1Jy5Fc0Ga"),
                Arguments.of("STRIPE_PUBLISHABLE_KEY", "pk_test..."),
                Arguments.of("NOVAPAY_SECRET_KEY", "sk_test_your_secret_key_here"));
    }

    @ParameterizedTest(name = "{0}={1} is a test-mode credential")
    @MethodSource("testModeCredentialsOutsideTheCatalog")
    void checkInProductionShouldReportTestModeCredentialsByTheirGrammar(String key, String value) {
        Outcome outcome = production(key, value);

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("sandbox.test-credential");
        if (value.length() > 24) {
            assertThat(outcome.findings().get(0).message()).doesNotContain(value.substring(value.length() - 8));
        }
    }

    static Stream<Arguments> temptingCredentials() {
        return Stream.of(
                Arguments.of("CLERK_SECRET_KEY", "sk_live_Yo9VZhxt3X1lT3ezdPGvdxjylygpXKB9qwrijOWCpp"),
                Arguments.of("WOMPI_PRIVATE_KEY", "prv_prod_Kw4aC0rZVgLZQn209NbEKPuXLzBD28Zx"),
                Arguments.of("SUPABASE_SECRET_KEY", "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz"),
                Arguments.of("SUPABASE_PUBLISHABLE_KEY", "sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH"),
                Arguments.of("OPENAI_API_KEY", "sk-proj-Q3b8Xk2Lm9Vt4Rz7Wp1Yn6Hc0Jd5Fg8Ks2Lq7Mv3"),
                Arguments.of("SESSION_SECRET", "a8Ktest0Zq93LmVx7Rw2Pn5Hs1Jc4Gf6"),
                Arguments.of("CONTEST_API_KEY", "contest_Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8"),
                Arguments.of("ADMIN_PASSWORD", "test-password1"),
                Arguments.of("SIGNING_KEY", "my-dev-key-2024"),
                Arguments.of("BUILD_TAG", "pk_test_0123456789abcdefABCDEF"),
                Arguments.of("AUTH0_CLIENT_SECRET", "dev_Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8Ka0"));
    }

    @ParameterizedTest(name = "{0}={1} stays GO")
    @MethodSource("temptingCredentials")
    void checkInProductionShouldLeaveLiveKeysAndValuesThatMerelyContainAModeWord(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    static Stream<Arguments> nonProductionHostsOutsideTheCatalog() {
        return Stream.of(
                Arguments.of("PAYGATE_API_URL", "https://sandboxapi.acme-pay.net", "sandbox.host"),
                Arguments.of("PAYMENTS_URL", "https://paymentstest.acme-pay.com", "sandbox.host"),
                Arguments.of("GATEWAY_URL", "https://uatgateway.acme-bank.com", "sandbox.host"),
                Arguments.of("QA_URL", "https://api-qa2.acme-corp.io", "sandbox.host"),
                Arguments.of("API_URL", "https://api-sbx.acme-pay.com", "sandbox.host"),
                Arguments.of("CERT_URL", "https://api-cert.payeezy.com/v1", "sandbox.host"),
                Arguments.of("ETH_RPC_URL", "https://eth-sepolia.g.alchemy.com/v2/abc", "sandbox.test-network"),
                Arguments.of("SOLANA_RPC_URL", "https://api.devnet.solana.com", "sandbox.test-network"),
                Arguments.of("CELO_RPC_URL", "https://alfajores-forno.celo-testnet.org", "sandbox.test-network"),
                Arguments.of("EMAIL_URL", "smtp://mailpit:1025", "sandbox.mail-catcher"),
                Arguments.of("MAIL_HOST", "mailhog", "sandbox.mail-catcher"),
                Arguments.of("STORAGE_ENDPOINT", "https://s3.test.com", "sandbox.reserved-host"),
                Arguments.of("API_BASE_URL", "https://api.yourdomain.com", "sandbox.reserved-host"),
                Arguments.of("NEXTAUTH_URL", "https://your-vercel-domain.vercel.app", "sandbox.reserved-host"),
                Arguments.of("SITE_URL", "http://my-server-url-to-change", "sandbox.reserved-host"),
                Arguments.of("PUBLIC_BASE_URL", "replace-me", "sandbox.reserved-host"),
                Arguments.of("MAINNET_RPC_URL", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "sandbox.reserved-host"),
                Arguments.of("API_HOST", "your-api-host", "sandbox.reserved-host"),
                Arguments.of("FRONTEND_URL", "http://app.lvh.me:3000", "sandbox.local-public-url"),
                Arguments.of("OAUTH_REDIRECT_URI", "http://app.127.0.0.1.nip.io/callback", "sandbox.local-public-url"),
                Arguments.of("PUBLIC_SITE_URL", "http://0.0.0.0:3000", "sandbox.local-public-url"),
                Arguments.of("APP_URL", "http://localhost", "sandbox.local-public-url"),
                Arguments.of("mail.base-url", "http://127.0.0.1:8080", "sandbox.local-public-url"),
                Arguments.of("SOLR_URL", "http://0.0.0.0:8983/solr", "sandbox.local-host"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("nonProductionHostsOutsideTheCatalog")
    void checkInProductionShouldReportNonProductionHostsOutsideTheCatalog(String key, String value, String code) {
        assertThat(production(key, value).findings()).extracting(Finding::code).containsExactly(code);
    }

    static Stream<Arguments> temptingProductionHosts() {
        return Stream.of(
                Arguments.of("CODESANDBOX_API_URL", "https://api.codesandbox.io"),
                Arguments.of("WEB_URL", "https://www.acme-shop.com"),
                Arguments.of("ARCHIVE_URL", "https://aaa.acme-shop.com/v1"),
                Arguments.of("TESTFLIGHT_URL", "https://testflight.apple.com/join/abc"),
                Arguments.of("DEVICECHECK_URL", "https://api.devicecheck.apple.com/v1"),
                Arguments.of("AZURE_DPS_URL", "https://global.azure-devices-provisioning.net"),
                Arguments.of("ATTESTATION_URL", "https://shareduks.uks.attest.azure.net"),
                Arguments.of("DEVREV_API_URL", "https://api.devrev.ai"),
                Arguments.of("QASE_API_URL", "https://api.qase.io/v1"),
                Arguments.of("RATES_URL", "https://api.exchangerate.host/latest"),
                Arguments.of("PROTEST_URL", "https://protest-tracker.acme-news.com"),
                Arguments.of("REVIEWS_URL", "https://testimonials.acme-shop.com"),
                Arguments.of("CERT_MANAGER_URL", "https://cert-manager.acme-corp.io"),
                Arguments.of("ETH_RPC_URL", "https://eth-mainnet.g.alchemy.com/v2/abc"),
                Arguments.of("SMTP_HOST", "email-smtp.us-east-1.amazonaws.com"),
                Arguments.of("SMTP_HOST", "smtp"),
                Arguments.of("SEARCH_HOST", "opensearch-node1"),
                Arguments.of("EXCHANGE_URL", "exchange-rates"),
                Arguments.of("SERVER_BIND_ADDRESS", "0.0.0.0"),
                Arguments.of("UPLOAD_STORAGE_URI", "file:///var/lib/app/uploads"),
                Arguments.of("LOCAL_STORAGE_URL", "file://localhost/srv/data"),
                Arguments.of("NEXT_PRIVATE_INTERNAL_WEBAPP_URL", "http://localhost:3000"),
                Arguments.of("SUPPORT_URL", "https://www.mycompany.com/help"));
    }

    static Stream<Arguments> browserFacingFileAndDocumentationLocations() {
        return Stream.of(
                Arguments.of("hsweb.file.upload.static-location", "http://localhost:8844/upload"),
                Arguments.of("docs.host", "localhost:8844"),
                Arguments.of("CDN_URL", "http://127.0.0.1:8844"),
                Arguments.of("app.assets-url", "http://localhost:8844/assets"),
                Arguments.of("storage.file.base-url", "http://localhost:8844/files"),
                Arguments.of("springdoc.swagger.host", "http://localhost:8844"));
    }

    @ParameterizedTest(name = "{0}={1} -> sandbox.local-public-url")
    @MethodSource("browserFacingFileAndDocumentationLocations")
    void checkInProductionShouldCallLoopbackInBrowserFacingLocationsPublicEvenOnTheServicesOwnPort(String key,
            String value) {
        Outcome outcome = check(Stage.PRODUCTION, Map.of(key, value, "server.port", "8844"));

        assertThat(outcome.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    static Stream<Arguments> browserBuildVariablesAndSiteRoots() {
        return Stream.of(
                Arguments.of("VITE_APP_WS_SERVER_URL", "http://localhost:3002"),
                Arguments.of("VITE_API_HOSTNAME", "http://localhost:3001"),
                Arguments.of("REACT_APP_BACKEND", "http://127.0.0.1:8080/api"),
                Arguments.of("VUE_APP_SOCKET_URL", "ws://localhost:3000"),
                Arguments.of("ROOT_URL", "http://localhost"),
                Arguments.of("APP_HOST", "http://localhost"));
    }

    @ParameterizedTest(name = "{0}={1} -> sandbox.local-public-url")
    @MethodSource("browserBuildVariablesAndSiteRoots")
    void checkInProductionShouldCallLoopbackInBrowserBuildVariablesAndSiteRootsPublic(String key, String value) {
        assertThat(production(key, value).findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    static Stream<Arguments> temptingBrowserBuildVariablesAndSiteRoots() {
        return Stream.of(
                Arguments.of("VITE_APP_WS_SERVER_URL", "https://collab.acme-corp.io"),
                Arguments.of("REACT_APP_BACKEND", "https://api.acme-corp.io"),
                Arguments.of("ROOT_URL", "https://chat.acme-corp.io"),
                Arguments.of("APP_HOST", "127.0.0.1"),
                Arguments.of("NEXT_PRIVATE_INTERNAL_WEBAPP_URL", "http://localhost:3000"));
    }

    @ParameterizedTest(name = "{0}={1} -> nothing")
    @MethodSource("temptingBrowserBuildVariablesAndSiteRoots")
    void checkInProductionShouldLeaveProductionBrowserUrlsAndBindAddressesAlone(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @Test
    void checkInProductionShouldLeaveHostPortBindingsAloneButJudgeLoopbackUrlsAndHosts() {
        assertThat(production("HOST_BACKEND_PORT", "127.0.0.1:3001").findings()).isEmpty();
        assertThat(production("WEB_HOST_PORTS", "[::1]:8080:80/tcp").findings()).isEmpty();

        assertThat(production("HOST_BACKEND_PORT", "http://127.0.0.1:3001").findings()).isNotEmpty();
        assertThat(production("BACKEND_HOST", "127.0.0.1:3001").findings()).isNotEmpty();
        assertThat(production("PUBLIC_URL_PORT", "http://localhost:3001").findings()).isNotEmpty();
    }

    @Test
    void checkInProductionShouldReportAPaymentProviderOrCloudOnlyServiceOnLoopbackAsALocalStandIn() {
        Outcome mocked = production("COINBASE_API_URL", "http://localhost");

        assertThat(mocked.findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.emulator", Severity.NO_GO));
        assertThat(mocked.findings().get(0).message()).contains("Coinbase");
        assertThat(production("STRIPE_API_BASE", "http://localhost:12111").findings())
                .extracting(Finding::code).containsExactly("sandbox.emulator");
        assertThat(production("DYNAMODB_ENDPOINT", "http://localhost:8000").findings())
                .extracting(Finding::code).containsExactly("sandbox.emulator");
        assertThat(production("DYNAMODB_ENDPOINT", "https://dynamodb.eu-west-1.amazonaws.com").findings()).isEmpty();
        assertThat(production("S3_ENDPOINT", "http://localhost:9000").findings())
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(production("COINBASE_API_URL", "https://api.exchange.coinbase.com").findings()).isEmpty();
        assertThat(production("PAYMENTS_URL", "http://127.0.0.1:8081/pay").findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-host", Severity.WARN));
    }

    static Stream<Arguments> temptingFileLocations() {
        return Stream.of(
                Arguments.of("spring.web.resources.static-locations", "classpath:/static/"),
                Arguments.of("upload.dir", "/tmp"),
                Arguments.of("STATIC_URL", "/static/"),
                Arguments.of("UPLOAD_URL", "http://minio:9000/uploads"),
                Arguments.of("files.base-url", "http://files-service:8080"),
                Arguments.of("file.storage.path", "http://localhost:8844/tmp"),
                Arguments.of("docs.licence-url", "https://www.apache.org/licenses/LICENSE-2.0"));
    }

    @ParameterizedTest(name = "{0}={1} stays GO")
    @MethodSource("temptingFileLocations")
    void checkInProductionShouldLeaveFilePathsServiceHostsAndOwnCallsOfFileKeys(String key, String value) {
        assertThat(check(Stage.PRODUCTION, Map.of(key, value, "server.port", "8844")).findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} stays GO")
    @MethodSource("temptingProductionHosts")
    void checkInProductionShouldLeaveProductionHostsWhoseNamesOnlyLookLikeAModeWord(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    static Stream<Arguments> destinationsUnderKeysThatDoNotSayUrlOrHost() {
        return Stream.of(
                Arguments.of("SMTP_ADDRESS", "mailhog", "sandbox.mail-catcher"),
                Arguments.of("MAIL_SERVER", "mailpit", "sandbox.mail-catcher"),
                Arguments.of("PENPOT_SMTP_HOST", "penpot-mailcatch", "sandbox.mail-catcher"),
                Arguments.of("EMAIL_URL", "smtp://mailhog1:1025", "sandbox.mail-catcher"),
                Arguments.of("API_DOMAIN", "api.example.com", "sandbox.reserved-host"),
                Arguments.of("SERVER_HOSTNAME", "wiki.test", "sandbox.reserved-host"),
                Arguments.of("SESSION_DOMAIN", ".dev.test", "sandbox.reserved-host"),
                Arguments.of("EMAIL_DOMAIN", "sl.local", "sandbox.local-public-url"),
                Arguments.of("SERVER_NAME", "pysite.local", "sandbox.local-public-url"),
                Arguments.of("NEXT_PUBLIC_AUTH_HOSTED_HANDLER_DOMAIN_SUFFIX", ".localhost:8109",
                        "sandbox.local-public-url"),
                Arguments.of("host", "http://localhost", "sandbox.local-public-url"),
                Arguments.of("SERVER_HOST", "http://127.0.0.1:8080", "sandbox.local-public-url"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("destinationsUnderKeysThatDoNotSayUrlOrHost")
    void checkInProductionShouldJudgeMailServersDomainsAndOwnAddressesWrittenAsUrls(String key, String value,
            String code) {
        assertThat(production(key, value).findings()).extracting(Finding::code).containsExactly(code);
    }

    static Stream<Arguments> temptingDestinationsUnderSuchKeys() {
        return Stream.of(
                Arguments.of("SMTP_ADDRESS", "smtp.sendgrid.net"),
                Arguments.of("SMTP_ADDRESS", "postfix"),
                Arguments.of("MAIL_SERVER", "mailgun-relay"),
                Arguments.of("MAILER_SERVER", "mailchimp-transactional"),
                Arguments.of("SMTP_DOMAIN", "chatwoot.com"),
                Arguments.of("COOKIE_DOMAIN", ".acme-corp.io"),
                Arguments.of("SESSION_DOMAIN", ".acme-corp.io"),
                Arguments.of("LDAP_DOMAIN", "corp.local"),
                Arguments.of("SERVER_NAME", "www.acme-corp.io"),
                Arguments.of("SERVER_NAME", "web"),
                Arguments.of("CLUSTER_DOMAIN", "cluster.local"),
                Arguments.of("APP_HOSTED_DOMAIN_SUFFIX", ".apps.acme-corp.io"),
                Arguments.of("SERVICE_NAME", "orders.local"),
                Arguments.of("APP_DOMAIN", "app.acme-corp.io"),
                Arguments.of("TENANT_DOMAIN", "latest.acme.io"),
                Arguments.of("SERVER_ADDRESS", "testserver"),
                Arguments.of("HOST", "localhost"),
                Arguments.of("HOST", "0.0.0.0"),
                Arguments.of("host", "https://wiki.acme-corp.io"));
    }

    @ParameterizedTest(name = "{0}={1} stays GO")
    @MethodSource("temptingDestinationsUnderSuchKeys")
    void checkInProductionShouldLeaveRealMailServersDomainsAndBindAddresses(String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @Test
    void checkInProductionShouldReportACredentialHeldUnderASandboxNamedKeyUnlessItsLiveCounterpartIsSet() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PAYPAL_SANDBOX_CLIENT_ID", "KUE2CrCVkJvvlp-6HovRJnD-MR9EMPFLGI7PGnkhCDw4INLMtzo");
        settings.put("PAYPAL_SANDBOX_CLIENT_SECRET", "KFRrCxUoszHHV6KczeN7f-qgnkCmtNvmqCdS4iegBpo2Ad3PZknfN4J");
        settings.put("PAYPAL_LIVE_CLIENT_SECRET", "");
        settings.put("ACME_SANDBOX_ENABLED", "false");
        settings.put("SANDBOX_TIMEOUT_SECONDS", "30");

        Outcome outcome = check(Stage.PRODUCTION, settings);

        assertThat(outcome.findings()).extracting(Finding::subject)
                .containsExactly("PAYPAL_SANDBOX_CLIENT_ID", "PAYPAL_SANDBOX_CLIENT_SECRET");
        assertThat(outcome.findings()).extracting(Finding::code).containsOnly("sandbox.test-credential");
        assertThat(outcome.findings().get(1).message()).contains("names the sandbox mode")
                .doesNotContain("KFRrCxUo", "PZknfN4J");

        settings.put("PAYPAL_LIVE_CLIENT_ID", "AZq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8Ka0Wd3Ye5Uf7Ig9Oh");
        settings.put("PAYPAL_LIVE_CLIENT_SECRET", "EOrK2Zq93LmVx7Rw2Pn5Hs1Jc4Gf6Tb8Ka0Wd3Ye5Uf7Ig9");
        assertThat(check(Stage.PRODUCTION, settings).findings()).isEmpty();
        assertThat(check(Stage.STAGING, settings).findings()).isEmpty();
    }

    @Test
    void checkInProductionShouldReadTestModeGrammarInClientIdsAndLeaveLiveOnes() {
        assertThat(production("INSTAMOJO_CLIENT_ID", "test_nhpJ3RvWObd3uryoIYF0gjKby5NB5xu6S9Z").findings())
                .extracting(Finding::code).containsExactly("sandbox.test-credential");
        assertThat(production("INSTAMOJO_CLIENT_ID", "live_nhpJ3RvWObd3uryoIYF0gjKby5NB5xu6S9Z").findings())
                .isEmpty();
        assertThat(production("BUILD_ID", "test_nhpJ3RvWObd3uryoIYF0gjKby5NB5xu6S9Z").findings()).isEmpty();
    }

    @Test
    void checkShouldReportTheWorstEndpointOfAListOnce() {
        Outcome outcome = production("CARRIER_URLS",
                "http://localhost:9000, https://apis-sandbox.fedex.com, https://api.staging.ups-partner.com");

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.provider-host");
            assertThat(finding.message()).contains("apis-sandbox.fedex.com", "FedEx");
        });
    }

    @Test
    void checkShouldHonourExtraExcludeAndAllowedSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CARRIER_GATEWAY", "gateway.sandbox.carrier.io");
        settings.put("PAYPAL_API_URL", "https://api-m.sandbox.paypal.com");
        settings.put("PARTNER_URL", "https://partner.staging.bank.com");
        settings.put("LEGACY_ONE_URL", "http://localhost:3500");

        assertThat(check(Stage.PRODUCTION, settings).findings()).extracting(Finding::subject)
                .containsExactly("PAYPAL_API_URL", "PARTNER_URL", "LEGACY_ONE_URL");

        settings.put("readiness.sandbox.extra-keys", "carrier.gateway");
        settings.put("READINESS_SANDBOX_EXCLUDE_KEYS", "paypal.api-url, LEGACY_*");
        settings.put("readiness.sandbox.allowed-hosts[0]", "partner.staging.bank.com");

        assertThat(check(Stage.PRODUCTION, settings).findings()).extracting(Finding::subject)
                .containsExactly("CARRIER_GATEWAY");
    }

    @Test
    void checkShouldReadUserCatalogFiles(@TempDir Path directory) throws IOException {
        Path catalog = directory.resolve("carriers.properties");
        Files.writeString(catalog, """
                aramex.name = Aramex
                aramex.category = shipping
                aramex.source = https://www.aramex.com/developers
                aramex.key-words = aramex
                aramex.test-hosts = ws.dev.aramex.net
                aramex.test-credential-prefixes = ARMX_TEST_
                broken line
                """);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("readiness.sandbox.catalog", catalog.toString());
        settings.put("ARAMEX_URL", "https://ws.dev.aramex.net/ShippingAPI");
        settings.put("ARAMEX_TOKEN", "ARMX_TEST_abcdefghijklmnop");

        Outcome outcome = check(Stage.PRODUCTION, settings);

        assertThat(outcome.findings()).extracting(Finding::code)
                .containsExactly("sandbox.catalog-invalid", "sandbox.provider-host", "sandbox.test-credential");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("readiness.sandbox.catalog");
        assertThat(outcome.findings().get(0).message()).contains("carriers.properties:7");
        assertThat(outcome.findings().get(1).message()).contains("Aramex");
    }

    @Test
    void checkShouldReadACatalogWrittenAsAFileOrClassPathLocation(@TempDir Path directory) throws Exception {
        // spring.md documents file: and classpath: locations (session 23)
        Path catalog = directory.resolve("carriers.properties");
        Files.writeString(catalog, """
                aramex.name = Aramex
                aramex.source = https://www.aramex.com/developers
                aramex.test-hosts = ws.dev.aramex.net
                """);
        String url = "https://ws.dev.aramex.net/ShippingAPI";

        assertThat(check(Stage.PRODUCTION, Map.of("readiness.sandbox.catalog", "file:" + catalog, "ARAMEX_URL", url))
                .findings()).extracting(Finding::code).containsExactly("sandbox.provider-host");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {directory.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThat(check(Stage.PRODUCTION, Map.of("readiness.sandbox.catalog", "classpath:/carriers.properties",
                    "ARAMEX_URL", url)).findings()).extracting(Finding::code).containsExactly("sandbox.provider-host");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertThat(check(Stage.PRODUCTION, Map.of("readiness.sandbox.catalog", "classpath:no-such.properties"))
                .findings()).singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("sandbox.catalog-invalid");
                    assertThat(finding.message()).contains("classpath:no-such.properties", "not found");
                });
    }

    @Test
    void checkShouldLeaveAHostAloneThatSpringBootIgnoresBesideItsOverride() {
        // session 23: spring.rabbitmq.host=localhost in application.properties, spring.rabbitmq.addresses in the
        // production profile: Boot connects to the addresses and ignores the host
        assertThat(check(Stage.PRODUCTION, Map.of("spring.rabbitmq.host", "localhost",
                "spring.rabbitmq.addresses", "amqps://rabbit-1.mq.acme-cloud.net:5671")).findings()).isEmpty();
        assertThat(check(Stage.PRODUCTION, Map.of("SPRING_RABBITMQ_HOST", "localhost",
                "SPRING_RABBITMQ_ADDRESSES", "amqps://rabbit-1.mq.acme-cloud.net:5671")).findings()).isEmpty();
        assertThat(check(Stage.PRODUCTION, Map.of("spring.rabbitmq.host", "localhost")).findings())
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(check(Stage.PRODUCTION, Map.of("spring.rabbitmq.host", "localhost",
                "spring.rabbitmq.addresses", "")).findings())
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        // the override itself is judged as ever
        assertThat(check(Stage.PRODUCTION, Map.of("spring.rabbitmq.host", "rabbit.acme.io",
                "spring.rabbitmq.addresses", "amqp://localhost:5672")).findings())
                .extracting(Finding::subject).containsExactly("spring.rabbitmq.addresses");
    }

    @Test
    void checkShouldReportAMissingCatalogFile(@TempDir Path directory) {
        Outcome outcome = check(Stage.DEVELOPMENT,
                Map.of("readiness.sandbox.catalog", directory.resolve("missing.properties").toString()));

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.catalog-invalid");
            assertThat(finding.message()).contains("missing.properties", "no such file");
        });
    }

    @Test
    void testCredentialFindingShouldDescribeTheShapeAndNameTheProviderWithoutTheValue() {
        Finding finding = production("STRIPE_SECRET_KEY", STRIPE_TEST).findings().get(0);

        assertThat(finding.message()).contains("Stripe", "sk_test_…", STRIPE_TEST.length() + " characters")
                .doesNotContain(STRIPE_TEST.substring(8, 12)).doesNotContain(STRIPE_TEST.substring(20, 24));
        assertThat(finding.origin().description()).isEqualTo("map");
    }

    @Test
    void checkShouldReportProblemsOfTheCatalogItWasGiven() {
        SandboxGate gate = new SandboxGate(ProviderCatalog.parse("company.properties", "acme.test-hosts = x.io\n"));

        Outcome outcome = gate.check(GateContext.of(Stage.PRODUCTION, Settings.empty()));

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.catalog-invalid");
            assertThat(finding.subject()).isEqualTo("readiness.sandbox.catalog");
            assertThat(finding.message()).contains("company.properties:1", "needs a source");
        });
    }

    @Test
    void checkShouldReportACatalogPathThatIsNoPath() {
        Outcome outcome = check(Stage.PRODUCTION, Map.of("readiness.sandbox.catalog", "bad\u0000name.properties"));

        assertThat(outcome.findings()).extracting(Finding::code).containsExactly("sandbox.catalog-invalid");
        assertThat(outcome.findings().get(0).message()).contains("not a valid path");
    }

    @Test
    void checkShouldReportEveryProblemAtOnce() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PAYPAL_API_URL", "https://api-m.sandbox.paypal.com");
        settings.put("DHL_API_URL", "https://express.api.dhl.com/mydhlapi/test");
        settings.put("FEDEX_API_URL", "https://apis-sandbox.fedex.com");
        settings.put("STRIPE_SECRET_KEY", STRIPE_TEST);
        settings.put("MTN_MOMO_ENV", "sandbox");
        settings.put("CDN_URL", "https://cdn.example.com");
        settings.put("NOTIFY_URL", "http://localhost:9000");
        settings.put("SEARCH_URL", "https://search.staging.myco.com");

        GateCheck.run(Stage.PRODUCTION, settings, GATE).isNoGo()
                .hasFinding("sandbox.provider-host", "PAYPAL_API_URL")
                .hasFinding("sandbox.test-path", "DHL_API_URL")
                .hasFinding("sandbox.provider-host", "FEDEX_API_URL")
                .hasFinding("sandbox.test-credential", "STRIPE_SECRET_KEY")
                .hasFinding("sandbox.test-mode", "MTN_MOMO_ENV")
                .hasFinding("sandbox.reserved-host", "CDN_URL")
                .hasFinding("sandbox.local-host", "NOTIFY_URL")
                .hasFinding("sandbox.host", "SEARCH_URL");
    }

    @Test
    void findingsShouldNeverRenderUserInfoQueryPathOrCredentialValues() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PAYPAL_API_URL", "https://CanaryUser1:CanaryPass2@api-m.sandbox.paypal.com/v2/CanaryPath3?token=CanaryToken4");
        settings.put("DHL_API_URL", "https://CanaryUser5@express.api.dhl.com/mydhlapi/test/CanaryPath6?key=CanaryKey7");
        settings.put("WEBHOOK_URL", "http://CanaryUser8:CanaryPass9@localhost:8080/hook?sig=CanarySig10");
        settings.put("STRIPE_SECRET_KEY", "sk_test_CanaryStripe11CanaryStripe11CanaryStripe11");
        settings.put("STRIPE_API_URL", "https://api.sandbox.stripe-proxy.com?apikey=CanaryQuery12");
        settings.put("RAZORPAY_KEY_SECRET", "rzp_live_CanaryRazor13CanaryRazor13");
        settings.put("PAYMENT_ENV", "sandbox");
        settings.put("OMISE_SECRET_KEY", "skey_test_Canary14Omise14Canary14");
        settings.put("SITE_URL", "http://CanaryUser15:CanaryPass16@localhost:3000/CanaryPath17");
        settings.put("MAILER_DSN", "smtp://CanaryUser18:CanaryPass19@mailpit:1025");

        Report production = GateCheck.run(Stage.PRODUCTION, settings, GATE).isNoGo().report();
        Report staging = GateCheck.run(Stage.STAGING, settings, GATE).report();

        for (Report report : List.of(production, staging)) {
            String rendered = TextReportRenderer.full().render(report) + JsonReportRenderer.pretty().render(report)
                    + report.findings().map(Finding::toString).toList();
            assertThat(rendered.toLowerCase(java.util.Locale.ROOT)).doesNotContain("canary");
        }
        assertThat(production.findings().count()).isGreaterThanOrEqualTo(9);
        assertThat(staging.verdict()).isEqualTo(Status.WARN);
    }

    @Test
    void gateShouldBeDiscoveredThroughServiceLoader() {
        List<Gate> gates = Gates.discover();

        assertThat(gates).filteredOn(gate -> gate.id().equals("sandbox")).singleElement()
                .isInstanceOf(SandboxGate.class);
        GateCheck.runDiscovered(Stage.PRODUCTION, Map.of("FEDEX_API_URL", "https://apis-sandbox.fedex.com"))
                .hasFinding("sandbox.provider-host", "FEDEX_API_URL");
    }

    @Test
    void checkShouldAcceptRelaxedKeySpellings() {
        for (String key : List.of("paypal.api-url", "paypalApiUrl", "PAYPAL_API_URL", "paypal.apiUrl")) {
            assertThat(production(key, "https://api-m.sandbox.paypal.com").findings()).as(key)
                    .extracting(Finding::code).containsExactly("sandbox.provider-host");
        }
    }

    @Property(tries = 300)
    void checkShouldNeverThrow(@ForAll("keys") String key, @ForAll("values") String value) {
        for (Stage stage : Stage.values()) {
            Outcome outcome = GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value))));
            assertThat(outcome).isNotNull();
        }
    }

    @Property(tries = 3)
    void checkShouldHandleHugeValues(@ForAll("keys") String key) {
        String huge = "https://a.sandbox.b.com/" + "x".repeat(1_000_000) + ",localhost:1";
        assertThat(GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, huge))))).isNotNull();
        String hugeCredential = "sk_test_" + "A".repeat(1_000_000);
        GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, hugeCredential))));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of("PAYPAL_API_URL", "STRIPE_SECRET_KEY", "X_ENV", "DHL_HOST", "a", "_", "..", "readiness",
                        "AUTHORIZE_NET_URL", "MIDTRANS_IS_PRODUCTION", "FOO_SANDBOX", "readiness.sandbox.catalog",
                        "readiness.sandbox.allowed-hosts", "readiness.sandbox.extra-keys"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars("htps:/[]@.-_:?#%sandboxtestlocal\u00e9\ud800\u0000 ,;").ofMaxLength(80),
                Arbitraries.of("sandbox", "true", "false", "sk_test_", "http://[", "https://x@y@z", "\ud83d",
                        "*", "/", "\u0000", "https://api.sandbox.paypal.com\u0000"));
    }

    @Test
    void checkWhenAUrlTakesItsTemplateDomainFromAnotherSettingShouldReportItOnceWhereTheDomainIsWritten() {
        Outcome referenced = GATE.check(GateContext.of(Stage.PRODUCTION, properties("""
                DOMAIN=mm.example.com
                MM_SERVICESETTINGS_SITEURL=https://${DOMAIN}
                """)));
        Outcome written = GATE.check(GateContext.of(Stage.PRODUCTION, properties("""
                SUBDOMAIN=mm
                MM_SERVICESETTINGS_SITEURL=https://${SUBDOMAIN}.example.com
                """)));
        Outcome clean = GATE.check(GateContext.of(Stage.PRODUCTION, properties("""
                DOMAIN=mm.acme-corp.io
                MM_SERVICESETTINGS_SITEURL=https://${DOMAIN}
                """)));

        assertThat(referenced.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.reserved-host");
            assertThat(finding.subject()).isEqualTo("DOMAIN");
            assertThat(finding.message()).contains("MM_SERVICESETTINGS_SITEURL references");
        });
        assertThat(written.findings()).extracting(Finding::subject).containsExactly("MM_SERVICESETTINGS_SITEURL");
        assertThat(clean.findings()).isEmpty();
    }

    private static Settings properties(String text) {
        return dev.readiness.settings.ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STATSD_SERVER_URL|<stat_server_url>|sandbox.reserved-host",
        "PAYMENT_WEBHOOK_URL|<your webhook url>|sandbox.reserved-host",
        "SUPABASE_URL|https://{YOUR_INSTANCE_NAME}.supabase.co|sandbox.reserved-host",
        "WEBHOOK_URL|https://<your-domain>/hooks/payment|sandbox.reserved-host",
        "APP_URL|https://{your_domain}:8443/app|sandbox.reserved-host",
        "APP_URL|https://ВАШ_ДОМЕН.ru|sandbox.reserved-host",
        "CLIENT_URL|http://TU_IP_VPS:3000|sandbox.reserved-host",
        "SITE_URL|https://votre_domaine.fr/|sandbox.reserved-host",
        "PUBLIC_URL|https://www.seu_dominio.com.br|sandbox.reserved-host",
        "API_URL|https://api.<domain>|sandbox.reserved-host",
        "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY|pk_test_1234|sandbox.test-credential",
        "STRIPE_KEY|pk_test_51....|sandbox.test-credential",
        "STRIPE_PUBLISHABLE_KEY|pk_test_|sandbox.test-credential"})
    void templateEndpointsAndTestKeysCutShortAreReported(String key, String value, String code) {
        assertThat(production(key, value).findings()).extracting(Finding::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STATSD_SERVER_URL|statsd:8125",
        "STRIPE_PUBLISHABLE_KEY|pk_live_1234",
        "SERVICE_URL|<b>bold</b>",
        "TENANT_LOGIN_URL|https://{tenant}.auth.acme-corp.io/login",
        "BUCKET_URL|https://{bucketName}.s3.eu-west-1.amazonaws.com",
        "API_URL|https://api.acme-corp.io/orders/{ORDER_ID}",
        "PAYMENT_KEY|test_1234",
        "SITE_URL|https://www.tu-berlin.de/",
        "APP_URL|https://ihr-reisebuero.de",
        "API_URL|https://tuvalu-api.acme-corp.io",
        "APP_URL|https://домен-магазина.рф"})
    void bracketsInsideTextLiveKeysAndLeadingModeWordsWithFillerAreNotReadAsTemplatesOrTestKeys(String key,
            String value) {
        assertThat(production(key, value).findings()).extracting(Finding::code)
                .doesNotContain("sandbox.reserved-host", "sandbox.test-credential");
    }
}
