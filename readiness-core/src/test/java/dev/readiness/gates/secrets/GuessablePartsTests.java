package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuessablePartsTests {

    @ParameterizedTest
    @ValueSource(strings = {"wger-docker-supersecret-key-1234567890!@#$%^&*(-_)", "myshop_secret_key_123456789",
        "acme-platform-password-!@#$%^&*", "Billing.SuperSecret.9876543210"})
    void aValueCoveredByWordsAPlaceholderWordAndKeyboardOrDigitRunsIsGuessable(String value) {
        assertThat(GuessableParts.covers(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery-staple", "secret-7f3a9c2e1b4d8f60a5c3", "k9Q!x2#Lm7@pR4$vT8&w",
        "wger-docker-supersecret-key", "1234567890!@#$%^&*()", "secret-2024-1234567890-Xq9"})
    void randomPartsOrAMissingPlaceholderWordLeaveItToTheEstimator(String value) {
        assertThat(GuessableParts.covers(value)).isFalse();
    }
}
