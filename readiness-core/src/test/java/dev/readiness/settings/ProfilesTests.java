package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfilesTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "prod; prod eu; true",
        "prod & !eu; prod eu; false",
        "prod & !eu; prod us; true",
        "prod | staging; staging; true",
        "!prod; dev; true",
        "(prod | staging) & eu; staging eu; true",
        "(prod | staging) & eu; staging us; false",
        "!(prod & eu); prod eu; false",
        "dev, prod; prod; true",
        "dev; default; false"})
    void matchesShouldEvaluateSpringProfileExpressions(String expression, String active, boolean expected) {
        assertThat(Profiles.of(List.of(expression)).matches(List.of(active.split(" ")))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod & eu | us", "(prod", "prod &", "&", "prod eu", " , "})
    void ofShouldRefuseMalformedExpressions(String expression) {
        assertThatThrownBy(() -> Profiles.of(List.of(expression))).isInstanceOf(IllegalArgumentException.class);
    }
}
