package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-eighth pass (secrets): a deploy key is key material, and the secret part of a compound key
 * ({@code prod:<deployment>|<key>}) is judged for placeholder text. Every value is synthetic.
 */
class TwentyEighthPassSecretsDeployKeysTests {

    /** One dotenv line, which may hold a {@code |} ({@link GateRuns} reads it as a line break). */
    private static List<String> codes(String line, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv("prod.env",
                line + "\n").build())).findings().stream().filter(finding -> finding.subject().equals(key))
                .map(Finding::code).toList();
    }

    @Test
    void aDeployKeyIsASecret() {
        assertThat(SecretKeys.defaults().purpose("CONVEX_DEPLOY_KEY")).isPresent();
        assertThat(SecretKeys.defaults().purpose("github.deploy-key")).isPresent();
        assertThat(SecretKeys.defaults().purpose("DEPLOY_KEY_PATH")).isEmpty();
        assertThat(GateRuns.codesIn("prod.env", "FORGE_DEPLOY_KEY=~/.ssh/forge-deploy", "FORGE_DEPLOY_KEY")).isEmpty();
    }

    @Test
    void theSecretPartOfACompoundKeyIsJudgedForPlaceholderText() {
        assertThat(PlaceholderPhrases.isPlaceholder("prod:your-deployment|your-deploy-key")).isTrue();
        assertThat(PlaceholderPhrases.isPlaceholder("12|your-api-token-here")).isTrue();
        assertThat(codes("CONVEX_DEPLOY_KEY=prod:your-deployment|your-deploy-key", "CONVEX_DEPLOY_KEY"))
                .containsExactly("secrets.placeholder");
    }

    @Test
    void aCompoundKeyWithAGeneratedSecretPartStaysClean() {
        assertThat(PlaceholderPhrases.isPlaceholder("prod:happy-otter-123|Qz7Xk2Lm9Pv4Rt8Wn3Yb6Hd5Jf1Gs0")).isFalse();
        assertThat(PlaceholderPhrases.isPlaceholder("ab|Qz7Xk2Lm9Pv4Rt8Wn3")).isFalse();
        assertThat(codes("CONVEX_DEPLOY_KEY=prod:happy-otter-123|Qz7Xk2Lm9Pv4Rt8Wn3Yb6Hd5Jf1Gs0Qz7Xk2Lm9Pv4Rt8W",
                "CONVEX_DEPLOY_KEY")).isEmpty();
    }
}
