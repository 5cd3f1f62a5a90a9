package dev.readiness.examples.rappit;

import static dev.readiness.examples.ExampleConfiguration.BrokenLine.noGo;
import static dev.readiness.examples.ExampleConfiguration.BrokenLine.warn;
import static dev.readiness.examples.ExampleConfiguration.assertNoSecretLeaks;
import static dev.readiness.examples.ExampleConfiguration.assertOnlyLineBroken;
import static dev.readiness.examples.ExampleConfiguration.check;
import static dev.readiness.examples.ExampleConfiguration.load;
import static dev.readiness.examples.ExampleConfiguration.loadFile;
import static dev.readiness.examples.ExampleConfiguration.with;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.examples.ExampleConfiguration.BrokenLine;
import dev.readiness.testkit.ReportAssert;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rappit's checklist judged without Spring: the production configuration shipped for the demo, with one line broken
 * at a time.
 */
class RappitGatesTests {

    /** What Spring sees: the embedded rappit.properties overlaid by the production file, as the demo runs it. */
    static final Map<String, String> PRODUCTION = overlay(load("rappit.properties"),
            loadFile(Path.of("rappit-production.properties")));

    private static Map<String, String> overlay(Map<String, String> defaults, Map<String, String> overrides) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(defaults);
        merged.putAll(overrides);
        return merged;
    }

    /** Stripe test-mode credentials for staging (generated for these tests): staging must not hold live keys. */
    static final String STAGING_STRIPE_KEY = "sk_test_51Q1VyM7xgAHgkdSlyxpeGjUATiM7dFp8eKBNZqVujG9JIFC6ZiSkH6Ju1rbej9xo3IDUzvYrox4y7S4rscuuGIU9NVSjXySNTp";
    static final String STAGING_STRIPE_WEBHOOK_SECRET = "whsec_0uPsIU1AuUC9tvHJktYeUBB6Jii9hNRz";

    static Map<String, String> staging() {
        Map<String, String> staging = with(PRODUCTION, "dhl.api-url", "https://express.api.dhl.com/mydhlapi/test");
        staging = with(staging, "fedex.api-url", "https://apis-sandbox.fedex.com");
        staging = with(staging, "stripe.secret-key", STAGING_STRIPE_KEY);
        staging = with(staging, "stripe.webhook-secret", STAGING_STRIPE_WEBHOOK_SECRET);
        return with(staging, "rappit.oauth.test-endpoints", "true");
    }

    static Stream<BrokenLine> brokenLines() {
        return Stream.of(
                noGo("DHL_API_KEY (required)", "dhl.api-key", null, "settings.missing"),
                noGo("DHL_API_SECRET=<your-production-secret> (template left in)", "dhl.api-secret",
                        "<your-production-secret>", "secrets.placeholder"),
                noGo("FEDEX_ACCOUNT_NUMBER (required)", "fedex.account-number", " ", "settings.blank"),
                noGo("STRIPE_SECRET_KEY (live)", "stripe.secret-key", "sk_test_" + "51RappitStagingOnly9f8e7d6c5b4a",
                        "sandbox.test-credential"),
                noGo("STRIPE_WEBHOOK_SECRET (required)", "stripe.webhook-secret", "", "secrets.blank"),
                noGo("JWT_SECRET=<strong-random-secret-256-bits>", "jwt.secret", "changeme", "secrets.placeholder"),
                noGo("JWT_SECRET 256 bits (a UUID is 122)", "jwt.secret", "0b5e7c2a-91d4-4f6b-a8e3-5c7d9f1b2e4a",
                        "secrets.too-weak"),
                noGo("Database URL appears to be development/test (embedded)", "spring.datasource.url",
                        "jdbc:h2:mem:rappit", "database.embedded"),
                noGo("Database URL appears to be development/test (test name)", "spring.datasource.url",
                        "jdbc:postgresql://rappit-prod.cluster-c7x2k4n9q1we.eu-west-1.rds.amazonaws.com:5432/"
                                + "rappit_test?sslmode=verify-full", "database.test-name"),
                warn("REDIS_HOST=production-redis (not local)", "spring.data.redis.host", "localhost",
                        "database.loopback"),
                noGo("SENTRY_DSN (required)", "sentry.dsn", null, "settings.missing"),
                noGo("GATE-002: DHL API URL does not contain test", "dhl.api-url",
                        "https://express.api.dhl.com/mydhlapi/test", "sandbox.test-path"),
                noGo("GATE-002: FedEx API URL does not contain sandbox", "fedex.api-url",
                        "https://apis-sandbox.fedex.com", "sandbox.provider-host"),
                noGo("GATE-002: carrier API over HTTPS", "fedex.api-url", "http://apis.fedex.com",
                        "rappit.carrier-urls.not-https"),
                warn("GATE-002: carrier API is the carrier's production host", "dhl.api-url",
                        "https://carrier-proxy.rappit.internal:8443/dhl", "rappit.carrier-urls.unknown-host"),
                noGo("GATE-002: carrier API is no mock server", "dhl.api-url",
                        "https://wiremock.rappit.internal:8443/dhl", "sandbox.emulator"),
                noGo("GATE-002: carrier API URL is a URL", "dhl.api-url", "express.api.dhl.com",
                        "rappit.carrier-urls.malformed"),
                noGo("GATE-004: OAuth test controllers disabled in production", "rappit.oauth.test-endpoints",
                        "true", "rappit.oauth-stubs.enabled"),
                noGo("CORS configured for production domains only", "rappit.cors.allowed-origins", "*",
                        "rappit.cors.wildcard"),
                noGo("CORS configured for production domains only (dev origin)", "rappit.cors.allowed-origins",
                        "https://app.rappit.com,http://localhost:5173", "rappit.cors.localhost"),
                warn("LOG_LEVEL=info", "logging.level.root", "debug", "rappit.log-level.verbose"));
    }

    @Test
    void productionConfigurationShouldBeGo() {
        ReportAssert report = check(Stage.PRODUCTION, PRODUCTION, RappitGates.all()).isGo();
        assertNoSecretLeaks(report.report(), PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void productionWithOneChecklistLineBrokenShouldNameIt(BrokenLine line) {
        Map<String, String> broken = with(PRODUCTION, line.key(), line.value());
        ReportAssert report = check(Stage.PRODUCTION, broken, RappitGates.all());
        assertOnlyLineBroken(report, line.status(), line.code(), line.key());
        assertNoSecretLeaks(report.report(), broken);
    }

    @Test
    void everyRappitGateShouldBeFoundThroughServiceLoader() {
        assertThat(Gates.discover().stream().map(Gate::id))
                .containsAll(RappitGates.all().stream().map(Gate::id).toList());
    }

    @Test
    void stagingWithSandboxCarriersAndOauthStubsShouldBeGo() {
        check(Stage.STAGING, staging(), RappitGates.all()).isGo();
    }

    @Test
    void stagingStillRefusesAMalformedCarrierUrl() {
        check(Stage.STAGING, with(staging(), "dhl.api-url", "not a url"), RappitGates.all()).isNoGo()
                .hasFinding("rappit.carrier-urls.malformed", "dhl.api-url");
    }
}
