package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 37's newcomer required the checklist's {@code FEDEX_ACCOUNT_NUMBER} and wrote
 * {@code carrier.fedex.account-number: ${FEDEX_ACCOUNT_NUMBER}}; a deploy without it was one finding at boot
 * (session 36's fix: {@code settings.missing} naming the key that refers to it), but the CLI and the Maven goal, which
 * read the reference as deferred, gave the missing finding without the key and an INFO {@code settings.deferred} on
 * the key saying it "is only known at run time", beside a NO-GO saying the deploy does not set it. The missing
 * finding now names the key there too, and the key has no INFO of its own.
 */
class ThirtySeventhPassNewcomerMissingReferencedTests {

    @TempDir
    Path dir;

    @Test
    void beforeTheDeployAMissingRequiredVariableIsOneFindingNamingTheKeyThatRefersToIt() throws IOException {
        Files.writeString(dir.resolve("application.yml"), """
                carrier:
                  fedex:
                    account-number: ${FEDEX_ACCOUNT_NUMBER}
                    api-key: ${FEDEX_API_KEY}
                readiness:
                  settings:
                    required: FEDEX_ACCOUNT_NUMBER
                """);
        Path env = Files.writeString(dir.resolve("prod.env"), "FEDEX_API_KEY=a99cf86288243f5c3d95bb45c57550d5\n");
        Settings settings = ApplicationConfig.builder().application(dir).envFile(env).build().settings();

        List<Finding> findings = new RequiredSettingsGate().check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).extracting(f -> f.code() + " " + f.severity() + " " + f.subject())
                .containsExactly("settings.missing NO_GO FEDEX_ACCOUNT_NUMBER");
        assertThat(findings.get(0).message())
                .contains("carrier.fedex.account-number refers to it with no default and would be left unresolved");
    }

    @Test
    void aDeferredKeyReferringToAVariableNobodyRequiredKeepsItsInfo() {
        Settings settings = Settings.builder()
                .add(Setting.deferred("carrier.fedex.account-number", "${FEDEX_ACCOUNT_NUMBER}",
                        Origin.of("application.yml:4:21"), "FEDEX_ACCOUNT_NUMBER at run time"))
                .add(Setting.deferred("carrier.dhl.account", "${DHL_ACCOUNT}", Origin.of("application.yml:7:14"),
                        "DHL_ACCOUNT at run time"))
                .add(Setting.literal("readiness.settings.required", "FEDEX_ACCOUNT_NUMBER",
                        Origin.of("application.yml:44:15")))
                .build();

        List<Finding> findings = new RequiredSettingsGate().check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).extracting(f -> f.code() + " " + f.severity() + " " + f.subject()).containsExactly(
                "settings.missing NO_GO FEDEX_ACCOUNT_NUMBER",
                "settings.deferred INFO carrier.dhl.account");
        assertThat(findings.get(0).message()).contains("carrier.fedex.account-number refers to it");
    }

    @Test
    void aKeyWithTwoDeferredVariablesKeepsItsInfo() {
        Settings settings = Settings.builder()
                .add(Setting.deferred("app.db-url", "jdbc:postgresql://${DB_HOST}/${DB_NAME}",
                        Origin.of("application.yml:4:11"), "DB_HOST, DB_NAME at run time"))
                .add(Setting.literal("readiness.settings.required", "DB_HOST", Origin.of("application.yml:9:15")))
                .build();

        List<Finding> findings = new RequiredSettingsGate().check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).extracting(f -> f.code() + " " + f.subject())
                .containsExactly("settings.missing DB_HOST", "settings.deferred app.db-url");
    }
}
