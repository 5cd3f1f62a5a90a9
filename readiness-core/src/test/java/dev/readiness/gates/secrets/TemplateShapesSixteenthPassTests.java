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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Template shapes of the sixteenth pass, measured on key/value pairs mined from public compose files, env templates,
 * chart values and application configurations: each rule with a catch and a tempting clean neighbour.
 */
class TemplateShapesSixteenthPassTests {

    private static List<String> codes(String key, String value) {
        List<Finding> findings = new SecretsGate()
                .check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
        return findings.stream().filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @CsvSource({"AWS_ACCESS_KEY_ID, id_key", "AWS_ACCESS_KEY_ID, key-id", "S3_ACCESS_KEY, key_access",
            "JWT_SECRET_KEY, key_secret", "MINIO_SECRET_KEY, key-secret"})
    void aValueSpellingOnlyTheKeysOwnWordsInAnotherOrderShouldBeAPlaceholder(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @CsvSource({"AWS_ACCESS_KEY_ID, AKIAQ7ZB3HZ4KX2PLM5T", "AWS_ACCESS_KEY_ID, key_id_prod",
            "AWS_ACCESS_KEY_ID, admin", "PUSH_CONFIGS.APN_PEM_FILES.KEY, key.pem", "TLS_KEY_PEM, key.pem"})
    void anIdentifierWithAWordOfItsOwnAnAccountNameOrAFileNameShouldStayClean(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key_from_stripe_dashboard", "get-it-from-stripe-dashboard", "copy_from_console",
            "secret-from-the-developer-portal", "token_from_admin_panel"})
    void aValueSayingWhereToFetchTheSecretShouldBeAPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).as(value).isTrue();
        assertThat(codes("STRIPE_SECRET_KEY", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fromage-console-Xk29", "Tq8from3dashboardZ", "from-dashboard-to-prod-7f3Kq2Lm9Wx",
            "blue-from-kiwi-dashboard-lamp"})
    void wordsAroundFromThatAreNoInstructionShouldNotBeAPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dsn_from_sentry_dashboard", "your_dsn_here", "<your-sentry-dsn>",
            "https://your-production-sentry-dsn@sentry.io/project", "https://examplePublicKey@o0.ingest.sentry.io/0"})
    void aPlaceholderUnderADsnKeyShouldBeReported(String value) {
        assertThat(codes("SENTRY_DSN", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://3f2a9c41d7e04b0f8e1c2d3a4b5c6d7e@o123456.ingest.sentry.io/4505",
            "https://3f2a9c41d7e04b0f8e1c2d3a4b5c6d7e@sentry.example.org/12", "flock", "doctrine://default",
            "native://default", "null://null", "dbal:", "", "https://sentry.io/welcome-here"})
    void aRealDsnOrATransportNameUnderADsnKeyShouldStayClean(String value) {
        assertThat(codes("SENTRY_DSN", value)).as(value).isEmpty();
        assertThat(codes("LOCK_DSN", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"THINKING_TOKEN_BUDGET", "llm.token-budget", "TOKEN_BUDGET_PER_USER"})
    void aTokenBudgetShouldBeAQuantityNotASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isFalse();
        assertThat(codes(key, "4096")).as(key).isEmpty();
    }

    @Test
    void aBudgetWordShouldNotHideASecretNamedBeforeIt() {
        assertThat(SecretKeys.defaults().isSecret("BUDGET_API_TOKEN")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP.RSA.RSAPassWord", "userPassWord", "PassWord", "db.passWord"})
    void aPasswordSpelledAsTwoCamelCaseWordsShouldBeAPassword(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).as(key).contains(SecretPurpose.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"passWordHint", "bypass.word.filter", "PASS_WORDS_LIMIT"})
    void passAndWordThatNameSomethingElseShouldStayNoSecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"APP_ENV, local", "NODE_ENV, development", "RAILS_ENV, development", "ENVIRONMENT, local",
            "runmode, dev", "spring.profiles.active, dev", "ASPNETCORE_ENVIRONMENT, Development", "MODE, development",
            "GO_ENV, development"})
    void aRandomSecretInAFileThatDeclaresADevelopmentEnvironmentShouldBeLikelyPublished(String key, String value) {
        String random = Samples.base64(36, 61);
        Settings file = Settings.builder().dotenv("conf/app.env", key + "=" + value + "\nJWT_SECRET=" + random + "\n")
                .build();

        List<Finding> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, file)).findings();

        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .as(key + "=" + value).containsExactly("NO_GO secrets.likely-published JWT_SECRET");
        assertThat(findings.get(0).message()).contains("declares a development environment under " + key + " (line 1)")
                .doesNotContain(random.substring(0, 6));
    }

    @ParameterizedTest
    @CsvSource({"APP_ENV, production", "NODE_ENV, production", "SENTRY_ENVIRONMENT, development",
            "DD_ENV, dev", "LOG_MODE, dev", "APP_ENV, staging", "DATABASE_ENVIRONMENT, local",
            "spring.profiles.include, dev"})
    void aProductionEnvironmentOrAnotherProductsEnvironmentTagShouldNotDoubtARandomSecret(String key, String value) {
        Settings file = Settings.builder().dotenv("conf/app.env", key + "=" + value + "\nJWT_SECRET="
                + Samples.base64(36, 62) + "\n").build();

        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, file)).findings()).as(key + "=" + value)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncomment_and_set_password_here", "define-your-password", "configure_api_key",
            "provide_smtp_password", "type-token-here"})
    void aPhraseOfInstructionVerbsAndASecretNounShouldBeAPlaceholder(String value) {
        assertThat(codes("ADMIN_PASSWORD", value)).as(value).containsExactly("secrets.placeholder");
    }

    @Test
    void randomTextWithInstructionWordsInsideShouldNotBeAPlaceholder() {
        assertThat(PlaceholderPhrases.isPlaceholder("Type9-Write4-Edit7-pick2Xq")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsk_<your_key_from_console.groq.com>", "sk_live_<your-secret-key>",
            "whsec_<webhook_secret_here>"})
    void aProviderPrefixBeforeABracketedPlaceholderShouldBeAPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xq9<Lm2Rt8>", "aB3<kZ8wQ1pL>", "k<9x2Lq7Zp3Wm>"})
    void randomTextWithAngleBracketsShouldNotBeAPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).as(value).isFalse();
    }
}
