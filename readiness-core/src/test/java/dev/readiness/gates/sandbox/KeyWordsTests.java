package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.RelaxedNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyWordsTests {

    @ParameterizedTest
    @ValueSource(strings = {"STRIPE_WEBHOOK_SECRET", "stripe.webhook-secret", "stripeWebhookSecret", "baseURL",
            "readiness.sandbox.allowed-hosts[0]", "SVC12_PAYPAL_API_URL", "ÄrgerURL", "", "__", "a"})
    void ofShouldSplitLikeRelaxedNames(String key) {
        assertThat(KeyWords.of(key)).isEqualTo(RelaxedNames.words(key));
    }

    @Property(tries = 500)
    void ofShouldAlwaysAgreeWithRelaxedNames(@ForAll("keys") String key) {
        assertThat(KeyWords.of(key)).isEqualTo(RelaxedNames.words(key));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("aAzZ09_.-[]éÉİıß\ud800").ofMaxLength(30));
    }
}
