package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The estimator used when zxcvbn4j is absent, tested directly. */
class BuiltInGuessabilityTests {

    private final Guessability builtIn = Guessability.builtIn();

    @ParameterizedTest(name = "{0} ({1}) is cheap to guess")
    @CsvSource(delimiter = '|', value = {
            "aaaaaaaaaaaaaaaaaaaa | repeat",
            "abcabcabcabcabcabcabc | repeated block",
            "Password1Password1Password1 | repeated word",
            "abcdefghijklmnopqrstuvwxyz | sequence",
            "9876543210 | descending digits",
            "qwertyuiop | keyboard row",
            "asdfghjkl;' | keyboard row with symbols",
            "1qaz2wsx3edc | keyboard columns",
            "password | common password",
            "P@ssw0rd | common password with substitutions",
            "SuperSecret | capitalised words",
            "mysecretpassword | common words",
            "20240115 | date",
            "2024-01-15 | separated date",
            "15/01/2024 | day first date",
            "Summer2024 | word and year",
    })
    void estimateBitsWhenValueIsStructuredShouldBeFarBelowItsAlphabetEstimate(String value, String why) {
        double capacity = SecretValues.capacityBits(value);

        assertThat(builtIn.estimateBits(value)).as(why).isLessThanOrEqualTo(0.75 * capacity).isLessThan(40);
    }

    @ParameterizedTest(name = "random {0} keeps its entropy")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void estimateBitsWhenValueIsRandomShouldStayNearItsAlphabetEstimate(int seed) {
        for (String value : new String[] {Samples.base64(32, seed), Samples.hex(32, seed),
                Samples.alphanumeric(24, seed), Samples.printable(20, seed), Samples.base64Url(48, seed)}) {
            double capacity = SecretValues.capacityBits(value);

            assertThat(builtIn.estimateBits(value)).as(value.length() + " characters")
                    .isGreaterThan(0.8 * capacity);
        }
    }

    @ParameterizedTest(name = "{0} walks the keyboard by chance")
    @ValueSource(strings = {"8xlokJuijKhuRFr5Vlno5utwt8rGDCO_MTngtrTxWvk", "M0hKiX71vGfgfT-KRuhySokOPr4R4ESpOnAPfDWmB6E"})
    void estimateBitsWhenRandomKeyZigZagsOverTheKeyboardShouldKeepMostOfItsEntropy(String value) {
        double capacity = SecretValues.capacityBits(value);

        assertThat(builtIn.estimateBits(value)).isGreaterThan(0.85 * capacity);
    }

    @ParameterizedTest(name = "{0} is a straight walk")
    @ValueSource(strings = {"qwertyuiop", "QWERTYUIOP", "poiuytrewq", "zxcvbnm,./"})
    void estimateBitsWhenWalkGoesStraightAlongARowShouldCostFewBits(String value) {
        assertThat(builtIn.estimateBits(value)).isLessThan(16);
    }

    @Test
    void estimateBitsShouldCountOnlyTheFirst256CharactersAsStructured() {
        String value = "a".repeat(10_000);

        assertThat(builtIn.estimateBits(value)).isGreaterThan(10_000 - 256);
        assertThat(builtIn.name()).isEqualTo("built-in");
    }

    @Test
    void estimateBitsWhenValueIsEmptyOrOddShouldNotThrow() {
        assertThat(builtIn.estimateBits("")).isZero();
        assertThat(builtIn.estimateBits("\uD800\uDC00\uD800x\u0000\u00e9\u00e9\u00e9")).isNotNegative();
    }
}
