package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.Waivers;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The README's second test-kit snippet (settings built with {@link ApplicationConfig#builder()}, then a check): the
 * waivers written in the files apply only when the snippet adds them, as it now does. Session 25's newcomer copied
 * the snippet without that line and a waived {@code database.loopback} failed the test, where
 * {@code @ProductionConfigCheck} and the CLI passed.
 */
class FileWaiversInBuiltSettingsTests {

    private static final String PROD = """
            spring:
              datasource:
                url: jdbc:postgresql://localhost:5432/orders?sslmode=require
            readiness:
              waivers:
                - code: database.loopback
                  subject: spring.datasource.url
                  reason: Cloud SQL Auth Proxy sidecar listens on localhost (OPS-142)
                  expires: 2099-03-31
            """;

    private static Settings settings() {
        return ApplicationConfig.builder().configText("application-prod.yml", PROD).build().settings();
    }

    @Test
    void theSnippetWithItsWaiverLineShouldApplyTheWaiverWrittenInTheFile() {
        Settings settings = settings();
        GateCheck check = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new))
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2099-01-01T00:00:00Z"),
                        java.time.ZoneOffset.UTC));
        Waivers.fromSettings(settings).forEach(check::waiver);
        check.run().hasFinding("database.loopback", "spring.datasource.url").isGo();
    }

    @Test
    void settingsPassedAloneShouldBeJudgedWithoutTheirWaiversAsTheReadmeSays() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> GateCheck.forStage(Stage.PRODUCTION)
                .settings(settings()).gates(Gates.discover().toArray(Gate[]::new)).run().isGo());
    }
}
