package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"STRIPE_WEBHOOK_SECRET", "stripeWebhookSecret",
            "baseURL", "readiness.sandbox.allowed-hosts[0]", "SVC12_PAYPAL_API_URL", "ÄrgerURL", "İstanbulKey",
            "", "__", "a"})
    void wordsShouldSplitExactlyAsCharacterClassesSay(String key) {
        assertThat(RelaxedNames.words(key)).isEqualTo(byCharacterClasses(key));
    }

    @Property(tries = 1000)
    void wordsShouldAlwaysSplitExactlyAsCharacterClassesSay(@ForAll("keys") String key) {
        assertThat(RelaxedNames.words(key)).isEqualTo(byCharacterClasses(key));
    }

    @Property(tries = 300)
    void wordsShouldStaySplitExactlyAsCharacterClassesSayWhenWordsRecurAndCollide(
            @ForAll("sameLengthKeys") List<String> keys) {
        for (int round = 0; round < 2; round++) {
            for (String key : keys) {
                assertThat(RelaxedNames.words(key)).isEqualTo(byCharacterClasses(key));
            }
        }
    }

    @Test
    void wordsShouldGiveEachCallAListOfItsOwn() {
        List<String> first = RelaxedNames.words("JWT_SECRET");
        first.set(0, "changed");

        assertThat(RelaxedNames.words("JWT_SECRET")).containsExactly("jwt", "secret");
    }

    /** Many keys of short words of one length from few letters: the shared word table sees repeats and slot clashes. */
    @Provide
    Arbitrary<List<String>> sameLengthKeys() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abAB1").ofLength(3);
        return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("_", words)).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("aAzZ09_.-[]éÉİıß\ud800").ofMaxLength(30));
    }

    /** The definition the fast splitter must follow: Character's classes, then lower case in Locale.ROOT. */
    private static List<String> byCharacterClasses(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean camelBoundary = Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(key.charAt(i - 1))
                    || word.length() >= 2 && allUpperCase(word) && i + 1 < key.length()
                            && Character.isLowerCase(key.charAt(i + 1)) && !pluralS(key, i + 1));
            if ((separator || camelBoundary) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!separator) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether every character of the word so far is a capital: an acronym ({@code TLS} of {@code TLSVerify}). */
    private static boolean allUpperCase(CharSequence word) {
        return word.chars().allMatch(ch -> Character.isUpperCase((char) ch));
    }

    /** Whether the lower-case letter at {@code at} is a plural {@code s} that ends its word ({@code URIs}). */
    private static boolean pluralS(String key, int at) {
        return key.charAt(at) == 's' && (at + 1 == key.length() || !Character.isLowerCase(key.charAt(at + 1)));
    }
}
