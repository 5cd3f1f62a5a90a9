package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.settings.RelaxedNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyWordsTests {

    @Property(tries = 3000)
    void ofShouldAlwaysGiveTheWordsRelaxedNamesCuts(@ForAll("keys") String key) {
        assertThat(KeyWords.of(key)).isEqualTo(RelaxedNames.words(key));
        assertThat(KeyWords.of(new String(key))).isEqualTo(RelaxedNames.words(key));
    }

    @Property(tries = 300)
    void ofShouldAgreeWithRelaxedNamesOnAnyText(@ForAll String key) {
        assertThat(KeyWords.of(key)).isEqualTo(RelaxedNames.words(key));
    }

    @Test
    void ofShouldCutOnceAndShareTheWords() {
        String key = "stripeWebhookSecret_" + System.nanoTime();

        assertThat(KeyWords.of(key)).isSameAs(KeyWords.of(new String(key)));
        assertThat(KeyWords.of("STRIPE_WEBHOOK_SECRET")).containsExactly("stripe", "webhook", "secret");
    }

    @Test
    void ofShouldGiveWordsNoCallerCanChange() {
        assertThatThrownBy(() -> KeyWords.of("JWT_SECRET").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(KeyWords.of("JWT_SECRET")).containsExactly("jwt", "secret");
    }

    @Provide
    Arbitrary<String> keys() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("jwt", "JWT", "Secret", "url", "URL", "Api", "key",
                "db", "sandbox", "é", "ß", "İ", "x2", "HTTPServer"), Arbitraries.strings().alpha().numeric().ofMaxLength(6));
        Arbitrary<String> separator = Arbitraries.of("", "_", ".", "-", "[0]", " ", "__", "::");
        return Arbitraries.oneOf(word, separator).list().ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
