package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 31's newcomer deployed with Compose and an {@code env_file: .env.production} holding a generated password
 * with a dollar sign, {@code SUPERADMIN_PASSWORD=Rv7#qLp2!xWm9$Tz4kNc}. The check said an INFO
 * {@code settings.deferred} "it comes from Tz4kNc of the shell that runs Compose": six characters of the password
 * printed, and nothing said that Compose would pass the password cut short at the {@code $}. The text after such a
 * {@code $} is now never printed, and the cut value is a {@code settings.unresolved} (the stage's severity for a
 * secret or a required key, a WARN otherwise); a single-quoted value, which Compose uses literally, is no longer
 * interpolated at all; a written reference ({@code $DB_PASSWORD}, {@code ${JWT_SECRET}}) is read as before.
 */
class ThirtyFirstPassNewcomerComposeDollarTests {

    private static final String PASSWORD = "Rv7#qLp2!xWm9$Tz4kNc";

    private static Settings compose(Path dir, String envFile) throws IOException {
        Files.writeString(dir.resolve("docker-compose.yml"), """
                services:
                  api:
                    image: ghcr.io/ordersync/ordersync-api:1.4.2
                    env_file:
                      - .env.production
                """);
        Files.writeString(dir.resolve(".env.production"), envFile);
        return ApplicationConfig.builder().composeFile(dir.resolve("docker-compose.yml"), "api").build().settings();
    }

    @Test
    void aDollarInsideAGeneratedPasswordIsReportedAsCutAndNeverPrinted(@TempDir Path dir) throws IOException {
        Settings settings = compose(dir, "SUPERADMIN_PASSWORD=" + PASSWORD + "\n");

        Setting password = settings.get("SUPERADMIN_PASSWORD").orElseThrow();
        assertThat(password.isDeferred()).isTrue();
        assertThat(password.suppliedBy().orElseThrow()).doesNotContain("Tz4k").contains("character 14");

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(new RequiredSettingsGate(), new SecretsGate()).run()
                .isNoGo()
                .hasFinding("settings.unresolved", "SUPERADMIN_PASSWORD")
                .hasNoFinding("settings.deferred")
                .report();
        Finding finding = report.gate("settings").orElseThrow().findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("cut short").contains("(character 14)");
        assertThat(finding.remediation()).contains("$$").contains("single quotes");
        String text = TextReportRenderer.full().render(report) + JsonReportRenderer.compact().render(report);
        for (int i = 0; i + 4 <= PASSWORD.length(); i++) {
            assertThat(text).doesNotContain(PASSWORD.substring(i, i + 4));
        }
    }

    @Test
    void aKeyReadingSuchAVariableIsOneFindingOnTheVariable(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("docker-compose.yml"), """
                services:
                  api:
                    image: ghcr.io/ordersync/ordersync-api:1.4.2
                    env_file:
                      - .env.production
                """);
        Files.writeString(dir.resolve(".env.production"), "SUPERADMIN_PASSWORD=" + PASSWORD + "\n");
        Path app = dir.resolve("app");
        Files.createDirectories(app);
        Files.writeString(app.resolve("application.yml"), """
                ordersync:
                  superadmin:
                    password: ${SUPERADMIN_PASSWORD}
                """);
        Settings settings = ApplicationConfig.builder().application(app)
                .composeFile(dir.resolve("docker-compose.yml"), "api").build().settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .isNoGo()
                .hasFinding("settings.unresolved", "SUPERADMIN_PASSWORD")
                .report();
        assertThat(report.gate("settings").orElseThrow().findings()).hasSize(1);
    }

    @Test
    void aNonSecretKeyWithSuchADollarIsAWarning(@TempDir Path dir) throws IOException {
        Settings settings = compose(dir, "WORKER_BANNER=Orders$ync\n");

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .isWarn()
                .hasFinding("settings.unresolved", "WORKER_BANNER");
    }

    @Test
    void aSingleQuotedValueIsUsedLiterallyAsComposeDoes(@TempDir Path dir) throws IOException {
        Settings settings = compose(dir, "SUPERADMIN_PASSWORD='" + PASSWORD + "'\n");

        Setting password = settings.get("SUPERADMIN_PASSWORD").orElseThrow();
        assertThat(password.isDeferred()).isFalse();
        assertThat(password.value()).isEqualTo(PASSWORD);
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .hasNoFindings();
    }

    @Test
    void anEscapedDollarIsTheDollarSign(@TempDir Path dir) throws IOException {
        Settings settings = compose(dir, "SUPERADMIN_PASSWORD=Rv7#qLp2!xWm9$$Tz4kNc\n");

        assertThat(settings.get("SUPERADMIN_PASSWORD").orElseThrow().value()).isEqualTo(PASSWORD);
    }

    @Test
    void aWrittenReferenceIsStillNamedAndDeferred(@TempDir Path dir) throws IOException {
        Settings settings = compose(dir, "DATABASE_PASSWORD=$DB_PASSWORD\nREDIS_URL=redis://:$REDIS_PASSWORD@redis:6379\n");

        assertThat(settings.get("DATABASE_PASSWORD").orElseThrow().suppliedBy())
                .hasValue("DB_PASSWORD of the shell that runs Compose");
        assertThat(settings.get("REDIS_URL").orElseThrow().suppliedBy())
                .hasValue("REDIS_PASSWORD of the shell that runs Compose");
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new RequiredSettingsGate()).run()
                .hasNoFinding("settings.unresolved")
                .hasFinding("settings.deferred", "DATABASE_PASSWORD");
    }
}
