package dev.readiness.examples.orderhub;

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

class OrderHubExampleTests {

    private static final Map<String, String> PRODUCTION = load("orderhub/production.properties");

    static Stream<BrokenLine> brokenLines() {
        return Stream.of(
                noGo("Required: DATABASE_URL", "DATABASE_URL", null, "settings.missing"),
                warn("DATABASE_URL - PostgreSQL connection string (loopback)", "DATABASE_URL",
                        "postgresql://orderhub:Vb7kQ2mZ9xLp4Rt8@localhost:5432/orderhub", "database.loopback"),
                noGo("Required: JWT_SECRET - secure random secret", "JWT_SECRET", "your-jwt-secret-here",
                        "secrets.placeholder"),
                noGo("Required: REDIS_URL", "REDIS_URL", null, "settings.missing"),
                noGo("Optional: WEBHOOK_BASE_URL - public API URL", "WEBHOOK_BASE_URL", "https://localhost:3001",
                        "sandbox.local-public-url"),
                noGo("S3_SECRET_ACCESS_KEY for label storage (not a documented sample)", "S3_SECRET_ACCESS_KEY",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secrets.published-default"),
                noGo("Proper credential encryption (key set)", "CREDENTIALS_ENCRYPTION_KEY", "", "secrets.blank"),
                noGo("Webhook HMAC verification for Shopify", "SHOPIFY_API_SECRET", null,
                        "orderhub.integrations.missing"),
                noGo("S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY for label storage", "S3_SECRET_ACCESS_KEY", " ",
                        "orderhub.integrations.missing"),
                noGo("Proper credential encryption/decryption", "CREDENTIALS_ENCRYPTION_KEY",
                        "0123456789abcdef0123456789abcdef", "orderhub.encryption-key.wrong-size"),
                noGo("Review CORS settings for production", "CORS_ORIGINS", "*", "orderhub.cors.wildcard"),
                noGo("Review CORS settings for production (dev origin)", "CORS_ORIGINS",
                        "https://orderhub.app,http://127.0.0.1:3000", "orderhub.cors.localhost"),
                noGo("Ensure HTTPS is enforced (WEBHOOK_BASE_URL)", "WEBHOOK_BASE_URL", "http://api.orderhub.app",
                        "orderhub.https.not-https"),
                noGo("GOOGLE_CLIENT_ID / NEXT_PUBLIC_GOOGLE_CLIENT_ID", "NEXT_PUBLIC_GOOGLE_CLIENT_ID",
                        "1234567890-otherclient.apps.googleusercontent.com", "orderhub.google-client.mismatch"),
                noGo("NODE_ENV=production", "NODE_ENV", "staging", "orderhub.node-env.mismatch"));
    }

    @Test
    void productionConfigurationShouldBeGo() {
        ReportAssert report = check(Stage.PRODUCTION, PRODUCTION, OrderHubGates.all()).isGo();
        assertNoSecretLeaks(report.report(), PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void productionWithOneChecklistLineBrokenShouldNameIt(BrokenLine line) {
        Map<String, String> broken = with(PRODUCTION, line.key(), line.value());
        ReportAssert report = check(Stage.PRODUCTION, broken, OrderHubGates.all());
        assertOnlyLineBroken(report, line.status(), line.code(), line.key());
        assertNoSecretLeaks(report.report(), broken);
    }

    @Test
    void withoutShopifyTheHmacSecretIsNotRequired() {
        Map<String, String> noShopify = with(with(PRODUCTION, "SHOPIFY_API_KEY", null), "SHOPIFY_API_SECRET", null);
        check(Stage.PRODUCTION, noShopify, OrderHubGates.all()).hasNoFinding("orderhub.integrations.missing");
    }
}
