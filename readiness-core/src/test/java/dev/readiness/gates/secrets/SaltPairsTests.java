package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SaltPairsTests {

    /**
     * The gate's first test ({@link SecretsGate#mayPairWithSaltOrPassword}, session 39) is a necessary condition of
     * both rules: a key that fails it pairs with nothing, whatever stands beside it.
     */
    @Property(tries = 5000)
    void keysFailingTheFirstTestShouldPairWithNothing(@ForAll("pairKeys") String key) {
        if (SecretsGate.mayPairWithSaltOrPassword(key)) {
            return;
        }
        String stem = key.length() >= 3 ? key.substring(0, key.length() - 3) : key;
        Map<String, String> beside = new java.util.LinkedHashMap<>();
        for (String salt : List.of("salt", "SALT", "Salt")) {
            beside.put(stem + salt, "x");
        }
        beside.put(key.replace("ignature", "assword").replace("IGNATURE", "ASSWORD"), "x");
        Settings settings = Settings.of(beside);
        assertThat(SaltPairs.pairsWithSalt(settings, key)).as(key).isFalse();
        assertThat(SaltPairs.pairsWithPassword(settings, key, "value")).as(key).isFalse();
    }

    @Provide
    Arbitrary<String> pairKeys() {
        return Arbitraries.of("key", "KEY", "Key", "kEy", "\u212aey", "signature", "SIGNATURE", "Signature", "ignature",
                "salt", "password", "PASSWORD", "api", "logged", "in", "nonce", "paypal", "pp", "sandbox", "mail", "_",
                ".", "-", "")
                .list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

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
