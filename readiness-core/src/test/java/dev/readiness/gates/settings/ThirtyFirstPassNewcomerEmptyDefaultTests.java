package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Left by session 30's newcomer and met again by session 31's: an optional setting written with an empty default,
 * {@code alert-webhook-url: ${ALERT_WEBHOOK_URL:}}, was an INFO {@code settings.deferred} "only known at run time"
 * that said nothing of what the service runs with where the deploy does not set the variable: blank. The INFO now
 * says so; a reference with a default of its own, or text around an empty default, reads as before.
 */
class ThirtyFirstPassNewcomerEmptyDefaultTests {

    @Test
    void anEmptyDefaultSaysTheServiceRunsWithTheKeyBlank(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("application.yml"), "spring.application.name: ordersync-api\n");
        Files.writeString(dir.resolve("application-prod.yml"), """
                ordersync:
                  # optional: no alerts when unset
                  alert-webhook-url: ${ALERT_WEBHOOK_URL:}
                  amazon-endpoint: ${AMAZON_SP_API_ENDPOINT}
                  callback-url: https://api.ordersync.io/${CALLBACK_PATH:}
                """);
        Settings settings = ApplicationConfig.builder().application(dir).profiles("prod").build().settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .isGo()
                .hasFinding("settings.deferred", "ordersync.alert-webhook-url")
                .report();
        assertThat(message(report, "ordersync.alert-webhook-url"))
                .contains("ALERT_WEBHOOK_URL")
                .contains("its default is empty: where the deploy does not set it, the service runs with"
                        + " ordersync.alert-webhook-url blank");
        assertThat(message(report, "ordersync.amazon-endpoint")).doesNotContain("default is empty");
        assertThat(message(report, "ordersync.callback-url")).doesNotContain("blank");
    }

    private static String message(Report report, String key) {
        return report.gate("settings").orElseThrow().findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::message).findFirst().orElseThrow();
    }
}
