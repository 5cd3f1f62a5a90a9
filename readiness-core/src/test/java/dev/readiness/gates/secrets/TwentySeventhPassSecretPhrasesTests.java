package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-seventh pass (secrets): a secret that reads as a phrase of dictionary words, longer than the
 * entropy estimate reads words in; a blank secret in a configuration that loads its secrets from a secret store it
 * names. Each rule with a catch and a tempting neighbour; every value is synthetic.
 */
class TwentySeventhPassSecretPhrasesTests {

    @Test
    void aLongSentencePosingAsAKeyShouldBeGuessable() {
        assertThat(ReadablePhrases.isWeakPhrase("ThisIsntRandomButItNeedsToBe43CharactersLong",
                SecretPurpose.SECRET.minBits())).isTrue();
        assertThat(ReadablePhrases.isWeakPhrase("WeChangeThisEveryMonthWhenTheTeamRemembersToDoIt!",
                SecretPurpose.SIGNING.minBits())).isTrue();
        assertThat(ReadablePhrases.isWeakPhrase("correct-horse-battery-staple", SecretPurpose.PASSWORD.minBits()))
                .isTrue();
        assertThat(ReadablePhrases.isWeakPhrase("ThisIsNotAGoodSecretAndItIsOnlyForTesting",
                SecretPurpose.HMAC.minBits())).isTrue();
        assertThat(GateRuns.codesIn("deploy.env", "CHALLENGE_SECRET=ThisIsntRandomButItNeedsToBe43CharactersLong",
                "CHALLENGE_SECRET")).containsExactly("secrets.guessable");
    }

    @Test
    void generatedValuesAndLongPassphrasesOfRareWordsShouldPass() {
        assertThat(ReadablePhrases.isWeakPhrase("OyDEmAv4vG1BDduYDQ5Xs7s2rLRJPPbJ", SecretPurpose.SECRET.minBits()))
                .isFalse();
        assertThat(ReadablePhrases.isWeakPhrase("HelloWorldIsNotASecretButThisOneIsGeneratedQz7Xk2Lm9Pv4Rt8Wn3Yb6",
                SecretPurpose.SECRET.minBits())).isFalse();
        assertThat(ReadablePhrases.isWeakPhrase("tattered-lantern-marmalade-oxygen-quibble-vortex-saddle",
                SecretPurpose.PASSWORD.minBits())).isFalse();
        assertThat(ReadablePhrases.isWeakPhrase("7d16fee92f8d11b8940b081b3f8b8acb", SecretPurpose.HMAC.minBits()))
                .isFalse();
        assertThat(ReadablePhrases.isWeakPhrase("ThisIsnt-RandomButItNeeds/ToBe", SecretPurpose.SECRET.minBits()))
                .isFalse();
        assertThat(GateRuns.codesIn("deploy.env", "CLIENT_SECRET=LZkm3Xe7cbi3DBr1wT9cYU3Gb8g10HBarf0dmDDOX1Y8LrsC",
                "CLIENT_SECRET")).isEmpty();
    }

    @Property(tries = 300)
    void randomAlphanumericValuesAreNeverReadAsPhrases(@ForAll("randomTokens") String token) {
        assertThat(ReadablePhrases.isWeakPhrase(token, SecretPurpose.SIGNING.minBits())).isFalse();
    }

    @Provide
    Arbitrary<String> randomTokens() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(20).ofMaxLength(64);
    }

    @Test
    void aBlankSecretBesideTheKeyVaultItsConfigurationLoadsShouldPass() {
        String vault = "KeyVaultSettings.Enabled=true|KeyVaultSettings.VaultUri=https://orders-kv.vault.azure.net/"
                + "|JwtSettings.SecretKey=";
        assertThat(GateRuns.codesIn("appsettings-production.properties", vault, "JwtSettings.SecretKey")).isEmpty();
        assertThat(GateRuns.codesIn("application-prod.properties",
                "spring.cloud.azure.keyvault.secret.property-sources[0].endpoint=https://${KV_NAME}.vault.azure.net/"
                        + "|app.jwt.secret=", "app.jwt.secret")).isEmpty();
        assertThat(GateRuns.codesIn("bootstrap-prod.properties",
                "spring.cloud.vault.uri=https://vault.internal:8200|app.jwt.secret=", "app.jwt.secret")).isEmpty();
        assertThat(GateRuns.codesIn("appsettings-production.properties",
                "AzureKeyVault.Name=orders-kv|Jwt.Key=", "Jwt.Key")).isEmpty();
    }

    @Test
    void aBlankSecretBesideAStoreSwitchedOffOrNamedNowhereShouldStayBlank() {
        assertThat(GateRuns.codesIn("appsettings-production.properties",
                "KeyVaultSettings.Enabled=false|KeyVaultSettings.VaultUri=https://orders-kv.vault.azure.net/"
                        + "|JwtSettings.SecretKey=", "JwtSettings.SecretKey")).containsExactly("secrets.blank");
        assertThat(GateRuns.codesIn("application-prod.properties",
                "spring.cloud.azure.keyvault.secret.enabled=false"
                        + "|spring.cloud.azure.keyvault.secret.property-sources[0].endpoint=https://kv.vault.azure.net/"
                        + "|app.jwt.secret=", "app.jwt.secret")).containsExactly("secrets.blank");
        assertThat(GateRuns.codesIn("appsettings-production.properties",
                "KeyVaultSettings.VaultUri=|JwtSettings.SecretKey=", "JwtSettings.SecretKey"))
                .containsExactly("secrets.blank");
        assertThat(GateRuns.codesIn("appsettings-production.properties",
                "Storage.Url=https://orders.blob.core.windows.net/|JwtSettings.SecretKey=", "JwtSettings.SecretKey"))
                .containsExactly("secrets.blank");
    }
}
