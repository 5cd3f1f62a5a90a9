package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
    @ValueSource(strings = {"masterx-production-secret-key-2024-quantum-intelligence", "acme-prod-jwt-secret-2024",
        "Shop_Staging_Password_1999!"})
    void aPhraseNamingTheSecretItsEnvironmentAndAYearIsGuessable(String value) {
        assertThat(GuessableParts.covers(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"production-secret-2024-k9QxLm7pR4vT8w", "Prod2024ReleaseTrainAlpha",
        "secret-production-2025-Xk29fLq0aZ", "production-key-2138-acme-shop"})
    void aStageWordOrAYearBesideRandomPartsLeavesItToTheEstimator(String value) {
        assertThat(GuessableParts.covers(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery-staple", "secret-7f3a9c2e1b4d8f60a5c3", "k9Q!x2#Lm7@pR4$vT8&w",
        "wger-docker-supersecret-key", "1234567890!@#$%^&*()", "secret-2024-1234567890-Xq9"})
    void randomPartsOrAMissingPlaceholderWordLeaveItToTheEstimator(String value) {
        assertThat(GuessableParts.covers(value)).isFalse();
    }

    @Property(tries = 2000)
    void aValueIsCoveredExactlyWhenItsPiecesAreAsTheDefinitionSays(@ForAll("pieces") String value) {
        assertThat(GuessableParts.covers(value)).isEqualTo(coveredByDefinition(value));
    }

    @Provide
    Arbitrary<String> pieces() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("secret", "SuperSecret", "KEY", "password", "Token", "mysecret", "changeme", "shop",
                        "acme", "averyveryverylongword", "Defaults", "production", "Prod", "LIVE", "staging"),
                Arbitraries.of("1234", "4567890", "9876", "3210", "0123456789", "1357", "12", "2024", "1999", "2138"),
                Arbitraries.of("-", "_", ".", " ", "!@#$", "%^&*()", "=+", "~", "\u00e9"),
                Arbitraries.strings().withChars("aZ09!-").ofMaxLength(5));
        return piece.list().ofMinSize(1).ofMaxSize(12).map(list -> String.join("", list));
    }

    /** The rule as written out: each letter run lower-cased and looked up, each digit run searched for. */
    private static boolean coveredByDefinition(String value) {
        if (value.length() < 16 || value.length() > 128) {
            return false;
        }
        java.util.Set<String> placeholderWords = java.util.Set.of("secret", "supersecret", "topsecret", "verysecret",
                "key", "secretkey", "password", "pass", "changeme", "insecure", "default", "token", "mysecret");
        int placeholders = 0;
        int words = 0;
        int patterned = 0;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int end = i;
            if (isLetter(c)) {
                while (end < value.length() && isLetter(value.charAt(end))) {
                    end++;
                }
                String word = value.substring(i, end).toLowerCase(java.util.Locale.ROOT);
                if (placeholderWords.contains(word)) {
                    placeholders++;
                } else if (!java.util.Set.of("production", "prod", "staging", "development", "dev", "live")
                        .contains(word) && (word.length() > 12 || ++words > 3)) {
                    return false;
                }
            } else if (c >= '0' && c <= '9') {
                while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
                    end++;
                }
                String digits = value.substring(i, end);
                boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
                if (digits.length() < 4 || "01234567890".indexOf(digits) < 0 && "9876543210".indexOf(digits) < 0
                        && !year) {
                    return false;
                }
                patterned++;
            } else {
                int symbols = 0;
                while (end < value.length() && !isLetter(value.charAt(end))
                        && !(value.charAt(end) >= '0' && value.charAt(end) <= '9')) {
                    char s = value.charAt(end);
                    if ("!@#$%^&*()-_=+. ".indexOf(s) < 0) {
                        return false;
                    }
                    symbols += s == '-' || s == '_' || s == '.' || s == ' ' ? 0 : 1;
                    end++;
                }
                patterned += symbols >= 4 ? 1 : 0;
            }
            i = end;
        }
        return placeholders >= 1 && patterned >= 1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
