package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantityValuesTests {

    private static java.util.List<Finding> check(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @Test
    void isQuantityWhenANumberPicksARoleOrPositionShouldSaySo() {
        assertThat(QuantityValues.isQuantity("LEAN_LDAP_DEFAULT_ROLE_KEY", "20")).isTrue();
        assertThat(QuantityValues.isQuantity("search.sort-key", "2")).isTrue();
    }

    @Test
    void isQuantityWhenANumberIsASecretsLifetimeShouldSaySo() {
        assertThat(QuantityValues.isQuantity("auth.token.invalid", "30")).isTrue();
        assertThat(QuantityValues.isQuantity("JWT_SECRET_LIFETIME", "3600")).isTrue();
        assertThat(QuantityValues.isQuantity("session.secret.max-age", "86400")).isTrue();
        assertThat(QuantityValues.isQuantity("AUTH_TOKEN_VALIDITY", "7")).isTrue();
        assertThat(QuantityValues.isQuantity("auth.token", "30")).isFalse();
    }

    @Test
    void isQuantityWhenANumberStandsForACredentialShouldNotSaySo() {
        assertThat(QuantityValues.isQuantity("API_KEY", "20")).isFalse();
        assertThat(QuantityValues.isQuantity("ROLE_KEY_SECRET", "20")).isFalse();
        assertThat(QuantityValues.isQuantity("LEAN_LDAP_DEFAULT_ROLE_KEY", "admin20")).isFalse();
    }

    @Test
    void checkWhenARoleKeyHoldsANumberShouldBeCleanButAnApiKeyShouldStop() {
        assertThat(check("LEAN_LDAP_DEFAULT_ROLE_KEY", "20")).isEmpty();
        assertThat(check("STRIPE_API_KEY", "20")).extracting(Finding::severity).contains(Severity.NO_GO);
    }

    @Test
    void checkWhenAScoreThresholdSitsUnderAPasswordNameShouldBeCleanButTheNumberAsPasswordShouldStop() {
        assertThat(check("RECAPTCHA_RESET_PASSWORD_MINIMAL_SCORE", "0.5")).isEmpty();
        assertThat(check("PASSWORD_STRENGTH_RATIO", "0.8")).isEmpty();
        assertThat(check("RECAPTCHA_RESET_PASSWORD", "0.5")).extracting(Finding::severity).contains(Severity.NO_GO);
    }

    @Test
    void checkWhenAKeyNamesAKmsKeyringShouldBeCleanButTheSecretBesideItShouldStop() {
        assertThat(check("SECRETS_KEYRING", "backend-secrets")).isEmpty();
        assertThat(check("KMS_KEYRING", "prod-keyring")).isEmpty();
        assertThat(check("SECRETS_KEY", "backend-secrets")).extracting(Finding::severity).contains(Severity.NO_GO);
    }
}
