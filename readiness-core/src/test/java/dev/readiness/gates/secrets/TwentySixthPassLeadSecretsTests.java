package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the twenty-sixth pass's blind sets 52 to 54: a chart's key naming an entry of an existing
 * Secret ({@code existingErlangCookieKey}) or the Secret a platform keeps ({@code kubernetesSecret}) holds a name, not a
 * secret; and a credential pair's identifier written over with a template value ({@code CHANGE_ME}) or a run of x's
 * was never configured, while a real identifier stays clean.
 */
class TwentySixthPassLeadSecretsTests {

    private static List<Finding> check(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @Test
    void namesReferenceWhenAChartNamesAnEntryOfAnExistingSecretShouldBeTrue() {
        assertThat(SecretObjectReferences.namesReference("rabbitmq.auth.existingErlangCookieKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("auth.existingPasswordKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("gcloudCredentials.kubernetesSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("vault.k8sSecret")).isTrue();
        assertThat(check("rabbitmq.auth.existingErlangCookieKey", "erlang-cookie")).isEmpty();
        assertThat(check("gcloudCredentials.kubernetesSecret", "google-credentials-media")).isEmpty();
    }

    @Test
    void namesReferenceWhenTheKeyHoldsTheCookieOrTheSecretShouldStayFalse() {
        assertThat(SecretObjectReferences.namesReference("rabbitmq.auth.erlangCookie")).isFalse();
        assertThat(SecretObjectReferences.namesReference("auth.existingPassword")).isFalse();
        assertThat(SecretObjectReferences.namesReference("kubernetesClientSecret")).isFalse();
        assertThat(check("rabbitmq.auth.erlangCookie", "erlang-cookie")).isNotEmpty();
    }

    @Test
    void asksForCredentialIdWhenAnIdentifierIsATemplateValueOrARunOfXShouldBeTrue() {
        assertThat(SecretPlaceholderValues.asksForCredentialId("obp.api.client_id", "CHANGE_ME")).isTrue();
        assertThat(SecretPlaceholderValues.asksForCredentialId("transaction.zarinpal.merchant-id",
                "xxxx-xxxx-xxxx-xxxx-xxxx")).isTrue();
        assertThat(SecretPlaceholderValues.asksForCredentialId("OAUTH_CLIENT_ID", "XXXXXXXX")).isTrue();
        assertThat(check("obp.api.client_id", "CHANGE_ME")).extracting(Finding::code)
                .contains("secrets.placeholder");
    }

    @Test
    void asksForCredentialIdWhenTheIdentifierIsIssuedOrTheIdIsOfAnotherThingShouldBeFalse() {
        assertThat(SecretPlaceholderValues.asksForCredentialId("transaction.zarinpal.merchant-id",
                "1344b5d4-0048-11e8-94db-005056a205be")).isFalse();
        assertThat(SecretPlaceholderValues.asksForCredentialId("OAUTH_CLIENT_ID", "xx")).isFalse();
        assertThat(SecretPlaceholderValues.asksForCredentialId("ORDER_ID", "CHANGE_ME")).isFalse();
        assertThat(SecretPlaceholderValues.asksForCredentialId("OAUTH_CLIENT_ID", "xbox-x-xx")).isFalse();
        assertThat(check("transaction.zarinpal.merchant-id", "1344b5d4-0048-11e8-94db-005056a205be")).isEmpty();
    }
}
