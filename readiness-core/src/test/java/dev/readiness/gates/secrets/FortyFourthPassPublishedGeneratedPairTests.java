package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static dev.readiness.gates.secrets.GateRuns.verdictsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass, published secrets: two distinct hex values of one file that passed every check mark it as a
 * setup script's output, as three values of any generated shape do ({@link ScriptGeneratedSets#marksPair}), when both
 * are self-made secrets (a deploy kit's two MySQL passwords) or both are 32 bytes or more (JupyterHub's
 * {@code JUPYTERHUB_CRYPT_KEY} and {@code CONFIGPROXY_AUTH_TOKEN}, which its guide has {@code openssl rand -hex 32}
 * make): each is a {@code secrets.likely-published} WARN naming the other key and no value. Beside the clean values
 * that tempt it: two provider keys of 32 hex digits, one hex password beside one 32-hex provider key, two passwords of
 * letters and digits, one value under two keys (a pasted literal, not a pair), the pair spread over two files.
 * Random values were generated for this test.
 */
class FortyFourthPassPublishedGeneratedPairTests {

    private static final String HEX_64_1 = "3b9f1c07a2e54d6880f1a9c2e7d3b5046c8e2f1a0d9b7c3e5f4a6b8c0d2e1f37";
    private static final String HEX_64_2 = "a7c2e09f4b1d3865f0e2c4a6b8d0f1e3c5a7b9d1f3e5c7a9b0d2f4e6a8c1b3d5";
    private static final String HEX_58 = "5d1f8a3c7e0b2d4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e";
    private static final String HEX_52 = "e4a2c6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1";
    private static final String HEX_32_1 = "8f3a1c5e7b9d0f2a4c6e8b1d3f5a7c9e";
    private static final String HEX_32_2 = "2c4e6a8b0d1f3a5c7e9b2d4f6a8c0e1b";
    private static final String[] HUB = {"JUPYTERHUB_CRYPT_KEY=" + HEX_64_1, "CONFIGPROXY_AUTH_TOKEN=" + HEX_64_2,
        "DOCKER_NETWORK_NAME=jupyterhub-network"};

    @Test
    void aHubsCryptKeyAndProxyTokenOfThirtyTwoBytesAreLikelyPublished() {
        assertThat(findingsIn("jupyterhub.env", "JUPYTERHUB_CRYPT_KEY", HUB)).singleElement().satisfies(finding -> {
            assertThat(finding.severity() + " " + finding.code()).isEqualTo("WARN secrets.likely-published");
            assertThat(finding.message()).contains("setup script", "2 distinct values", "CONFIGPROXY_AUTH_TOKEN")
                    .doesNotContain(HEX_64_1.substring(10, 14)).doesNotContain(HEX_64_2.substring(10, 14));
            assertThat(finding.remediation()).doesNotContain(HEX_64_1.substring(10, 14));
        });
        assertThat(findingsIn("jupyterhub.env", "CONFIGPROXY_AUTH_TOKEN", HUB)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("JUPYTERHUB_CRYPT_KEY"));
    }

    @Test
    void twoHexPasswordsOfADeployKitAreLikelyPublished() {
        String[] kit = {"MYSQL_ROOT_PASSWORD=" + HEX_58, "MYSQL_LYCHEE_PASSWORD=" + HEX_52, "MYSQL_LYCHEE_USER=lychee"};

        assertThat(verdictsIn("lychee.env", "MYSQL_ROOT_PASSWORD", kit))
                .containsExactly("WARN secrets.likely-published");
        assertThat(verdictsIn("lychee.env", "MYSQL_LYCHEE_PASSWORD", kit))
                .containsExactly("WARN secrets.likely-published");
    }

    @Test
    void twoProviderKeysOfThirtyTwoHexDigitsPass() {
        assertThat(findingsIn("server.env", "TWILIO_AUTH_TOKEN", "TWILIO_AUTH_TOKEN=" + HEX_32_1,
                "ALGOLIA_ADMIN_API_KEY=" + HEX_32_2)).isEmpty();
    }

    @Test
    void oneHexPasswordBesideOneProviderKeyPasses() {
        assertThat(findingsIn("server.env", "MAIL_PASSWORD", "MAIL_PASSWORD=" + HEX_32_1,
                "BUGSNAG_API_KEY=" + HEX_32_2)).isEmpty();
    }

    @Test
    void oneLongHexKeyBesideAShortOnePasses() {
        assertThat(findingsIn("server.env", "SESSION_TOKEN_KEY", "SESSION_TOKEN_KEY=" + HEX_64_1,
                "ROLLBAR_ACCESS_TOKEN=" + HEX_32_2)).isEmpty();
    }

    @Test
    void twoPasswordsOfLettersAndDigitsPass() {
        assertThat(findingsIn("server.env", "DB_PASSWORD", "DB_PASSWORD=cH7FW71oFLNfbH6s5iGjQ2DkmHKkBRTo",
                "REDIS_PASSWORD=yaOcKk8bMgxVV0MAtKO7csT94VwJxthV")).isEmpty();
    }

    @Test
    void oneValueUnderTwoKeysIsNoPair() {
        assertThat(findingsIn("hub.env", "JUPYTERHUB_CRYPT_KEY", "JUPYTERHUB_CRYPT_KEY=" + HEX_64_1,
                "CONFIGPROXY_AUTH_TOKEN=" + HEX_64_1))
                .noneMatch(finding -> finding.message().contains("generated shape"));
    }

    @Test
    void aPairSpreadOverTwoFilesLeavesEachAlone() {
        Settings settings = Settings.builder().dotenv("hub.env", "JUPYTERHUB_CRYPT_KEY=" + HEX_64_1 + "\n")
                .dotenv("proxy.env", "CONFIGPROXY_AUTH_TOKEN=" + HEX_64_2 + "\n").build();

        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings()).isEmpty();
    }

    @Test
    void onlyHexPairsOfSelfMadeOrLongValuesMark() {
        int hex = ScriptGeneratedSets.signature(HEX_64_1);
        assertThat(ScriptGeneratedSets.marksPair(hex, 2, 2, 32)).isTrue();
        assertThat(ScriptGeneratedSets.marksPair(hex, 0, 2, 64)).isTrue();
        assertThat(ScriptGeneratedSets.marksPair(hex, 1, 2, 32)).isFalse();
        assertThat(ScriptGeneratedSets.marksPair(hex, 1, 1, 64)).isFalse();
        assertThat(ScriptGeneratedSets.marksPair(ScriptGeneratedSets.signature("cH7FW71oFLNfbH6s5iGjQ2DkmHKkBRTo"),
                2, 2, 32)).isFalse();
    }
}
