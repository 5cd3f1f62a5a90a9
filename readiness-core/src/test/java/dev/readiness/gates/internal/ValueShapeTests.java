package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueShapeTests {

    @ParameterizedTest
    @ValueSource(strings = {"8080", "16", "0", "0.75", "123456789012345"})
    void ofShouldReadDigitsWithAtMostOneDotAsANumber(String value) {
        assertThat(ValueShape.of(value)).isEqualTo(ValueShape.NUMBER);
        assertThat(ValueShape.isPlain(ValueShape.of(value))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15m", "30s", "500ms", "10MB", "1.5GiB", "2d"})
    void ofShouldReadANumberWithAShortUnitAsAQuantity(String value) {
        assertThat(ValueShape.of(value)).isEqualTo(ValueShape.QUANTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "on", "off", "TRUE", "False", "OFF", "On"})
    void ofShouldReadSwitchWordsInOneCaseAsASwitch(String value) {
        assertThat(ValueShape.of(value)).isEqualTo(ValueShape.SWITCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 8080", "8080 ", "1234567890123456", "0000000000000000", "1.2.3", "1.", ".5", "-1",
            "0x1F", "15mins", "10 MB", "tRUE", "fALSE", "oN", "yes", "no", "truee", "tru", "info", "changeme",
            "pk_test_", "${PORT}", "\"8080\"", "8080/tcp", "1e10x", "127.0.0.1", "10:30", "a@b"})
    void ofShouldLeaveEverythingElseOther(String value) {
        assertThat(ValueShape.of(value)).isEqualTo(ValueShape.OTHER);
        assertThat(ValueShape.isPlain(ValueShape.of(value))).isFalse();
    }

    @Property(tries = 3000)
    void aPlainValueShouldBeShortAndHoldNoSeparatorBlankQuoteOrMark(@ForAll String value) {
        if (ValueShape.isPlain(ValueShape.of(value))) {
            assertThat(value).hasSizeBetween(1, 15).matches("[0-9A-Za-z.]+");
            assertThat(value).doesNotContain("..").doesNotStartWith(".");
        }
    }
}
