package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-second pass, placeholders: a sentence of another language that names a secret and ends with the English
 * {@code here} ({@code un_secret_tres_long_et_aleatoire_here}, a ChirpStack template's French stand-in) is the
 * template's text, as the same sentence ending in {@code ici} already was; beside it the values that tempt the rule:
 * a sentence naming no secret, {@code here} inside a word, a short phrase and a random value. Findings name the key,
 * never the value. The values were made up for this test.
 */
class FortySecondPassPlaceholdersForeignHereTests {

    private static List<String> verdictsOf(String key, String value) {
        return GateRuns.findingsIn("chirpstack.properties", key, key + "=" + value).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"un_secret_tres_long_et_aleatoire_here", "une-cle-secrete-tres-longue-here",
            "ein_sehr_langes_zufaelliges_passwort_here", "uma chave muito longa e segura here"})
    void aForeignSentenceNamingASecretAndEndingInHereShouldStopProduction(String value) {
        assertThat(verdictsOf("api.secret", value)).containsExactly("NO_GO secrets.placeholder");
    }

    @Test
    void theMessageNamesTheKeyAndNeverTheValue() {
        List<Finding> findings = GateRuns.findingsIn("chirpstack.properties", "api.secret",
                "api.secret=un_secret_tres_long_et_aleatoire_here");
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.subject()).isEqualTo("api.secret");
            assertThat(finding.message()).doesNotContain("aleatoire").doesNotContain("tres_long");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kq8vZ2mT7xLp4RnW9sYb3HcJ6fDg1aEu", "tres_long_et_aleatoire_sphere",
            "nous_sommes_tous_ici_here"})
    void aRandomValueHereInsideAWordOrASentenceNamingNoSecretIsNoForeignStandIn(String value) {
        assertThat(PlaceholderPhrases.isForeignSentence(value.toLowerCase(java.util.Locale.ROOT))).isFalse();
    }
}
