package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FirstLettersTests {

    @Test
    void mayStartAtShouldLeaveOnlyAnAsciiCharacterNoWordStartsWithInEitherCase() {
        FirstLetters letters = FirstLetters.of("your", "Insert", "paste");
        assertThat(letters.mayStartAt("YOUR_KEY", 0)).isTrue();
        assertThat(letters.mayStartAt("insert-here", 0)).isTrue();
        assertThat(letters.mayStartAt("Paste", 0)).isTrue();
        assertThat(letters.mayStartAt("b7f9c2e4", 0)).isFalse();
        assertThat(letters.mayStartAt("8080", 0)).isFalse();
        assertThat(letters.mayStartAt("a.your", 2)).isTrue();
        assertThat(letters.mayStartAt("your", 4)).isFalse();
    }

    @Test
    void mayStartAtShouldKeepNonAsciiCharactersThatMayFoldToAWordsLetter() {
        FirstLetters letters = FirstLetters.of("insert", "key");
        assertThat(letters.mayStartAt("\u0131nsert", 0)).isTrue(); // dotless i upper-cases to I
        assertThat(letters.mayStartAt("\u212Aey", 0)).isTrue(); // Kelvin sign lower-cases to k
    }

    @Test
    void mayStartAtShouldAlwaysBeTrueForAnEmptyOrNonAsciiWord() {
        assertThat(FirstLetters.of("", "abc").mayStartAt("zzz", 0)).isTrue();
        assertThat(FirstLetters.of("\u00e9t\u00e9").mayStartAt("zzz", 0)).isTrue();
    }

    @Property(tries = 2000)
    void noWordShouldMatchIgnoringCaseWhereMayStartAtIsFalse(@ForAll("words") List<String> words,
            @ForAll("texts") String text) {
        FirstLetters letters = FirstLetters.of(words);
        for (int at = 0; at <= text.length(); at++) {
            if (!letters.mayStartAt(text, at)) {
                for (String word : words) {
                    assertThat(text.regionMatches(true, at, word, 0, word.length())).as("%s at %d of %s", word, at, text)
                            .isFalse();
                    assertThat(at == 0 && text.equalsIgnoreCase(word)).isFalse();
                }
            }
        }
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.strings().withChars("abcdeiKkxyz\u0131\u212A_-").ofMinLength(1).ofMaxLength(6).list()
                .ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbBcCdDeEiIkKxXyYzZ\u0130\u0131\u212A_-09").ofMaxLength(8);
    }
}
