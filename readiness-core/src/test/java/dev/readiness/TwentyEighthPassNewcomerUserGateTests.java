package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 28's newcomer wrote a gate from the README's "Your own gate" and ran the CLI on a {@code prod} profile whose
 * {@code hub.webhook-base-url: ${WEBHOOK_BASE_URL}} the deploy supplies: the gate judged the text
 * {@code ${WEBHOOK_BASE_URL}} and reported it "not an https URL". The README and engine.md now say that such a
 * setting reaches a gate deferred ({@code isDeferred()}, {@code suppliedBy()}) and that a gate skips it, as the
 * built-in ones do; and that {@code Finding.of(severity, code, setting)} keeps the origin that the key form has none
 * of. These tests hold the documented behaviour.
 */
class TwentyEighthPassNewcomerUserGateTests {

    @TempDir
    Path app;

    private Settings prodSettings() throws Exception {
        Path resources = app.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.yml"), """
                hub:
                  webhook-base-url: http://localhost:8080
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                hub:
                  webhook-base-url: ${WEBHOOK_BASE_URL}
                """);
        return ApplicationConfig.builder().application(app).profiles("prod").build().settings();
    }

    @Test
    void anUndefinedReferenceReachesAUserGateDeferredWithItsVariable() throws Exception {
        List<Setting> seen = new CopyOnWriteArrayList<>();
        Gate gate = Gate.of("acme.webhooks", "webhook URL", context -> {
            context.settings().get("hub.webhook-base-url").ifPresent(seen::add);
            return Outcome.go();
        });
        GateCheck.forStage(Stage.PRODUCTION).settings(prodSettings()).gates(gate).run();
        assertThat(seen).hasSize(1);
        Setting url = seen.get(0);
        assertThat(url.isDeferred()).isTrue();
        assertThat(url.suppliedBy()).hasValueSatisfying(variable -> assertThat(variable).contains("WEBHOOK_BASE_URL"));
        assertThat(url.value()).contains("${WEBHOOK_BASE_URL}");
    }

    @Test
    void aGateThatSkipsDeferredSettingsAsDocumentedIsGoBeforeTheDeploy() throws Exception {
        Gate gate = Gate.of("acme.webhooks", "webhook URL", context -> context.settings().get("hub.webhook-base-url")
                .filter(url -> !url.isDeferred() && !url.value().startsWith("https://"))
                .map(url -> Outcome.of(Finding.of(Severity.NO_GO, "acme.webhook-not-https", url).message("not https")
                        .remediation("use https").build()))
                .orElse(Outcome.go()));
        GateCheck.forStage(Stage.PRODUCTION).settings(prodSettings()).gates(gate).run()
                .hasNoFinding("acme.webhook-not-https");
    }

    @Test
    void findingOfASeverityAndASettingKeepsTheOriginTheKeyFormHasNoneOf() {
        Setting url = Setting.of("hub.webhook-base-url", "http://localhost:8080",
                dev.readiness.settings.Origin.file("application.yml", 2));
        Finding withSetting = Finding.of(Severity.WARN, "acme.webhook-not-https", url).message("m").remediation("r").build();
        Finding withKey = Finding.of(Severity.WARN, "acme.webhook-not-https", url.key()).message("m").remediation("r").build();
        assertThat(withSetting.origin().toString()).contains("application.yml");
        assertThat(withKey.origin().file()).isEmpty();
    }
}
