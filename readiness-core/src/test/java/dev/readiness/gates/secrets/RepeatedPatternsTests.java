package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatedPatternsTests {

    private static List<Finding> production(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"API_TOKEN|q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6",
        "API_TOKEN|a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6", "API_TOKEN|1qa2ws3ed4rf5tg6yh7uj8ik9ol0p",
        "API_TOKEN|ajsdhaksjdhakjsdhaksjdhaksjdhaksjdh", "JWT_SECRET|asdkjhasdkjhaskjdhaksjdhakjsdhkajshdkajshdkjashdkajshd",
        "DB_PASSWORD|Secret1Secret2Secret3Secret4"})
    void interleavedSequencesAndRepetitionWithVariationsAreGuessableWhateverTheirLength(String key, String value) {
        double bitsPerChar = SecretValues.bitsPerChar(value);
        double capacity = SecretValues.capacityBits(value);

        assertThat(RepeatedPatterns.bits(value, bitsPerChar)).isLessThan(0.75 * capacity);
        assertThat(production(key, value)).extracting(Finding::code).containsExactly("secrets.guessable");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomValuesOfEveryCommonAlphabetKeepTheirAlphabetEstimate(int seed) {
        for (String value : List.of(Samples.hex(16, seed), Samples.hex(8, seed), Samples.alphanumeric(16, seed),
                Samples.alphanumeric(40, seed), Samples.base64(32, seed), Samples.pick("abcdefghijklmnopqrstuvwxyz", 16,
                        seed), Samples.printable(24, seed))) {
            assertThat(RepeatedPatterns.bits(value, SecretValues.bitsPerChar(value)))
                    .as("a random value of %d characters", value.length())
                    .isEqualTo(value.length() * SecretValues.bitsPerChar(value));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"skdcnwauicn2ucnaecasdsajdnizucawencascdca", "k8Jd92mXq0LpZ7vR3tNc5wYb",
        "9548be6f3a64163d23e1539f067fcabd"})
    void handTypedOrRandomValuesWithoutCoveringPatternsAreLeftToTheOtherEstimates(String value) {
        assertThat(RepeatedPatterns.bits(value, SecretValues.bitsPerChar(value)))
                .isEqualTo(value.length() * SecretValues.bitsPerChar(value));
    }
}
