package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-second pass, credentials: a secret with an empty default whose key begins with the name the configuration
 * gives its own product ({@code VAULTLY_SECRET_KEY=${VAULTLY_SECRET_KEY:-}} beside {@code POSTGRES_USER=vaultly},
 * {@code payflow.client-secret=${PAYFLOW_CLIENT_SECRET:}} in an application named {@code payflow-demo}) is the
 * product's own secret, which it cannot run without, beside the values that tempt the rule: a password of the same
 * shape (a Redis or mail relay may need none), a deeper key under the product's name (an optional integration of
 * it), a product word that only a host or a key names, and a key whose first word is not the product's.
 * Findings name the key, never the value. The products and names were made up for this test.
 */
class FortySecondPassCredentialsTests {

    private static List<String> verdicts(String file, String key, String lines) {
        return GateRuns.configFindingsIn(file, key, lines.split("\\|")).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "compose.env ~ VAULTLY_SECRET_KEY ~ POSTGRES_USER=${POSTGRES_USER:-vaultly}|"
                    + "VAULTLY_SECRET_KEY=${VAULTLY_SECRET_KEY:-}",
            "compose.env ~ VAULTLY_DB_SECRET ~ POSTGRES_DB=vaultly|VAULTLY_DB_SECRET=${VAULTLY_DB_SECRET:-}",
            "stack.env ~ HARBORLY_SECRET ~ DB_USER=harborly|HARBORLY_PASSWORD=${HARBORLY_PASSWORD:-h4rb0r-2031}|"
                    + "HARBORLY_SECRET=${HARBORLY_SECRET:-}",
            "application.properties ~ payflow.client-secret ~ spring.application.name=payflow-demo|"
                    + "payflow.client-id=${PAYFLOW_CLIENT_ID:}|payflow.client-secret=${PAYFLOW_CLIENT_SECRET:}"})
    void anEmptyDefaultOfTheProductsOwnSecretShouldStopProduction(String row) {
        String[] parts = row.split(" ~ ");
        List<Finding> findings = GateRuns.configFindingsIn(parts[0], parts[1], parts[2].split("\\|"));
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity() + " " + finding.code()).isEqualTo("NO_GO secrets.blank");
            assertThat(finding.message()).contains("names the product this configuration is named after")
                    .doesNotContain("vaultly", "harborly", "payflow-demo");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "compose.env ~ VAULTLY_REDIS_PASSWORD ~ POSTGRES_USER=vaultly|"
                    + "VAULTLY_REDIS_PASSWORD=${VAULTLY_REDIS_PASSWORD:-}",
            "application.properties ~ payflow.content.s3.secret-key ~ spring.application.name=payflow|"
                    + "payflow.content.s3.secret-key=${PAYFLOW_S3_SECRET_KEY:}",
            "compose.env ~ KEYCLOAK_CLIENT_SECRET ~ KEYCLOAK_HOST=keycloak|POSTGRES_USER=vaultly|"
                    + "KEYCLOAK_CLIENT_SECRET=${KEYCLOAK_CLIENT_SECRET:-}",
            "compose.env ~ WHATSAPP_APP_SECRET ~ POSTGRES_USER=vaultly|WHATSAPP_APP_SECRET=${WHATSAPP_APP_SECRET:-}",
            "compose.env ~ S3_SECRET_KEY ~ POSTGRES_DB=typebot|S3_SECRET_KEY=${TYPEBOT_S3_SECRET_KEY:-}",
            "compose.env ~ VAULTLY_SECRET_KEY ~ VAULTLY_SECRET_KEY=${VAULTLY_SECRET_KEY:-}"})
    void anEmptyDefaultThatIsNotTheProductsOwnSecretShouldStayClean(String row) {
        String[] parts = row.split(" ~ ");
        assertThat(verdicts(parts[0], parts[1], parts[2])).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VAULTLY_SECRET", "VAULTLY_SECRET_KEY", "vaultly.client-secret", "VAULTLY_DB_SECRET"})
    void theShapeIsTheProductsWordAndTheSecretsWithAtMostOneBetween(String key) {
        assertThat(verdicts("compose.env", key, "APP_NAME=vaultly|" + key + "=${X_Y:-}"))
                .containsExactly("NO_GO secrets.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VAULTLY_API_CLIENT_SECRET", "VAULTLY_SECRET_TOKEN", "VAULTLY_TOKEN", "VAULT_SECRET"})
    void anyOtherShapeOrWordIsNotRead(String key) {
        assertThat(verdicts("compose.env", key, "APP_NAME=vaultly|" + key + "=${X_Y:-}")).isEmpty();
    }
}
