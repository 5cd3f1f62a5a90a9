package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lead's reading of a placeholder phrase in blind set 49: an instruction that says where the value is to be set
 * ({@code set-me-in-env-vars}, {@code you-can-set-me-here}) is a placeholder, made only of words that ask for a
 * value; a generated value, or a passphrase with a word of its own, is not.
 */
class TwentyFifthPassLeadSecretsTests {

    private static List<Finding> check(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @Test
    void isPlaceholderWhenAPhraseSaysWhereTheValueIsToBeSetShouldSaySo() {
        assertThat(PlaceholderPhrases.isPlaceholder("set-me-in-env-vars")).isTrue();
        assertThat(PlaceholderPhrases.isPlaceholder("you-can-set-me-here")).isTrue();
        assertThat(PlaceholderPhrases.isPlaceholder("set_in_environment_variable")).isTrue();
    }

    @Test
    void isPlaceholderWhenAWordOfItsOwnStandsBesideThemShouldNotSaySo() {
        assertThat(PlaceholderPhrases.isPlaceholder("env-vars-kangaroo-orbit")).isFalse();
        assertThat(PlaceholderPhrases.isPlaceholder("q8Zr-env-7Lp2-vars")).isFalse();
    }

    @Test
    void checkWhenAMailPasswordIsSuchAnInstructionShouldStopAsAPlaceholder() {
        assertThat(check("spring.mail.password", "set-me-in-env-vars"))
                .extracting(Finding::code, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("secrets.placeholder", Severity.NO_GO));
    }
}
