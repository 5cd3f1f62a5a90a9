package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WordEndingsTests {

    private static final List<String> WORDS = List.of("type", "adapter", "driver", "v2", "x-y", "host");
    private static final WordEndings ENDINGS = WordEndings.of(WORDS);

    @Test
    void endsAnyShouldMatchTheWordsInAnyCase() {
        assertThat(ENDINGS.endsAny("DB_TYPE")).isTrue();
        assertThat(ENDINGS.endsAny("database.adapter")).isTrue();
        assertThat(ENDINGS.endsAny("API_V2")).isTrue();
        assertThat(ENDINGS.endsAny("a.X-Y")).isTrue();
        assertThat(ENDINGS.endsAny("DB_TYPES")).isFalse();
        assertThat(ENDINGS.endsAny("")).isFalse();
        assertThat(ENDINGS.endsAny("HOS\u212A".replace('\u212A', 'T'))).isTrue();
    }

    @Property(tries = 2000)
    void endsAnyShouldAnswerAsAsciiCaseDoesWordByWord(
            @ForAll @StringLength(max = 12) String prefix, @ForAll("endings") String ending) {
        String key = prefix + ending;
        boolean expected = WORDS.stream().anyMatch(word -> AsciiCase.endsWith(key, word));
        assertThat(ENDINGS.endsAny(key)).isEqualTo(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> endings() {
        return net.jqwik.api.Arbitraries.of("TYPE", "type", "Driver", "v2", "V2", "x-y", "X-Y", "hos\u212A", "hosT",
                "", "e", "R", "2", "\u00e9", "Y");
    }
}
