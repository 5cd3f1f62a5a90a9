package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetsTests {

    @Test
    void unionWhenPartsOverlapShouldHoldEveryWordOnce() {
        assertThat(WordSets.union(Set.of("test", "demo"), List.of("demo", "sample", "demo")))
                .containsExactlyInAnyOrder("test", "demo", "sample");
    }

    @Test
    void unionShouldBeImmutableAndKeepNoReferenceToItsParts() {
        List<String> part = new ArrayList<>(List.of("todo"));
        Set<String> words = WordSets.union(part);
        part.add("fixme");

        assertThat(words).containsExactly("todo").isUnmodifiable();
        assertThat(WordSets.union()).isEmpty();
    }

    @Test
    void containsAnyWhenAPhraseStandsAnywhereInTheTextShouldSaySo() {
        assertThat(WordSets.containsAny("my-server-url-to-change", List.of("change-me", "-to-change"))).isTrue();
        assertThat(WordSets.containsAny("replacewithyourhost", StandInWords.GLUED_INSTRUCTIONS)).isTrue();
    }

    @Test
    void containsAnyWhenNoPhraseStandsInTheTextShouldNotMatchItsWords() {
        assertThat(WordSets.containsAny("fillmore-changelog", StandInWords.GLUED_INSTRUCTIONS)).isFalse();
        assertThat(WordSets.containsAny("CHANGE-ME", List.of("change-me"))).isFalse();
        assertThat(WordSets.containsAny("anything", List.of())).isFalse();
    }
}
