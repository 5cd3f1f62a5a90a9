package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCheckTests {

    /** Reports every setting whose value is {@code bad}, on its key and origin. */
    private static final Gate BAD_VALUES = Gate.of("test.bad-values", "no value is 'bad'", context -> Outcome.of(
            context.settings().stream().filter(setting -> setting.value().equals("bad"))
                    .map(setting -> Finding.noGo("test.bad-values.found", setting).message("is bad").build())
                    .toList()));

    @Test
    void runWithSettingsFromAFileShouldReportTheirFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("production.properties");
        Files.writeString(file, "# production\nGOOD=fine\nAPI_KEY=bad\n");

        ReportAssert report = GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().propertiesFile(file).build())
                .gates(BAD_VALUES)
                .run()
                .isNoGo()
                .hasFinding("test.bad-values.found", "API_KEY");

        assertThat(report.report().findings().findFirst().orElseThrow().origin().description())
                .endsWith("production.properties:3");
    }

    @Test
    void runShouldLetMapValuesOverrideFileSettingsWhateverTheOrderOfCalls(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("production.properties");
        Files.writeString(file, "API_KEY=bad\nOTHER=fine\n");

        GateCheck.forStage(Stage.PRODUCTION)
                .settings(Map.of("API_KEY", "fixed"))
                .settings(Settings.builder().propertiesFile(file).build())
                .gates(BAD_VALUES)
                .run()
                .isGo();
        GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().propertiesFile(file).build())
                .setting("OTHER", "bad")
                .gates(BAD_VALUES)
                .run()
                .isNoGo()
                .hasFinding("test.bad-values.found", "API_KEY")
                .hasFinding("test.bad-values.found", "OTHER");
    }

    @Test
    void appShouldJudgeAnApplicationsFilesWithItsProfiles(@TempDir Path project) throws java.io.IOException {
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), "jwt:\n  secret: ${JWT_SECRET}\n");
        Files.writeString(resources.resolve("application-prod.yml"), "jwt:\n  secret: changeme\n");

        GateCheck.app(project).isGo().hasFinding("settings.deferred", "jwt.secret");
        GateCheck.app(project, "prod").isNoGo().hasFinding("secrets.placeholder", "jwt.secret");
    }

    @Test
    void isWarnShouldPassOnAWarnVerdictOnly() {
        // session 23: a gate that is WARN in staging and NO-GO in production had no isWarn() to test it with
        Gate warnInStaging = Gate.of("acme.retention", "retention", context -> Outcome.of(Finding.of(
                context.stage() == Stage.PRODUCTION ? dev.readiness.Severity.NO_GO : dev.readiness.Severity.WARN,
                "acme.retention-too-short", "acme.retention-days").build()));

        GateCheck.run(Stage.STAGING, Map.of(), warnInStaging).isWarn().hasFinding("acme.retention-too-short");
        org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> GateCheck.run(Stage.PRODUCTION, Map.of(), warnInStaging).isWarn())
                .withMessageContaining("Expected verdict WARN but was NO-GO");
        org.assertj.core.api.Assertions.assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> GateCheck.run(Stage.STAGING, Map.of()).isWarn());
    }
}
