package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaltPairsTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void pairsWithSaltWhenTheSameStemEndsInSaltShouldBeTrueInEverySpelling() {
        assertThat(SaltPairs.pairsWithSalt(Settings.of(Map.of("LOGGED_IN_SALT", "")), "LOGGED_IN_KEY")).isTrue();
        assertThat(SaltPairs.pairsWithSalt(Settings.of(Map.of("nonce.salt", "x")), "nonce.key")).isTrue();
        assertThat(SaltPairs.pairsWithSalt(Settings.of(Map.of("Nonce-Salt", "x")), "Nonce-Key")).isTrue();
    }

    @Test
    void pairsWithSaltWhenNoSaltOfThatStemStandsBesideShouldBeFalse() {
        Settings settings = Settings.of(Map.of("PASSWORD_SALT", "x", "SORTKEY_SALT", "x"));

        assertThat(SaltPairs.pairsWithSalt(settings, "SORT_KEY")).isFalse();
        assertThat(SaltPairs.pairsWithSalt(settings, "SORTKEY")).isFalse();
        assertThat(SaltPairs.pairsWithSalt(settings, "KEY")).isFalse();
    }

    @Test
    void checkWhenTheKeyOfAKeyAndSaltPairIsEmptyShouldReportIt() {
        assertThat(findings(Map.of("NONCE_KEY", "", "NONCE_SALT", "", "LOGGED_IN_KEY", "", "LOGGED_IN_SALT", ""),
                "NONCE_KEY")).extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void checkWhenAKeyWordHasNoSaltBesideItShouldSayNothing() {
        assertThat(findings(Map.of("SORT_KEY", "", "CACHE_KEY", "orders", "PASSWORD_SALT", ""), "SORT_KEY")).isEmpty();
        assertThat(findings(Map.of("SORT_KEY", "", "CACHE_KEY", "orders", "PASSWORD_SALT", ""), "CACHE_KEY"))
                .isEmpty();
    }
}
