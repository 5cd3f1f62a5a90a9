package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** zxcvbn4j is on the test class path (it is an optional dependency of readiness-core). */
class ZxcvbnGuessabilityTests {

    @Test
    void detectWhenZxcvbnIsOnTheClassPathShouldUseIt() {
        assertThat(Guessability.detect().name()).isEqualTo("zxcvbn");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sunshine2020", "monkey123!", "Dragon2019", "letmein2024", "iloveyou99", "Baseball#1"})
    void estimateBitsWhenPasswordIsMadeOfDictionaryWordsShouldBeLowerThanTheBuiltInEstimate(String value) {
        double zxcvbn = Guessability.detect().estimateBits(value);

        assertThat(zxcvbn).isLessThanOrEqualTo(Guessability.builtIn().estimateBits(value)).isLessThan(45);
    }

    @Test
    void estimateBitsWhenValueIsRandomShouldKeepItsAlphabetEstimate() {
        String value = Samples.alphanumeric(24, 42);

        assertThat(Guessability.detect().estimateBits(value)).isGreaterThan(0.8 * SecretValues.capacityBits(value));
    }

    @Test
    void estimateBitsWhenValueIsLongerThanTheZxcvbnLimitShouldUseTheBuiltInEstimate() {
        String value = "Dragon" + Samples.base64(60, 7);

        assertThat(value.length()).isGreaterThan(ZxcvbnGuessability.MAX_LENGTH);
        assertThat(Guessability.detect().estimateBits(value)).isEqualTo(Guessability.builtIn().estimateBits(value));
    }
}
