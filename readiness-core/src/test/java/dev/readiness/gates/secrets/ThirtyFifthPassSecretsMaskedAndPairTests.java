package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thirty-fifth pass: a hexadecimal credential or UUID whose tail is masked by a run of {@code x} is a published
 * example's shape, and a secret written as {@code name:password} is as weak as its password. Real values of the same
 * shape, a strong pair, an encoding prefix and a hash with parameters stay clean. Random values were generated for
 * this test.
 */
class ThirtyFifthPassSecretsMaskedAndPairTests {

    private static List<String> findingsOf(String line) {
        Settings settings = ApplicationConfig.builder().configText("service.properties", line + "\n").build()
                .settings();
        String key = line.substring(0, line.indexOf('='));
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "wx-bot.token=bf1732ea-dbde-11eb-8d19-0242ac13xxxx ~ NO_GO secrets.placeholder",
            "partner.api-key=4f2a9c81e0d3b7a6c5d4XXXX ~ NO_GO secrets.placeholder",
            "hmac.secret=8d1f0b7c2e4a6935c1e7f3a9xxxxxxxx ~ NO_GO secrets.placeholder",
            "relay.shared-secret=36f75abc6d500dfa6e905046fd8be5e1:password ~ NO_GO secrets.placeholder",
            "hmrc.access.service.auth=pttg-ip-hmrc:abc123 ~ NO_GO secrets.published-default",
            "audit.service.auth=svc-7Qm2xRvT:abc123 ~ NO_GO secrets.published-default",
            "ops.secret=svc-7Qm2xRvT:letmein1 ~ NO_GO secrets.guessable"})
    void aMaskedTailOrAWeakPairPasswordShouldStopProduction(String line, String expected) {
        assertThat(findingsOf(line)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "wx-bot.token=bf1732ea-dbde-11eb-8d19-0242ac130003",
            "partner.api-key=4f2a9c81e0d3b7a6c5d4e3f2",
            "relay.service.auth=svc-audit:Qm7xT2vR9pLw4ZsK8nYb3HcE",
            "relay.token=key-id:Qm7xT2vR9pLw4ZsK8nYb3HcE",
            "APP_KEY=base64:Qm7xT2vR9pLw4ZsK8nYb3HcEa1b2c3d4e5f6g7h8i9j=",
            "tenant.api-key=tenant-42:Xk9mQ2vLpR7sT3wZ"})
    void aRealValueOrAStrongPairShouldStayClean(String line) {
        assertThat(findingsOf(line)).isEmpty();
    }

    @Test
    void aMaskNeedsHexadecimalDigitsAndARunOfFour() {
        assertThat(MaskedTails.isMasked("bf1732ea-dbde-11eb-8d19-0242ac13xxxx")).isTrue();
        assertThat(MaskedTails.isMasked("bf1732ea-dbde-11eb-8d19-0242ac13bxxx")).isFalse();
        assertThat(MaskedTails.isMasked("relay-fox-maxxxxxxxx")).isFalse();
        assertThat(MaskedTails.isMasked("abcxxxx")).isFalse();
        assertThat(MaskedTails.isMasked("0x4f2a9c81e0d3b7a6")).isFalse();
    }

    @Test
    void aPairNeedsOneColonANameAndAPasswordWithoutSpaces() {
        assertThat(ColonPairPasswords.password("svc-audit:abc123")).isEqualTo("abc123");
        assertThat(ColonPairPasswords.password("https://host/x")).isNull();
        assertThat(ColonPairPasswords.password("pbkdf2:sha256:260000$salt$hash")).isNull();
        assertThat(ColonPairPasswords.password("base64:Qm7xT2vR9pLw4ZsK8nYb3HcE")).isNull();
        assertThat(ColonPairPasswords.password("12:30")).isNull();
        assertThat(ColonPairPasswords.password("user:two words")).isNull();
        assertThat(ColonPairPasswords.password("user:")).isNull();
    }
}
