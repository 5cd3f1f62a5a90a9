package dev.readiness.examples.storewidget;

import static dev.readiness.examples.ExampleConfiguration.BrokenLine.noGo;
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

class StoreWidgetExampleTests {

    private static final Map<String, String> PRODUCTION = load("storewidget/production.properties");
    private static final Map<String, String> DEVELOPMENT = load("storewidget/development.properties");

    static Stream<BrokenLine> brokenLines() {
        return Stream.of(
                noGo("JWT_SECRET is a cryptographically secure random string (32+ chars)", "JWT_SECRET",
                        "Kx9mPq2Lr7Wt4Zv8", "secrets.too-weak"),
                noGo("Database credentials are strong and unique", "DATABASE_URL",
                        "postgresql://postgres:postgres@containers-us-west-112.railway.app:6543/railway?sslmode=require",
                        "database.default-credentials"),
                noGo("All environment variables use production values (not dev/test): API URL", "API_URL",
                        "https://api.staging.shopwidget.io", "sandbox.host"),
                noGo("Sentry error tracking configured", "SENTRY_DSN", null, "settings.missing"),
                noGo("NODE_ENV=production set in all services", "NODE_ENV", "development",
                        "storewidget.node-env.mismatch"),
                noGo("CORS origins restricted to production domains only", "CORS_ORIGINS", "*",
                        "storewidget.cors.wildcard"),
                noGo("CORS origins restricted to production domains only (dev origin)", "CORS_ORIGINS",
                        "https://dashboard.shopwidget.io,http://localhost:3000", "storewidget.cors.localhost"),
                noGo("Rate limiting enabled and configured appropriately", "RATE_LIMIT_ENABLED", "false",
                        "storewidget.rate-limit.disabled"),
                noGo("Shopify webhook HMAC verification enabled", "SHOPIFY_API_SECRET", null,
                        "storewidget.integrations.missing"),
                noGo("HTTPS enabled on all services", "DASHBOARD_URL", "http://dashboard.shopwidget.io",
                        "storewidget.https.not-https"),
                noGo("API keys regenerated from development values", "GEMINI_API_KEY",
                        DEVELOPMENT.get("GEMINI_API_KEY"), "storewidget.development-values.reused"),
                noGo("All environment variables use production values (not dev/test)", "AWS_S3_BUCKET",
                        DEVELOPMENT.get("AWS_S3_BUCKET"), "storewidget.development-values.reused"));
    }

    @Test
    void productionConfigurationShouldBeGo() {
        ReportAssert report = check(Stage.PRODUCTION, PRODUCTION, StoreWidgetGates.all()).isGo();
        assertNoSecretLeaks(report.report(), PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void productionWithOneChecklistLineBrokenShouldNameIt(BrokenLine line) {
        Map<String, String> broken = with(PRODUCTION, line.key(), line.value());
        ReportAssert report = check(Stage.PRODUCTION, broken, StoreWidgetGates.all());
        assertOnlyLineBroken(report, line.status(), line.code(), line.key());
        assertNoSecretLeaks(report.report(), broken);
    }

    @Test
    void withoutItsReasonedWaiverThePasswordInTheConnectionStringsShouldOnlyInform() {
        Map<String, String> unwaived = with(with(with(PRODUCTION, "READINESS_WAIVERS_0_CODE", null),
                "READINESS_WAIVERS_0_REASON", null), "READINESS_WAIVERS_0_EXPIRES", null);
        check(Stage.PRODUCTION, unwaived, StoreWidgetGates.all()).hasVerdict(dev.readiness.Status.GO)
                .hasFinding("database.password-in-url", "DATABASE_URL")
                .hasFinding("database.password-in-url", "REDIS_URL");
    }

    @Test
    void rateLimitingLeftAtItsDefaultShouldBeGo() {
        check(Stage.PRODUCTION, with(PRODUCTION, "RATE_LIMIT_ENABLED", null), StoreWidgetGates.all())
                .hasNoFinding("storewidget.rate-limit.disabled");
    }

    @Test
    void developmentConfigurationShouldBeReportedWithoutBlocking() {
        check(Stage.DEVELOPMENT, DEVELOPMENT, StoreWidgetGates.all()).blocks(false);
    }

    @Test
    void developmentConfigurationJudgedForProductionShouldNameEveryReusedValue() {
        ReportAssert report = check(Stage.PRODUCTION, DEVELOPMENT, StoreWidgetGates.all()).isNoGo()
                .hasFinding("storewidget.development-values.reused", "JWT_SECRET")
                .hasFinding("storewidget.development-values.reused", "DATABASE_URL")
                .hasFinding("storewidget.node-env.mismatch", "NODE_ENV")
                .hasFinding("storewidget.rate-limit.disabled", "RATE_LIMIT_ENABLED");
        assertNoSecretLeaks(report.report(), DEVELOPMENT);
    }
}
