package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28's newcomer left RabbitMQ's {@code guest}/{@code guest} in an otherwise real {@code deploy/prod.env}
 * and got five {@code secrets.likely-published} NO-GOs on the file's strong secrets, whose remediation said to
 * "supply the value from your secret store and rotate it": the reading was that all five must be rotated. The verdict
 * stays (the corpus's three files named for a deployed environment whose random secrets sit beside a typed published
 * default, {@code envs/production/django.env}, {@code appsettings.production}, {@code env-staging}, are labelled real
 * problems: committed samples), but the remediation now names the one setting to fix first, whose fix clears the
 * finding, and says rotation is due only if the file was ever published.
 */
class TwentyEighthPassNewcomerLikelyPublishedTests {

    private static final String KEY = "3q2+7wXnJt9Lk0PzR4vYb8sM1cQe6uHa5dTfG2jWpo0=";

    private static List<Finding> findings(String text) {
        Settings settings = Settings.builder().dotenv("deploy/prod.env", text.replace('|', '\n') + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void theRemediationNamesTheSettingWhoseFixClearsTheFinding() {
        List<Finding> findings = findings("JWT_SECRET=" + KEY + "|RABBITMQ_USERNAME=guest|RABBITMQ_PASSWORD=guest");
        Finding likely = findings.stream().filter(f -> f.subject().equals("JWT_SECRET")).findFirst().orElseThrow();
        assertThat(likely.code()).isEqualTo("secrets.likely-published");
        assertThat(likely.severity()).isEqualTo(Severity.NO_GO);
        assertThat(likely.remediation()).contains("fix RABBITMQ_PASSWORD first: this finding goes away with it")
                .contains("only if the file was ever published").doesNotContain(KEY.substring(0, 4));
    }

    @Test
    void fixingTheDefaultClearsTheStrongSecrets() {
        List<Finding> findings = findings("JWT_SECRET=" + KEY + "|RABBITMQ_USERNAME=orderhub|RABBITMQ_PASSWORD=Kp3vX9qLm2TzR7wYc8Nd");
        assertThat(findings).extracting(Finding::code).doesNotContain("secrets.likely-published");
    }
}
