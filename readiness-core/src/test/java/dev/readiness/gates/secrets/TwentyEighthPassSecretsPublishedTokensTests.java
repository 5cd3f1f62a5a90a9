package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-eighth pass (secrets): a value the published-defaults catalog lists is public under any key, not
 * only under one the key rules call secret. A catch and a tempting neighbour each; the catalog is a synthetic one, so
 * every value here is made up.
 */
class TwentyEighthPassSecretsPublishedTokensTests {

    private static final String LISTED = "4f1c9a7e2b8d6053aa71c2e9f04b8d1637e5a9c0b2d4f6081a3c5e7092b4d6f8";

    private static final String UNLISTED = "0b9e7c5a3f1d2e4c6a8b0d1f3e5c7a9b2d4f6e8a0c1b3d5f7e9a2c4b6d8f0e1a";

    private static final SecretsGate GATE = new SecretsGate(SecretKeys.defaults(), new SecretStrength(
            PublishedDefaults.parse(new StringReader("sha256\t" + PublishedDefaults.sha256(LISTED)
                    + "\tA product's shipped .env (synthetic)\n"), "test.tsv"), Guessability.builtIn()));

    private static List<String> codes(String file, String lines, String key) {
        String text = lines.replace('|', '\n') + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @Test
    void aListedValueUnderAKeyNoRuleCallsSecretShouldBePublished() {
        assertThat(codes("node.env", "OP_NODE_L2_ENGINE_AUTH_RAW=" + LISTED, "OP_NODE_L2_ENGINE_AUTH_RAW"))
                .containsExactly("secrets.published-default");
        assertThat(codes("node.env", "BTC_FAUCET_PK=0x" + LISTED.substring(2), "BTC_FAUCET_PK")).isEmpty();
        assertThat(codes("application.properties", "login.kerberos.default.crypto=" + LISTED,
                "login.kerberos.default.crypto")).containsExactly("secrets.published-default");
    }

    @Test
    void anUnlistedTokenOrAListedIdentifierShouldPass() {
        assertThat(codes("node.env", "OP_NODE_L2_ENGINE_AUTH_RAW=" + UNLISTED, "OP_NODE_L2_ENGINE_AUTH_RAW")).isEmpty();
        assertThat(codes("app.env", "OPENID_APP_ID=" + LISTED, "OPENID_APP_ID")).isEmpty();
        assertThat(codes("app.env", "BUILD_COMMIT=" + LISTED, "BUILD_COMMIT")).isEmpty();
        assertThat(codes("app.env", "CERT_FINGERPRINT=" + LISTED, "CERT_FINGERPRINT")).isEmpty();
    }

    @Test
    void theTokenShapeShouldLeaveOrdinaryValuesOut() {
        assertThat(PublishedTokens.isTokenShaped(LISTED)).isTrue();
        assertThat(PublishedTokens.isTokenShaped("dKhaX0csgOCTlCxq20yhmUea6H6JIpSE2Rwp+/=")).isTrue();
        assertThat(PublishedTokens.isTokenShaped("https://api.example.com/v1")).isFalse();
        assertThat(PublishedTokens.isTokenShaped("com.example.orders.OrdersApplication")).isFalse();
        assertThat(PublishedTokens.isTokenShaped("orders-service-production")).isFalse();
        assertThat(PublishedTokens.isTokenShaped("1234567890123456")).isFalse();
        assertThat(PublishedTokens.isTokenShaped("a1b2c3d4e5f6a7b")).isFalse();
        assertThat(PublishedTokens.namesIdentifier("OPENID_APP_ID")).isTrue();
        assertThat(PublishedTokens.namesIdentifier("openidAppId")).isTrue();
        assertThat(PublishedTokens.namesIdentifier("build.git.commit")).isTrue();
        assertThat(PublishedTokens.namesIdentifier("app.paid")).isFalse();
        assertThat(PublishedTokens.namesIdentifier("ENGINE_KEY_ID2")).isFalse();
        assertThat(PublishedTokens.namesIdentifier("OP_NODE_L2_ENGINE_AUTH_RAW")).isFalse();
    }

    @Property(tries = 200)
    void noUnlistedTokenIsEverPublished(@ForAll("hexTokens") String token) {
        assertThat(codes("node.env", "ENGINE_AUTH_RAW=" + token, "ENGINE_AUTH_RAW")).isEmpty();
    }

    @Provide
    Arbitrary<String> hexTokens() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).filter(token -> !token.equals(LISTED));
    }
}
