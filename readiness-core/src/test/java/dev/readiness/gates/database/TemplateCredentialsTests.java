package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateCredentialsTests {

    @ParameterizedTest
    @ValueSource(strings = {"<password>", "[YOUR-PASSWORD]", "[password]", "{your_password_here}", "{password}",
            "xxxxxx", "******", "your_password", "YourPassword", "your-db-password", "changeme", "<db_password>",
            "{{ db_password }}", "PASSWORD_HERE"})
    void isTemplateShouldRecognizePasswordsATemplateLeftToFillIn(String value) {
        assertThat(TemplateCredentials.isTemplate(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passage-Rt7Wq2Lm", "{p@ss;W0rd-9xQ}", "${DB_PASSWORD}", "npg_Xk7Pq2Lm9Vt4", "password",
            "youngster-4491", "pscale_pw_Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0Xc3Vb5Nm7", "", "x"})
    void isTemplateShouldLeaveRealPasswordsReferencesAndDefaultsAlone(String value) {
        assertThat(TemplateCredentials.isTemplate(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<username>", "[user]", "{{user}}", "your_username", "TROQUE_AQUI", "REPLACE_WITH_DB_USER",
        "!!!SET POSTGRES_USER!!!", "***CHANGE ME***"})
    void isTemplateUserShouldRecognizeUserNamesATemplateLeftToFillIn(String value) {
        assertThat(TemplateCredentials.isTemplateUser(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"APP_USER", "MY_APP", "postgres", "user", "${DB_USER}", "sa", "!!Passw0rd!!"})
    void isTemplateUserShouldLeaveRoleNamesAndReferences(String value) {
        assertThat(TemplateCredentials.isTemplateUser(value)).isFalse();
    }
}
