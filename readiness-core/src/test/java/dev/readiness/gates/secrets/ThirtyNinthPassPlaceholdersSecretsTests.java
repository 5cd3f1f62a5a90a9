package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-ninth pass's placeholder rules in the secrets gate, each beside the clean values that tempt it: a template
 * token in capitals that spells its own key's credential under a key that names no secret the gate knows
 * ({@code sessions.hashkey=HASHKEY}, {@code Auth.UserKey=STAGING_USER_KEY_CHANGE_THIS},
 * {@code twilio.account.sid=VOTRE_TWILIO_ACCOUNT_SID}) while constants, enum values and names of other settings stay
 * clean; the value of a name/value pair outside a list is the credential its name says ({@code config.name=x-api-key}
 * beside {@code config.value=…}); a secret noun, "of" in another language and a product ({@code key-de-minio}) is a
 * description, not a key; and an instruction to substitute under a key whose last word is a credential word
 * ({@code KEY=replace-with-random-value}) asks for that credential.
 */
class ThirtyNinthPassPlaceholdersSecretsTests {

    private static List<Finding> findingsOf(String file, String key, String... lines) {
        Settings settings = ApplicationConfig.builder()
                .configText(file, String.join("\n", lines) + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .toList();
    }

    /** The one finding on the line's key alone in a file of that name: a NO-GO placeholder that prints no value. */
    private static void assertPlaceholder(String file, String line) {
        List<Finding> findings = findingsOf(file, keyOf(line), line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("secrets.placeholder", Severity.NO_GO));
        assertThat(findings.get(0).message()).doesNotContain(valueOf(line));
    }

    private static void assertNoPlaceholder(String file, String line) {
        assertThat(findingsOf(file, keyOf(line), line)).extracting(Finding::code).doesNotContain("secrets.placeholder");
    }

    private static String keyOf(String line) {
        return line.substring(0, line.indexOf('='));
    }

    private static String valueOf(String line) {
        return line.substring(line.indexOf('=') + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions.hashkey=HASHKEY", "Auth.UserKey=STAGING_USER_KEY_CHANGE_THIS",
            "twilio.account.sid=VOTRE_TWILIO_ACCOUNT_SID", "TWILIO_ACCOUNT_SID=YOUR_TWILIO_ACCOUNT_SID",
            "session.blockKey=YOUR_BLOCK_KEY_HERE"})
    void aCapitalTokenSpellingItsOwnCredentialKeyIsAPlaceholder(String line) {
        assertPlaceholder("application.properties", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amqp.routingKey=ORDER_ROUTING_KEY", "amqp.routing-key=PROD_ROUTING_KEY",
            "query.partitionKey=TENANT_PARTITION_KEY", "env[0].valueFrom.secretKeyRef.key=API_KEY",
            "app.apiKeyEnv=API_KEY",
            "auth.type=API_KEY", "auth.existingSecretUserKey=USER_KEY", "dynamodb.hashKey=id",
            "encryption.mode=AES256", "server.ssl.client-auth=REQUIRED", "app.stage=PRODUCTION",
            "sessions.hashkey=${SESSIONS_HASHKEY}"})
    void constantsEnumValuesAndNamesOfOtherSettingsAreNotSpelledPlaceholders(String line) {
        assertNoPlaceholder("application.properties", line);
    }

    @Test
    void theValueOfANamePairOutsideAListIsTheCredentialItsNameSays() {
        List<Finding> findings = findingsOf("kratos.properties", "hooks.config.auth.config.value",
                "hooks.config.auth.type=api_key", "hooks.config.auth.config.name=x-api-key",
                "hooks.config.auth.config.value=KRATOS_API_KEY_VALUE", "hooks.config.auth.config.in=header");

        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("secrets.placeholder", Severity.NO_GO));
    }

    @Test
    void aNamePairWhoseNameIsNoCredentialIsNotJudged() {
        assertThat(findingsOf("application.properties", "austin.business.tagId.value",
                "austin.business.tagId.name=kafka_tag_id", "austin.business.tagId.value=com.java3y.austin.3y"))
                .isEmpty();
        assertThat(findingsOf("application.properties", "tracing.header.value", "tracing.header.name=x-request-id",
                "tracing.header.value=REQUEST_ID_VALUE")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"S3_ACCESS_KEY=key-de-minio", "S3_SECRET_KEY=secret-de-minio",
            "DB_PASSWORD=clave-de-postgres", "STRIPE_SECRET_KEY=chiave-di-stripe"})
    void aSecretNounOfAProductInAnotherLanguageIsAPlaceholder(String line) {
        assertPlaceholder("app.env", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S3_SECRET_KEY=Rk8fde-Zq93LmXv2PwT7nB4sY6", "SESSION_SECRET=9f4e1a7b-de-3c2d8e0f6a5b4c7d",
            "S3_BUCKET=data-de-minio"})
    void randomValuesAndNamesThatHoldTheLettersAreNotDescriptions(String line) {
        assertNoPlaceholder("app.env", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEY=replace-with-random-value", "KEY=substitute-with-a-long-string",
            "SECRET=replace_with_random_value"})
    void anInstructionToSubstituteUnderACredentialKeyIsAPlaceholder(String line) {
        assertPlaceholder("app.env", line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cache.key=my-app-cache", "SEARCH_PROMPT=replace-with-your-name",
            "REPLACE_MODE=replace-with-newer"})
    void namesAndInstructionsUnderOtherKeysAreNotAskingForACredential(String line) {
        assertNoPlaceholder("app.env", line);
    }
}
