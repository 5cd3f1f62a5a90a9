package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, first contact with the blind sets 194 to 197: Laravel's {@code log} mailer beside
 * {@code APP_ENV=local} was the tier's own choice and raised nothing, yet a deploy copied from such a template
 * delivers no mail; five files of four blind sets label it a sandbox switch. It is a WARN now; a test or CI tier
 * keeps it unreported, a production file keeps its NO-GO.
 */
class FortySixthPassLeadLocalTierMailerTests {

    private static List<String> problems(String text, String key) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO)
                .map(f -> f.severity() + " " + f.code()).toList();
    }

    @Test
    void theLogMailerOfAFileThatDeclaresALocalTierShouldBeAWarning() {
        assertThat(problems("APP_NAME=Atlas\nAPP_ENV=local\nMAIL_MAILER=log\nMAIL_HOST=127.0.0.1\n", "MAIL_MAILER"))
                .containsExactly("WARN sandbox.discard-transport");
        assertThat(problems("APP_ENV=\"development\"\nMAIL_DRIVER=array\n", "MAIL_DRIVER"))
                .containsExactly("WARN sandbox.discard-transport");
    }

    @Test
    void aTestTierKeepsItsMailerAndAProductionFileItsRefusal() {
        assertThat(problems("APP_ENV=testing\nMAIL_MAILER=log\n", "MAIL_MAILER")).isEmpty();
        assertThat(problems("APP_ENV=ci\nMAIL_MAILER=array\n", "MAIL_MAILER")).isEmpty();
        assertThat(problems("APP_ENV=production\nMAIL_MAILER=log\n", "MAIL_MAILER"))
                .containsExactly("NO_GO sandbox.discard-transport");
        assertThat(problems("APP_ENV=local\nMAIL_MAILER=smtp\n", "MAIL_MAILER")).isEmpty();
    }
}
