package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 32's newcomer copied the seed checklist's {@code JWT_SECRET=<strong-random-secret-256-bits>} into a Helm
 * values file. The NO-GO {@code secrets.placeholder} said "not a JWT signing secret (31 characters, about 189 bits)",
 * bits an alphabet and a length give any text, read beside the 256 a JWT secret needs as a weak secret nearly there. A
 * placeholder's message now gives its length (and a known prefix) without bits; other findings keep their bits.
 */
class ThirtySecondPassNewcomerPlaceholderShapeTests {

    @Test
    void aPlaceholderIsNotGivenBits() {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of("JWT_SECRET", "<strong-random-secret-256-bits>"),
                        new SecretsGate())
                .isNoGo()
                .hasFinding("secrets.placeholder", "JWT_SECRET")
                .report();

        assertThat(message(report, "JWT_SECRET"))
                .isEqualTo("holds a placeholder or stand-in text typed in the secret's place, not a JWT signing secret "
                        + "(31 characters)");
    }

    @Test
    void aWeakSecretKeepsItsBits() {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of("JWT_SECRET", "3f9a2c7e-1b8d-4e6f-9a0c-2b5d7e1f3a8c"),
                        new SecretsGate())
                .isNoGo()
                .report();

        assertThat(message(report, "JWT_SECRET")).contains("bits");
    }

    private static String message(Report report, String key) {
        return report.gate("secrets").orElseThrow().findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::message).findFirst().orElseThrow();
    }
}
