package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthKeysTests {

    @ParameterizedTest(name = "{0}={1} holds a secret")
    @CsvSource(delimiter = '|', value = {
        "REACTION_AUTH|somepassword", "REDIS_AUTH|x8Kq2mZp9LwR4tYv", "BASIC_AUTH|admin:s3cret",
        "proxy.auth|Hunter2024!", "ELASTIC_AUTH|9f2c7a1e5b3d8f604e2a7c9b1d5f3e8a",
        "SKYLIGHT_AUTHENTICATION|token_from_skylight", "PROXY_AUTHENTICATION|x8Kq2mZp9LwR4tYv", "GITLAB_AUTH|xxx",
        "JIRA_BASIC_AUTH_ENCODED|emhl......................a0QzQUE=", "PROXY_AUTH_BASE64|dXNlcjpwYXNzd29yZA==",
        "REGISTRY_AUTH|htpasswd2024", "REGISTRY_AUTH|admin:htpasswd"})
    void holdsSecretWhenAnAuthKeyHoldsAPasswordOrTokenShouldSayYes(String key, String value) {
        assertThat(AuthKeys.holdsSecret(key, value)).isTrue();
    }

    @ParameterizedTest(name = "{0}={1} is no secret")
    @CsvSource(delimiter = '|', value = {
        "spring.mail.properties.mail.smtp.auth|true", "API_AUTH|oauth2", "AUTH|BASIC", "SMTP_AUTH|LOGIN",
        "OP_NODE_L2_ENGINE_AUTH|/tmp/engine-auth-jwt", "PROXY_AUTH|https://auth.example.com/login",
        "TRACECAT__AUTH_TYPES|basic,google_oauth", "APP_AUTH|basic,google_oauth", "WEB_AUTH|google_oauth",
        "PROVIDER_AUTH|com.example.security.TokenAuth", "KAFKA_AUTH|SASL_SSL", "twofactor_auth|false",
        "TWILIO_AUTH|''", "AUTH_SECRET_NAME|somepassword", "LDAP_AUTHENTICATION|simple",
        "spring.mail.properties.mail.smtp.authentication|true", "AUTHENTICATION_PROVIDER|somepassword",
        "PAYLOAD_ENCODED|xxx", "AUTH_ENCODED|true", "UPLOAD_AUTH|../tokens/upload", "MAIL_AUTH|xoauth2",
        "REGISTRY_AUTH|htpasswd", "VAULT_AUTH|approle", "VAULT_AUTH|kubernetes"})
    void holdsSecretWhenAnAuthKeyHoldsASwitchModeUrlOrPathShouldSayNo(String key, String value) {
        assertThat(AuthKeys.holdsSecret(key, value)).isFalse();
    }

    @Test
    void checkWhenAnAuthKeyHoldsAPlaceholderPasswordShouldReportItAndLeaveSwitchesAlone() {
        List<Finding> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(
                "REACTION_AUTH", "somepassword",
                "spring.mail.properties.mail.smtp.auth", "true",
                "API_AUTH", "oauth2")))).findings();

        assertThat(findings).extracting(Finding::subject).containsExactly("REACTION_AUTH");
        assertThat(findings).extracting(Finding::severity).containsOnly(dev.readiness.Severity.NO_GO);
    }

    @Test
    void checkWhenAnAuthKeyHoldsFillerOrAnElidedCredentialShouldCallItAPlaceholder() {
        List<Finding> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(
                "GITLAB_AUTH", "xxx", "JIRA_BASIC_AUTH_ENCODED", "emhl......................a0QzQUE=",
                "GITLAB_ENDPOINT", "https://gitlab.com/api/v4/", "MAIL_AUTH", "true")))).findings();
        assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactlyInAnyOrder("secrets.placeholder GITLAB_AUTH",
                        "secrets.placeholder JIRA_BASIC_AUTH_ENCODED");
    }
}
