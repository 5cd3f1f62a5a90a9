package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-seventh pass (newcomer, seed 002): {@code JWT_SECRET=rappit-jwt-secret-2026}, a value the team typed, was
 * reported as "an unresolved placeholder or filler text", which sent the reader looking for a reference that had
 * failed to resolve. No such finding is about a reference (an unresolved {@code ${X}} is {@code settings.unresolved}):
 * the message now says the value is a placeholder or stand-in typed in the secret's place, as its remediation
 * ("Replace the stand-in…") already did.
 */
class FortySeventhPassNewcomerPlaceholderMessageTests {

    @ParameterizedTest
    @CsvSource({
            "JWT_SECRET, rappit-jwt-secret-2026",
            "JWT_SECRET, <strong-random-secret-256-bits>",
            "STRIPE_WEBHOOK_SECRET, changeme",
            "DHL_API_SECRET, <production-secret>"})
    void aPlaceholderIsCalledAStandInNotUnresolved(String key, String value) {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of(key, value), new SecretsGate())
                .isNoGo()
                .hasFinding("secrets.placeholder", key)
                .report();
        Finding finding = report.gate("secrets").orElseThrow().findings().stream()
                .filter(f -> f.code().equals("secrets.placeholder"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.message())
                .startsWith("holds a placeholder or stand-in text typed in the secret's place, not a")
                .doesNotContain("unresolved");
        assertThat(finding.remediation()).startsWith("Replace the stand-in");
    }
}
