package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Properties of {@link PlaceholderText}: what it finds is outside every placeholder, and splitting loses nothing. */
class PlaceholderTextPropertyTests {

    @Property
    void aCharacterInsideAPlaceholderShouldNeverBeFound(@ForAll @AlphaChars @StringLength(max = 12) String name,
            @ForAll @StringLength(max = 20) String message, @ForAll @AlphaChars @StringLength(max = 8) String rest) {
        String clean = message.replace("}", "").replace("$", "");
        String value = "${" + name + ":?" + clean + "}" + rest;
        int found = PlaceholderText.outside(value, '?');
        assertThat(found).isEqualTo(-1);
        assertThat(PlaceholderText.outside(value + "?q=1", '?')).isEqualTo(value.length());
    }

    @Property
    void splittingShouldKeepEveryCharacterButTheSeparators(@ForAll @StringLength(max = 40) String parameters) {
        String joined = String.join("&", PlaceholderText.split(parameters));
        assertThat(joined.length()).isEqualTo(parameters.length());
    }

    @Property
    void aPlaceholderWithADefaultShouldFallBackToIt(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String name,
            @ForAll @AlphaChars @StringLength(max = 12) String fallback) {
        assertThat(PlaceholderText.fallback("${" + name + ":" + fallback + "}")).isEqualTo(fallback);
        assertThat(PlaceholderText.fallback("${" + name + ":-" + fallback + "}")).isEqualTo(fallback);
        assertThat(PlaceholderText.fallback("${" + name + "}")).isNull();
    }
}
