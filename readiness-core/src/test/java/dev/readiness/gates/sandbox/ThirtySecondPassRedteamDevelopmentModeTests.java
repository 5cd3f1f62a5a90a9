package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-second pass (the last pass's leftover): a production deploy's env file that runs the
 * framework in its development or debug mode ({@code RAILS_ENV=development}, {@code NODE_ENV=development},
 * {@code APP_ENV=local}, {@code FLASK_ENV=development}, {@code DJANGO_DEBUG=True}) was GO with no finding at all, while
 * {@code RAILS_ENV=test} is a NO-GO. It is now a WARN, {@code sandbox.development-mode}; production values and a debug
 * switch off stay clean, and so do keys that only end in such a word.
 */
class ThirtySecondPassRedteamDevelopmentModeTests {

    private static List<String> findings(Stage stage, String envFile) {
        Settings settings = Settings.builder().dotenv("prod.env", envFile + "\n").build();
        return new SandboxGate().check(GateContext.of(stage, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RAILS_ENV=development", "NODE_ENV=development", "APP_ENV=local", "FLASK_ENV=development",
        "DJANGO_DEBUG=True", "RACK_ENV=development", "MIX_ENV=dev", "ASPNETCORE_ENVIRONMENT=Development",
        "APP_DEBUG=true", "FLASK_DEBUG=1", "DEBUG=True", "NODE_ENV=\"development\"", "env.NODE_ENV=development",
        // session 41: a service's own stage variable, as the Spring adapter reads it (every labelled row is FLAG)
        "ENVIRONMENT=development"})
    void aFrameworkInDevelopmentModeShouldBeAWarnInProduction(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findings(Stage.PRODUCTION, line)).containsExactly("WARN sandbox.development-mode " + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEBUG=false", "DEBUG=False", "DEBUG=0", "NODE_ENV=production", "RAILS_ENV=production",
        "APP_ENV=production", "APP_ENV=staging", "FLASK_ENV=production", "DJANGO_DEBUG=False", "APP_DEBUG=false",
        "ASPNETCORE_ENVIRONMENT=Production", "spring.mail.properties.mail.debug=true", "SENTRY_ENVIRONMENT=development",
        "PLAID_ENV=development", "logging.level.debug=true", "NOTIFY_ENVIRONMENT=development", "MY_APP_ENV=local",
        "DEBUG=app:*"})
    void productionValuesAndOtherKeysShouldStayClean(String line) {
        // PLAID_ENV=development is Plaid's own development environment: sandbox.test-mode's NO-GO, as before
        assertThat(findings(Stage.PRODUCTION, line)).noneMatch(finding -> finding.contains("development-mode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NODE_ENV=development", "DJANGO_DEBUG=True"})
    void otherStagesShouldNotBeWarned(String line) {
        assertThat(findings(Stage.STAGING, line)).isEmpty();
        assertThat(findings(Stage.DEVELOPMENT, line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NODE_ENV=development"})
    void theFindingShouldSayWhatToDo(String line) {
        Settings settings = Settings.builder().dotenv("prod.env", line + "\n").build();
        Finding finding = new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().get(0);
        assertThat(finding.origin().description()).isEqualTo("prod.env:1");
        assertThat(finding.remediation()).contains("Set NODE_ENV to production");
    }
}
