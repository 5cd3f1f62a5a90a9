package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens that name a provider's resource (Hyperwallet's program and user tokens, Stripe object ids) are identifiers,
 * not credentials; secret tokens of the same shape stay judged.
 */
class ResourceTokensTests {

    private static List<String> codes(String key, String value) {
        List<Finding> findings = new SecretsGate()
                .check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
        return findings.stream().filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @CsvSource({"hmc.hyperwallet.programs.userTokens, userToken",
            "hmc.hyperwallet.programs.bankAccountTokens, bankAccountToken",
            "HYPERWALLET_PROGRAM_TOKEN, prg-1fb3df0d-787b-4bbd-9eb7-1d9fe8ed6c8e",
            "hyperwallet.rootToken, changeme"})
    void aHyperwalletTokenShouldBeAResourceIdNotASecret(String key, String value) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isFalse();
        assertThat(codes(key, value)).as(key + "=" + value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"hmc.hyperwallet.connection.password, password", "HYPERWALLET_PASSWORD, changeme",
            "HYPERWALLET_API_KEY, changeme"})
    void aHyperwalletPasswordOrKeyShouldStayASecret(String key, String value) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isTrue();
        assertThat(codes(key, value)).as(key + "=" + value).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prg-1fb3df0d-787b-4bbd-9eb7-1d9fe8ed6c8e",
            "usr-f9154016-94e8-4686-a840-075688ac07b5, trm-9e7b2a8c-1d3f-4b5a-8c6d-7e8f9a0b1c2d",
            "acct_1032D82eZvKYlo2C", "price_1MoBy5LkdIwHu7ixZhnattbh"})
    void aProviderResourceIdUnderATokenKeyShouldStayClean(String value) {
        assertThat(ResourceTokens.holdsResourceId("app.rootToken", value)).as(value).isTrue();
        assertThat(codes("app.rootToken", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sdk-1fb3df0d-787b-4bbd-9eb7-1d9fe8ed6c8e", "api-1fb3df0d-787b-4bbd-9eb7-1d9fe8ed6c8e",
            "access-production-1fb3df0d-787b-4bbd-9eb7-1d9fe8ed6c8e", "1fb3df0d-787b-4bbd-9eb7-1d9fe8ed6c8e",
            "pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH", "prg-password", "acct_changeme",
            "whsec_1032D82eZvKYlo2CkR7pQ9"})
    void aSecretTokenOfTheSameShapeShouldStayJudged(String value) {
        assertThat(ResourceTokens.holdsResourceId("app.rootToken", value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VAULT_ROOT_TOKEN", "SLACK_USER_TOKEN", "INIT_CLIENT_API_TOKENS", "PAYMENT_TOKEN"})
    void aTokenOfAnotherProviderShouldStayASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isTrue();
        assertThat(codes(key, "userToken")).as(key).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.rootTokenPassword", "STRIPE_SECRET_KEY"})
    void aResourceIdUnderAKeyThatIsNoTokenShouldStayJudged(String key) {
        assertThat(ResourceTokens.holdsResourceId(key, "acct_1032D82eZvKYlo2C")).as(key).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"USDC_TOKEN, 0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174",
            "CONTRACT_USDC_TOKEN, 0x036CbD53842c5426634e7929541eC2318f3dCF7e",
            "blockchain.reward-token, 0xc21223249ca28397b4b6541dffaecc539bff0c59"})
    void aTokenContractAddressUnderATokenKeyShouldStayClean(String key, String value) {
        assertThat(ResourceTokens.holdsResourceId(key, value)).as(value).isTrue();
        assertThat(codes(key, value)).as(key).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"USDC_TOKEN, 0x0000000000000000000000000000000000000000",
            "DEPLOYER_TOKEN, 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
            "HCAPTCHA_SECRET, 0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174",
            "API_TOKEN, 0x2791Bca1f2de4661ED88A30C99A7a9449Aa8417g"})
    void aZeroAddressAPrivateKeyOrASecretKeyOfTheSameShapeShouldStayJudged(String key, String value) {
        assertThat(ResourceTokens.holdsResourceId(key, value)).as(key + "=" + value).isFalse();
    }
}
