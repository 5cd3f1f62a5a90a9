package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AsciiCaseTests {

    @Test
    void regionIsShouldIgnoreCaseOfLettersOnly() {
        assertThat(AsciiCase.regionIs("MY_SANDBOX_KEY", 3, "sandbox")).isTrue();
        assertThat(AsciiCase.regionIs("my_SandBox_key", 3, "sandbox")).isTrue();
        assertThat(AsciiCase.regionIs("JDBC:postgresql", 0, "jdbc:")).isTrue();
        assertThat(AsciiCase.regionIs("JDBC;postgresql", 0, "jdbc:")).isFalse();
        assertThat(AsciiCase.regionIs("mongodb+srv", 0, "mongodb+srv")).isTrue();
        assertThat(AsciiCase.regionIs("MONGODB+SRV", 0, "mongodb+srv")).isTrue();
        assertThat(AsciiCase.regionIs("MONGODB_SRV", 0, "mongodb+srv")).isFalse();
    }

    @Test
    void regionIsShouldAnswerFalseOutsideTheText() {
        assertThat(AsciiCase.regionIs("hash", -1, "hash")).isFalse();
        assertThat(AsciiCase.regionIs("has", 0, "hash")).isFalse();
        assertThat(AsciiCase.endsWith("ash", "hash")).isFalse();
        assertThat(AsciiCase.endsWith("PASSWORD_HASH", "hash")).isTrue();
    }

    @Test
    void regionIsShouldFoldNonAsciiCharactersAsTheJdkDoes() {
        assertThat(AsciiCase.regionIs("\u017Fandbox", 0, "sandbox"))
                .isEqualTo("\u017Fandbox".regionMatches(true, 0, "sandbox", 0, 7));
        assertThat(AsciiCase.regionIs("\u212Aey", 0, "key")).isEqualTo("\u212Aey".regionMatches(true, 0, "key", 0, 3));
        assertThat(AsciiCase.regionIs("https", 0, "https", 4)).isTrue();
    }

    @Property(tries = 2000)
    void regionIsShouldAlwaysAgreeWithRegionMatches(@ForAll("texts") String text, @ForAll("words") String word,
            @ForAll("offsets") int at) {
        assertThat(AsciiCase.regionIs(text, at, word))
                .isEqualTo(text.regionMatches(true, at, word, 0, word.length()));
        assertThat(AsciiCase.endsWith(text, word))
                .isEqualTo(text.length() >= word.length()
                        && text.regionMatches(true, text.length() - word.length(), word, 0, word.length()));
    }

    @Property(tries = 2000)
    void containsShouldAgreeWithRegionMatchesAtSomeOffset(@ForAll("texts") String text, @ForAll("words") String word) {
        boolean somewhere = false;
        for (int at = 0; at <= text.length() - word.length(); at++) {
            somewhere |= text.regionMatches(true, at, word, 0, word.length());
        }

        assertThat(AsciiCase.contains(text, word)).isEqualTo(somewhere);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("sSaAnNdDbBoOxX_:+-@[`{\u017F\u212A\u0130\u0131").ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("sandbox", "sbx", "hash", "jdbc:", "mongodb+srv", "k", "s", "", "x_", "a@");
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-2, 14);
    }
}
