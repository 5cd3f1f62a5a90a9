package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretPlaceholderValuesTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void asksForSecretShouldSeeAPlaceholderThatNamesASecretUnderAnyKey() {
        assertThat(SecretPlaceholderValues.asksForSecret("USERS", "your_user_password_hash")).isTrue();
        assertThat(SecretPlaceholderValues.asksForSecret("ConnectionStrings.SingleDbConnection", "<secret>")).isTrue();
        assertThat(SecretPlaceholderValues.asksForSecret("CREDENTIALS", "your-api-key-here")).isTrue();
        assertThat(SecretPlaceholderValues.asksForSecret("Reporting.Connection", "{{db_password}}")).isTrue();
        assertThat(SecretPlaceholderValues.asksForSecret("UPSTREAM", "token_here")).isTrue();
    }

    @Test
    void asksForSecretShouldLeaveOtherPlaceholdersSentencesAndTextsAlone() {
        assertThat(SecretPlaceholderValues.asksForSecret("DB_USER", "your_db_user")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("LOGIN_PROMPT", "Enter your password")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("PASSWORD_FIELD_PLACEHOLDER", "<password>")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("SECRET_FILE", "app_secret_file")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("API_KEY_HEADER", "X-Api-Key")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("spring.mail.username", "apikey")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("MAIL_TRANSPORT", "apikey")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("SECRETS_PROVIDER", "aws-secrets-manager")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("ACCOUNT_ROUTE", "change-password")).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret("secret_name_template", "{username}.{cluster}.credentials"))
                .isFalse();
    }

    @Test
    void checkWhenAUserListHoldsAPlaceholderHashShouldStop() {
        assertThat(findings(Map.of("USERS", "your_user_password_hash"), "USERS")).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secrets.placeholder", Severity.NO_GO));
    }

    @Test
    void checkWhenThePlaceholderBelongsToASwitchedOffSectionShouldNotStop() {
        assertThat(findings(Map.of("Reporting.IsEnabled", "false", "Reporting.Connection", "<secret>"),
                "Reporting.Connection")).extracting(Finding::severity).doesNotContain(Severity.NO_GO);
    }
}
