package dev.readiness.examples.shopee;

import static dev.readiness.examples.ExampleConfiguration.BrokenLine.noGo;
import static dev.readiness.examples.ExampleConfiguration.BrokenLine.warn;
import static dev.readiness.examples.ExampleConfiguration.assertNoSecretLeaks;
import static dev.readiness.examples.ExampleConfiguration.assertOnlyLineBroken;
import static dev.readiness.examples.ExampleConfiguration.check;
import static dev.readiness.examples.ExampleConfiguration.load;
import static dev.readiness.examples.ExampleConfiguration.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Stage;
import dev.readiness.examples.ExampleConfiguration.BrokenLine;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeExampleTests {

    private static final Map<String, String> PRODUCTION = load("shopee/production.properties");
    private static final Map<String, String> DEVELOPMENT = load("shopee/development.properties");

    static Stream<BrokenLine> brokenLines() {
        String host = "automation-prod.c9akciq32lmx.ap-southeast-1.rds.amazonaws.com:5432";
        return Stream.of(
                noGo("PostgreSQL reachable via DATABASE_URL (required)", "DATABASE_URL", null, "settings.missing"),
                noGo("DATABASE_URL: Postgres connection string (SQLite dev file)", "DATABASE_URL", "file:./dev.db",
                        "database.embedded"),
                noGo("DATABASE_URL: Postgres connection string (default credentials)", "DATABASE_URL",
                        "postgresql://postgres:postgres@" + host + "/automation?sslmode=require",
                        "database.default-credentials"),
                noGo("DATABASE_URL: Postgres connection string (test database)", "DATABASE_URL",
                        "postgresql://automation_api:Zq8rVt2LmN4pXs6K@" + host + "/automation_test?sslmode=require",
                        "database.test-name"),
                noGo("DATABASE_URL: Postgres connection string (TLS off)", "DATABASE_URL",
                        "postgresql://automation_api:Zq8rVt2LmN4pXs6K@" + host + "/automation?sslmode=disable",
                        "database.tls-disabled"),
                noGo("DATABASE_URL: Postgres connection string (template host)", "DATABASE_URL",
                        "postgresql://automation_api:Zq8rVt2LmN4pXs6K@hostname:5432/automation?sslmode=require",
                        "database.template-host"),
                noGo("DATABASE_URL: Postgres connection string (unparseable)", "DATABASE_URL",
                        "postgresql://automation_api:Zq8rVt2LmN4pXs6K@" + host.replace(":5432", ":54x2")
                                + "/automation?sslmode=require", "database.unparseable"),
                noGo("Redis reachable via REDIS_URL (required)", "REDIS_URL", "", "settings.blank"),
                warn("REDIS_URL: Redis connection string (no password, no TLS)", "REDIS_URL",
                        "redis://automation-prod.fz7k2q.ng.0001.apse1.cache.amazonaws.com:6379",
                        "database.redis-insecure"),
                noGo("JWT_SECRET: JWT signing secret (placeholder)", "JWT_SECRET", "changeme", "secrets.placeholder"),
                noGo("JWT_SECRET: JWT signing secret (a UUID has 122 bits)", "JWT_SECRET",
                        "6f1c1a0e-3b5d-4c8e-9f7a-2d4b6e8a0c1f", "secrets.too-weak"),
                noGo("JWT_SECRET: set (required)", "JWT_SECRET", null, "settings.missing"),
                noGo("AES_SECRET_KEY set and accessible to both API and worker", "AES_SECRET_KEY",
                        "${AES_SECRET_KEY}", "settings.unresolved"),
                noGo("SUPERADMIN_PASSWORD: bootstrap admin credentials", "SUPERADMIN_PASSWORD", "Password123!",
                        "secrets.guessable"),
                noGo("HEALTH_TOKEN (required secret)", "HEALTH_TOKEN", "", "secrets.blank"),
                noGo("API: ensure NODE_ENV=production (set)", "NODE_ENV", null, "settings.missing"),
                noGo("AES_SECRET_KEY: AES-256-GCM key (16 bytes is AES-128)", "AES_SECRET_KEY",
                        "00112233445566778899aabbccddeeff", "shopee.aes-key.wrong-size"),
                noGo("AES_SECRET_KEY: AES-256-GCM key (not hex nor base64)", "AES_SECRET_KEY",
                        "correct horse battery staple!", "shopee.aes-key.undecodable"),
                noGo("API: ensure NODE_ENV=production", "NODE_ENV", "development", "shopee.node-env.mismatch"),
                noGo("SUPERADMIN_EMAIL: bootstrap admin credentials", "SUPERADMIN_EMAIL", "admin@example.com",
                        "shopee.superadmin.email-invalid"),
                noGo("ALERT_WEBHOOK_URL: webhook for notifications", "ALERT_WEBHOOK_URL",
                        "http://alerts.shopee-automation.io/hook", "shopee.https.not-https"));
    }

    @Test
    void productionConfigurationShouldBeGo() {
        ReportAssert report = check(Stage.PRODUCTION, PRODUCTION, ShopeeGates.all()).isGo();
        assertNoSecretLeaks(report.report(), PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void productionWithOneChecklistLineBrokenShouldNameIt(BrokenLine line) {
        Map<String, String> broken = with(PRODUCTION, line.key(), line.value());
        ReportAssert report = check(Stage.PRODUCTION, broken, ShopeeGates.all());
        assertOnlyLineBroken(report, line.status(), line.code(), line.key());
        assertNoSecretLeaks(report.report(), broken);
    }

    @Test
    void developmentConfigurationShouldBeReportedWithoutBlocking() {
        ReportAssert report = check(Stage.DEVELOPMENT, DEVELOPMENT, ShopeeGates.all()).blocks(false)
                .hasFinding("shopee.aes-key.wrong-size", "AES_SECRET_KEY");
        assertNoSecretLeaks(report.report(), DEVELOPMENT);
    }

    @Test
    void findingsShouldPointAtTheLineOfTheFileTheDeployReads() {
        ReportAssert report = GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().propertiesFile(Path.of("src/main/resources/shopee/development.properties"))
                        .build())
                .gates(ShopeeGates.all().toArray(Gate[]::new))
                .run()
                .hasFinding("shopee.aes-key.wrong-size", "AES_SECRET_KEY");
        assertThat(report.report().findings().filter(finding -> finding.code().equals("shopee.aes-key.wrong-size"))
                .findFirst().orElseThrow().origin().description()).endsWith("development.properties:6");
    }

    @Test
    void developmentConfigurationJudgedForProductionShouldSayNoGo() {
        check(Stage.PRODUCTION, DEVELOPMENT, ShopeeGates.all()).isNoGo().blocks(true)
                .hasFinding("shopee.aes-key.wrong-size", "AES_SECRET_KEY")
                .hasFinding("shopee.node-env.mismatch", "NODE_ENV")
                .hasFinding("shopee.superadmin.email-invalid", "SUPERADMIN_EMAIL");
    }
}
