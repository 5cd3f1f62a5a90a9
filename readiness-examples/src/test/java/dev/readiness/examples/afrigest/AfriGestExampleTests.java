package dev.readiness.examples.afrigest;

import static dev.readiness.examples.ExampleConfiguration.BrokenLine.noGo;
import static dev.readiness.examples.ExampleConfiguration.BrokenLine.warn;
import static dev.readiness.examples.ExampleConfiguration.assertNoSecretLeaks;
import static dev.readiness.examples.ExampleConfiguration.assertOnlyLineBroken;
import static dev.readiness.examples.ExampleConfiguration.check;
import static dev.readiness.examples.ExampleConfiguration.load;
import static dev.readiness.examples.ExampleConfiguration.with;

import dev.readiness.Stage;
import dev.readiness.examples.ExampleConfiguration.BrokenLine;
import dev.readiness.testkit.ReportAssert;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AfriGestExampleTests {

    private static final Map<String, String> PRODUCTION = load("afrigest/production.properties");
    private static final Map<String, String> STAGING = load("afrigest/staging.properties");

    static Stream<BrokenLine> brokenLines() {
        String host = "afrigest-prod.postgres.database.azure.com:5432";
        return Stream.of(
                noGo("PORT=4000", "PORT", null, "settings.missing"),
                noGo("JWT_ACCESS_SECRET, JWT_REFRESH_SECRET (distinct)", "JWT_REFRESH_SECRET",
                        PRODUCTION.get("JWT_ACCESS_SECRET"), "secrets.reused"),
                noGo("JWT_ACCESS_SECRET (strong)", "JWT_ACCESS_SECRET", "afrigest-access-secret", "secrets.placeholder"),
                noGo("MASTER_DATABASE_URL (not a dev database)", "MASTER_DATABASE_URL",
                        "postgresql://afrigest_master:Hq3nB8vL2xR7pT5w@" + host + "/masterdb_dev?sslmode=require",
                        "database.test-name"),
                noGo("Create DB users with least privilege (not the superuser)", "MASTER_DATABASE_URL",
                        "postgresql://postgres:postgres@" + host + "/masterdb?sslmode=require",
                        "database.default-credentials"),
                warn("REDIS_URL for the Socket.io Redis adapter (password, TLS)", "REDIS_URL",
                        "redis://afrigest-prod.redis.cache.windows.net:6379", "database.redis-insecure"),
                noGo("TENANT_DATABASE_URL=postgresql://user:pass@host:5432/tenantdb (template)", "TENANT_DATABASE_URL",
                        "postgresql://user:pass@host:5432/tenantdb", "database.template-host"),
                noGo("Stripe: STRIPE_SECRET_KEY (live in production)", "STRIPE_SECRET_KEY",
                        "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc9aYq2mVb", "sandbox.test-credential"),
                noGo("PayPal: PAYPAL_ENV (sandbox|live)", "PAYPAL_ENV", "sandbox", "sandbox.test-mode"),
                noGo("MTN MoMo: MTN_MOMO_ENV", "MTN_MOMO_ENV", "sandbox", "sandbox.test-mode"),
                noGo("Orange Money: ORANGE_MOMO_ENV", "ORANGE_MOMO_ENV", "sandbox", "sandbox.test-mode"),
                noGo("VITE_STRIPE_PUBLISHABLE_KEY (live in production)", "VITE_STRIPE_PUBLISHABLE_KEY",
                        "pk_test_" + "TYooMQauvdEDq54NiTphI7jx2bV8xRw", "sandbox.test-credential"),
                noGo("VITE_API_URL=https://api.<domain> (not local: every visitor's browser calls it)", "VITE_API_URL",
                        "https://localhost:4000", "sandbox.local-public-url"),
                noGo("ALLOWED_ORIGINS=https://app.<domain> (wildcard)", "ALLOWED_ORIGINS", "*",
                        "afrigest.cors.wildcard"),
                noGo("ALLOWED_ORIGINS=https://app.<domain> (dev front end)", "ALLOWED_ORIGINS",
                        "https://app.afrigest.com,http://localhost:5173", "afrigest.cors.localhost"),
                noGo("ALLOWED_ORIGINS=https://app.<domain> (plain HTTP)", "ALLOWED_ORIGINS",
                        "http://app.afrigest.com", "afrigest.cors.not-https"),
                noGo("Stripe: put STRIPE_WEBHOOK_SECRET in API env", "STRIPE_WEBHOOK_SECRET", null,
                        "afrigest.providers.missing"),
                noGo("PayPal: PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET", "PAYPAL_CLIENT_SECRET", "",
                        "afrigest.providers.missing"),
                noGo("MTN MoMo: MTN_MOMO_API_KEY, MTN_MOMO_USER_ID", "MTN_MOMO_USER_ID", null,
                        "afrigest.providers.missing"),
                noGo("ACCESS_TTL=15m, REFRESH_TTL=30d (refresh outlives access)", "REFRESH_TTL", "10m",
                        "afrigest.token-ttl.refresh-not-longer"),
                noGo("ACCESS_TTL=15m (unit)", "ACCESS_TTL", "900", "afrigest.token-ttl.no-unit"),
                noGo("ACCESS_TTL=15m (format)", "ACCESS_TTL", "fifteen minutes", "afrigest.token-ttl.malformed"),
                warn("ACCESS_TTL=15m (short-lived)", "ACCESS_TTL", "7d", "afrigest.token-ttl.access-too-long"),
                warn("REFRESH_TTL=30d (bounded)", "REFRESH_TTL", "1y", "afrigest.token-ttl.refresh-too-long"),
                noGo("TLS / VITE_API_URL=https://api.<domain>", "VITE_API_URL", "http://api.afrigest.com",
                        "afrigest.https.not-https"));
    }

    @Test
    void productionConfigurationShouldBeGo() {
        ReportAssert report = check(Stage.PRODUCTION, PRODUCTION, AfriGestGates.all()).isGo();
        assertNoSecretLeaks(report.report(), PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void productionWithOneChecklistLineBrokenShouldNameIt(BrokenLine line) {
        Map<String, String> broken = with(PRODUCTION, line.key(), line.value());
        ReportAssert report = check(Stage.PRODUCTION, broken, AfriGestGates.all());
        assertOnlyLineBroken(report, line.status(), line.code(), line.key());
        assertNoSecretLeaks(report.report(), broken);
    }

    @Test
    void stagingWithSandboxKeysShouldBeGo() {
        ReportAssert report = check(Stage.STAGING, STAGING, AfriGestGates.all()).isGo();
        assertNoSecretLeaks(report.report(), STAGING);
    }

    @Test
    void stagingConfigurationJudgedForProductionShouldSayNoGoNamingTheSandboxKeys() {
        check(Stage.PRODUCTION, STAGING, AfriGestGates.all()).isNoGo()
                .hasFinding("sandbox.test-credential", "STRIPE_SECRET_KEY")
                .hasFinding("sandbox.test-mode", "PAYPAL_ENV");
    }

    @Test
    void stagingWithTheLiveStripeKeyShouldWarn() {
        check(Stage.STAGING, with(STAGING, "STRIPE_SECRET_KEY", PRODUCTION.get("STRIPE_SECRET_KEY")),
                AfriGestGates.all()).hasVerdict(dev.readiness.Status.WARN)
                .hasFinding("sandbox.live-credential-outside-production", "STRIPE_SECRET_KEY");
    }

    @Test
    void stagingStillRefusesAWildcardOrigin() {
        check(Stage.STAGING, with(STAGING, "ALLOWED_ORIGINS", "*"), AfriGestGates.all()).isNoGo()
                .hasFinding("afrigest.cors.wildcard", "ALLOWED_ORIGINS");
    }

    @Test
    void stagingAllowsALocalFrontEndOrigin() {
        check(Stage.STAGING, with(STAGING, "ALLOWED_ORIGINS", "https://app.staging.afrigest.com,http://localhost:5173"),
                AfriGestGates.all()).hasNoFinding("afrigest.cors.localhost");
    }
}
