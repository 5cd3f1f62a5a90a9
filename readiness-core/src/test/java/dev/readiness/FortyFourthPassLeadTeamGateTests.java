package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.secrets.SecretPurpose;
import dev.readiness.gates.secrets.SecretStrength;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.testkit.GateCheck;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The forty-third newcomer's key-length gate named a stand-in a second time ({@code changeme} is valid base64) and
 * found no exported way to ask whether the built-in judgement already took the value. It exists:
 * {@link SecretStrength#assess(String, SecretPurpose)} is public and is what the secrets gate applies. The README's
 * "Your own gate" now says so; these tests hold the documented pattern: a team gate that leaves a value the built-in
 * judgement rejects to the secrets gate reports a stand-in once, and still judges a strong key of the wrong size.
 */
class FortyFourthPassLeadTeamGateTests {

    private static final SecretStrength BUILT_IN = SecretStrength.defaults();

    private static final Gate AES_KEY_SIZE = Gate.of("acme.aes-key", "AES_SECRET_KEY is a 32-byte key", context ->
            context.settings().get("AES_SECRET_KEY")
                    .filter(key -> !key.isDeferred())
                    .filter(key -> BUILT_IN.assess(key.value(), SecretPurpose.ENCRYPTION_KEY).isEmpty())
                    .filter(key -> decodedLength(key.value()) != 32)
                    .map(key -> Outcome.of(Finding.of(Severity.NO_GO, "acme.aes-key.length", key)
                            .message("AES_SECRET_KEY does not decode to 32 bytes.")
                            .remediation("Generate one with `openssl rand -base64 32`.").build()))
                    .orElse(Outcome.go()));

    private static int decodedLength(String value) {
        try {
            return Base64.getDecoder().decode(value).length;
        } catch (IllegalArgumentException notBase64) {
            return -1;
        }
    }

    @Test
    void theBuiltInJudgementIsPublicAndTakesStandInsThatDecodeAsBase64() {
        assertThat(BUILT_IN.assess("changeme", SecretPurpose.ENCRYPTION_KEY)).isNotEmpty();
        assertThat(BUILT_IN.assess("REPLACE_WITH_32_BYTE_BASE64_KEY", SecretPurpose.ENCRYPTION_KEY)).isNotEmpty();
        assertThat(decodedLength("changeme")).isEqualTo(6);
    }

    @Test
    void aStandInIsNamedOnceByTheSecretsGateAndNotAgainByTheTeamGate() {
        GateCheck.forStage(Stage.PRODUCTION).setting("AES_SECRET_KEY", "changeme")
                .gates(new SecretsGate(), AES_KEY_SIZE).run()
                .isNoGo()
                .hasFinding("secrets.placeholder", "AES_SECRET_KEY")
                .hasNoFinding("acme.aes-key.length");
    }

    @Test
    void aStrongKeyOfTheWrongSizeIsStillTheTeamGatesFinding() {
        String sixteenBytes = Base64.getEncoder().encodeToString(
                new byte[] {12, -7, 99, 41, -128, 5, 77, -33, 64, 18, -91, 3, 120, -56, 29, 88});
        assertThat(BUILT_IN.assess(sixteenBytes, SecretPurpose.ENCRYPTION_KEY)).isEmpty();
        GateCheck.forStage(Stage.PRODUCTION).setting("AES_SECRET_KEY", sixteenBytes)
                .gates(new SecretsGate(), AES_KEY_SIZE).run()
                .hasFinding("acme.aes-key.length", "AES_SECRET_KEY");
    }

    @Test
    void aStrongKeyOfTheRightSizePassesBoth() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 37 + 11);
        }
        GateCheck.forStage(Stage.PRODUCTION).setting("AES_SECRET_KEY", Base64.getEncoder().encodeToString(key))
                .gates(new SecretsGate(), AES_KEY_SIZE).run()
                .hasNoFinding("acme.aes-key.length")
                .hasNoFinding("secrets.placeholder");
    }
}
