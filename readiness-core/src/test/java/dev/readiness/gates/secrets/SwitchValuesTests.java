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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SwitchValuesTests {

    private static List<Finding> check(Map<String, String> settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "FALSE", "yes", "No", "on", "off", " false "})
    void isSwitchWordShouldRecognizeBooleanWords(String value) {
        assertThat(SwitchValues.isSwitchWord(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "n", "y", "1", "0", "falsey", "yesterday", "onion", "t0ggle"})
    void isSwitchWordShouldLeaveOtherValuesAlone(String value) {
        assertThat(SwitchValues.isSwitchWord(value)).isFalse();
    }

    @Test
    void checkWhenASwitchWordStandsWhereAPasswordShouldBeShouldReportAPlaceholder() {
        List<Finding> findings = check(Map.of("NC_ADMIN_PASSWORD", "false", "API_SECRET", "true"));

        assertThat(findings).extracting(Finding::subject).containsExactlyInAnyOrder("NC_ADMIN_PASSWORD", "API_SECRET");
        assertThat(findings).extracting(Finding::code).containsOnly("secrets.placeholder");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.NO_GO);
    }

    @Test
    void checkWhenTheKeySaysWhatToDoWithTheSecretShouldTreatTheSwitchWordAsAChoice() {
        assertThat(check(Map.of("MYSQL_RANDOM_ROOT_PASSWORD", "yes", "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "yes",
                "HIDE_TOKEN", "true", "JWT_SECRET_ROTATION", "off", "LANGFLOW_REMOVE_API_KEYS", "false",
                "FEATURE_TEAM_API_KEY", "true"))).isEmpty();
    }

    @Test
    void checkWhenTheKeySubscribesToAnEventNamedAfterTheSecretShouldTreatTheSwitchWordAsAChoice() {
        assertThat(check(Map.of("WEBHOOK_EVENTS_NEW_JWT_TOKEN", "false", "webhooks.events.apiKeyRotated", "true")))
                .isEmpty();
        assertThat(check(Map.of("STRIPE_WEBHOOK_SECRET", "false"))).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(check(Map.of("eventMesh.security.token", "false"))).as("a product named Event…, not events")
                .extracting(Finding::code).containsExactly("secrets.placeholder");
    }

    @Test
    void checkWhenTheKeyValidatesOrMountsTheTokenShouldTreatTheSwitchWordAsAChoice() {
        assertThat(check(Map.of("eventMesh.security.validation.type.token", "false",
                "tests.automountServiceAccountToken", "false", "TOKEN_VERIFICATION_TOKEN", "true"))).isEmpty();
        assertThat(check(Map.of("eventMesh.security.token", "false"))).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
    }

    @Test
    void checkWhenAPolicyWordSaysWhenToSetThePasswordShouldTreatItAsAChoice() {
        assertThat(check(Map.of("mongodb.update_password", "on_create", "mysql.update_password", "always",
                "CORS_CREDENTIALS", "true"))).isEmpty();
        assertThat(SwitchValues.isPolicyWord("on_create")).isTrue();
        assertThat(SwitchValues.isPolicyWord("on-create")).isFalse();
    }

    @Test
    void checkWhenAPolicyWordStandsWhereThePasswordItselfShouldBeShouldStillReportIt() {
        assertThat(check(Map.of("mongodb.password", "always"))).extracting(Finding::code).isNotEmpty();
        assertThat(check(Map.of("DB_PASSWORD", "on_create"))).extracting(Finding::code).isNotEmpty();
        assertThat(check(Map.of("CORS_SECRET", "changeme"))).extracting(Finding::code).isNotEmpty();
    }
}
