package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-sixth pass's precision rules of the sandbox gate: Laravel's {@code log} and {@code array} mailers beside an
 * {@code APP_ENV} that declares a test or CI tier are the tier's own mailer (a local tier: a WARN since the
 * forty-sixth pass) (beside {@code production}, with no
 * {@code APP_ENV}, or as Symfony's {@code null://} transport, they stay a discarding transport); and an observability
 * tool's environment tag ({@code LOGGING_ENV}, {@code SENTRY_ENVIRONMENT}) is no sandbox switch.
 */
class ThirtySixthPassPrecisionSandboxTests {

    private static List<String> problems(String text, String key) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO)
                .map(f -> f.code()).toList();
    }

    @Test
    void laravelsLogMailerBesideATestOrCiTierShouldBeThatTiersMailer() {
        assertThat(problems("APP_ENV=testing\nMAIL_DRIVER=log\n", "MAIL_DRIVER")).isEmpty();
        assertThat(problems("APP_ENV=\"ci\"\nMAIL_MAILER=array\n", "MAIL_MAILER")).isEmpty();
    }

    @Test
    void theLogMailerOfAProductionFileOrAnotherFrameworksNullTransportShouldStayReported() {
        assertThat(problems("APP_ENV=production\nMAIL_MAILER=log\n", "MAIL_MAILER"))
                .containsExactly("sandbox.discard-transport");
        assertThat(problems("MAIL_MAILER=log\n", "MAIL_MAILER")).containsExactly("sandbox.discard-transport");
        assertThat(problems("APP_ENV=dev\nMAILER_DSN=null://null\n", "MAILER_DSN"))
                .containsExactly("sandbox.discard-transport");
        assertThat(problems("APP_ENV=local\nSMS_DRIVER=log\n", "SMS_DRIVER")).isNotEmpty();
    }

    @Test
    void anObservabilityToolsEnvironmentTagShouldBeNoSandboxSwitch() {
        assertThat(problems("LOGGING_ENV=sandbox\n", "LOGGING_ENV")).isEmpty();
        assertThat(problems("SENTRY_ENVIRONMENT=sandbox\n", "SENTRY_ENVIRONMENT")).isEmpty();
        assertThat(problems("BUGSNAG_RELEASE_STAGE=sandbox\n", "BUGSNAG_RELEASE_STAGE")).isEmpty();
        // a client's or the application's environment still switches it
        assertThat(problems("PAYMENT_ENV=sandbox\n", "PAYMENT_ENV")).containsExactly("sandbox.test-mode");
        assertThat(problems("ENVIRONMENT=sandbox\n", "ENVIRONMENT")).containsExactly("sandbox.test-mode");
    }
}
