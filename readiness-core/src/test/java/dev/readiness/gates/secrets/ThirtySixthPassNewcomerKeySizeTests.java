package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 36's newcomer: {@code CREDENTIALS_ENCRYPTION_KEY=0123456789abcdef0123} was two NO-GO rows, key-size and
 * guessable, for one fix (a random key of the right size), and the guessable row read "where a encryption key
 * needs". One finding now, the key size's, naming the other code; a key of the right size that is guessable is
 * still {@code secrets.guessable}. And {@code JWT_SECRET=supersecret123}, a stand-in a person typed, was told to
 * "make sure the placeholder resolves".
 */
class ThirtySixthPassNewcomerKeySizeTests {

    @Test
    void aGuessableKeyOfTheWrongSizeIsOneFinding() {
        List<Finding> findings = findings("0123456789abcdef0123", "secrets.key-size", "secrets.guessable");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .contains("it is also guessable")
                .contains("where an encryption key needs at least 128 bits (secrets.guessable)")
                .contains("one random key of the right size fixes both"));
    }

    @Test
    void aGuessableKeyOfTheRightSizeIsStillGuessableWithItsArticle() {
        List<Finding> findings = findings("0123456789abcdef0123456789abcdef", "secrets.guessable", "secrets.key-size");
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("where an encryption key needs"));
    }

    @Test
    void aTypedStandInIsToldToBeReplacedNotOnlyResolved() {
        List<Finding> findings = GateCheck.run(Stage.PRODUCTION, Map.of("JWT_SECRET", "supersecret123"),
                        new SecretsGate())
                .hasFinding("secrets.placeholder", "JWT_SECRET")
                .report().gate("secrets").orElseThrow().findings();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.remediation())
                .startsWith("Replace the stand-in with the real value from your secret store")
                .doesNotContain("make sure the placeholder resolves"));
    }

    private static List<Finding> findings(String key, String expected, String absent) {
        return GateCheck.run(Stage.PRODUCTION, Map.of("CREDENTIALS_ENCRYPTION_KEY", key), new SecretsGate())
                .isNoGo()
                .hasFinding(expected, "CREDENTIALS_ENCRYPTION_KEY")
                .hasNoFinding(absent)
                .report().gate("secrets").orElseThrow().findings();
    }
}
