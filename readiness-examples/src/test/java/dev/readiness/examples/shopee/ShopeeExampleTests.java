package dev.readiness.examples.shopee;

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

class ShopeeExampleTests {

    private static final Map<String, String> PRODUCTION = load("shopee/production.properties");
    private static final Map<String, String> DEVELOPMENT = load("shopee/development.properties");

    static Stream<BrokenLine> brokenLines() {
        return Stream.of(
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
    void developmentConfigurationJudgedForProductionShouldSayNoGo() {
        check(Stage.PRODUCTION, DEVELOPMENT, ShopeeGates.all()).isNoGo().blocks(true)
                .hasFinding("shopee.aes-key.wrong-size", "AES_SECRET_KEY")
                .hasFinding("shopee.node-env.mismatch", "NODE_ENV")
                .hasFinding("shopee.superadmin.email-invalid", "SUPERADMIN_EMAIL");
    }
}
