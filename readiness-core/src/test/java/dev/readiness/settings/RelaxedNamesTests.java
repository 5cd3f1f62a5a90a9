package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelaxedNamesTests {

    @ParameterizedTest
    @CsvSource({
            "JWT_SECRET, jwt.secret",
            "JWT_SECRET, jwt-secret",
            "JWT_SECRET, jwtSecret",
            "jwt.secret, jwtSecret",
            "jwt-secret, JwtSecret",
            "spring.datasource.url, SPRING_DATASOURCE_URL",
            "readiness.waivers[0].code, READINESS_WAIVERS_0_CODE",
            "readiness.secrets.extra-keys, readiness.secrets.extraKeys",
    })
    void matchesShouldTreatCommonSpellingsAsOneKey(String left, String right) {
        assertThat(RelaxedNames.matches(left, right)).isTrue();
        assertThat(RelaxedNames.matches(right, left)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "JWT_SECRET, JWT_SECRETS",
            "jwt.secret, jwt.secret.key",
            "db.url, db.uri",
            "readiness.waivers[0].code, readiness.waivers[1].code",
    })
    void matchesShouldKeepDifferentKeysApart(String left, String right) {
        assertThat(RelaxedNames.matches(left, right)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "stripeWebhookSecret, stripe webhook secret",
            "STRIPE_WEBHOOK_SECRET, stripe webhook secret",
            "stripe.webhook-secret, stripe webhook secret",
            "DB_PASSWORD, db password",
            "spring.datasource.password, spring datasource password",
    })
    void wordsShouldSplitAtSeparatorsAndCamelCase(String key, String words) {
        assertThat(RelaxedNames.words(key)).containsExactly(words.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"JWT_SECRET, jwtsecret", "readiness.waivers[0].code, readinesswaivers0code", "Ä-b, äb"})
    void canonicalShouldLowerCaseAndDropSeparators(String key, String canonical) {
        assertThat(RelaxedNames.canonical(key)).isEqualTo(canonical);
    }
}
