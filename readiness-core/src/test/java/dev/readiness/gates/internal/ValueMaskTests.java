package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ValueMaskTests {

    /** Each bit and the scan it stands for, as a rule's first test writes it. */
    private static final Object[][] BITS = {
        {ValueMask.DOT, "."}, {ValueMask.COLON, ":"}, {ValueMask.SLASH, "/"}, {ValueMask.AT, "@"},
        {ValueMask.DOLLAR_OR_BRACE, "${}"}, {ValueMask.DIGIT, "0123456789"},
        {ValueMask.UPPER, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, {ValueMask.LOWER, "abcdefghijklmnopqrstuvwxyz"},
        {ValueMask.DASH_OR_UNDERSCORE, "-_"}, {ValueMask.SEMICOLON, ";"}, {ValueMask.COMMA, ","},
        {ValueMask.QUESTION, "?"}, {ValueMask.EQUALS, "="}, {ValueMask.ANGLE, "<>"}, {ValueMask.PERCENT, "%"},
    };

    @Test
    void ofShouldGiveNothingForAnEmptyValue() {
        assertThat(ValueMask.of("")).isZero();
    }

    @Test
    void ofShouldNoteEachClassOfAUrl() {
        int mask = ValueMask.of("postgres://user@db.example.com:5432/app?ssl=true");
        assertThat(ValueMask.hasAll(mask, ValueMask.COLON | ValueMask.SLASH | ValueMask.AT | ValueMask.DOT
                | ValueMask.DIGIT | ValueMask.LOWER | ValueMask.QUESTION | ValueMask.EQUALS)).isTrue();
        assertThat(ValueMask.hasAny(mask, ValueMask.UPPER | ValueMask.SEMICOLON | ValueMask.COMMA
                | ValueMask.NON_ASCII | ValueMask.BLANK | ValueMask.DOLLAR_OR_BRACE)).isFalse();
    }

    @Test
    void ofShouldNoteBlanksAndCharactersAboveAscii() {
        assertThat(ValueMask.hasAll(ValueMask.of("mot de passe é\t"), ValueMask.BLANK | ValueMask.NON_ASCII))
                .isTrue();
    }

    @Property(tries = 3000)
    void eachBitShouldHoldExactlyWhenTheValueHoldsOneOfItsCharacters(@ForAll("values") String value) {
        int mask = ValueMask.of(value);
        for (Object[] bit : BITS) {
            boolean holds = false;
            for (char c : ((String) bit[1]).toCharArray()) {
                holds |= value.indexOf(c) >= 0;
            }
            assertThat(ValueMask.hasAny(mask, (Integer) bit[0])).as("bit %s of %s", bit[1], value).isEqualTo(holds);
        }
        assertThat(ValueMask.hasAny(mask, ValueMask.NON_ASCII))
                .isEqualTo(value.chars().anyMatch(c -> c >= 128));
        assertThat(ValueMask.hasAny(mask, ValueMask.BLANK))
                .isEqualTo(value.chars().anyMatch(c -> c <= ' ' || c == 127));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("@;,?=:/.${}-_ <>%aZ9é\t").ofMaxLength(20));
    }
}
