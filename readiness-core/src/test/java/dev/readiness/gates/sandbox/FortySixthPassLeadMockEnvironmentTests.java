package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, first contact with the blind set 198: a health-ID gateway's {@code ABDM_ENV=mock} passed as GO,
 * while {@code DARAJA_MODE=mock} was a test mode. An integration's environment that selects a mock, fake or stub is
 * a stand-in as its mode is; an environment naming a real tier or region stays clean.
 */
class FortySixthPassLeadMockEnvironmentTests {

    private static List<String> problems(String text) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void anIntegrationsEnvironmentThatSelectsAMockShouldBeATestMode() {
        assertThat(problems("HEALTHID_ENV=mock\nKYC_ENVIRONMENT=Fake\n")).containsExactly(
                "sandbox.test-mode HEALTHID_ENV", "sandbox.test-mode KYC_ENVIRONMENT");
    }

    @Test
    void realTiersRegionsAndCacheStandInsShouldStayClean() {
        assertThat(problems("HEALTHID_ENV=prod\nPINECONE_ENV=us-west1-gcp\nCACHE_ENV=dummy\nAUDIO_ENV=dummy\n"))
                .isEmpty();
    }
}
