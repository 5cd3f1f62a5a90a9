package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OriginTests {

    @Test
    void fileOriginKnowsItsFileAndLine() {
        Origin origin = Origin.file("prod.env", 3);

        assertThat(origin.description()).isEqualTo("prod.env:3");
        assertThat(origin.file()).contains("prod.env");
        assertThat(origin.line()).hasValue(3);
        assertThat(origin.column()).isEmpty();
    }

    @Test
    void fileOriginWithColumnPrintsAndKnowsAllThree() {
        Origin origin = Origin.file("application-prod.yml", 7, 12);

        assertThat(origin.description()).isEqualTo("application-prod.yml:7:12");
        assertThat(origin.file()).contains("application-prod.yml");
        assertThat(origin.line()).hasValue(7);
        assertThat(origin.column()).hasValue(12);
    }

    @Test
    void freeTextOriginIsNotAFileEvenWhenItLooksLikeOne() {
        Origin origin = Origin.of("prod.env:3");

        assertThat(origin.file()).isEmpty();
        assertThat(origin.line()).isEqualTo(OptionalInt.empty());
        assertThat(origin).isNotEqualTo(Origin.file("prod.env", 3));
    }

    @Test
    void viaKeepsTheFileLineAndColumnAndAddsTheDetailToTheDescription() {
        Origin origin = Origin.file("application-prod.yml", 4, 15).via("JWT_SECRET");

        assertThat(origin.description()).isEqualTo("application-prod.yml:4:15 via JWT_SECRET");
        assertThat(origin.file()).contains("application-prod.yml");
        assertThat(origin.line()).hasValue(4);
        assertThat(origin.column()).hasValue(15);
        assertThat(Origin.environmentVariable("X").via("Y").file()).isEmpty();
    }

    @Test
    void environmentVariableAndUnknownOriginsHaveNoFile() {
        assertThat(Origin.environmentVariable("JWT_SECRET").file()).isEmpty();
        assertThat(Origin.unknown().line()).isEmpty();
    }

    @Test
    void equalFileOriginsAreEqualWithEqualHashCodes() {
        assertThat(Origin.file("a.yml", 1, 2)).isEqualTo(Origin.file("a.yml", 1, 2))
                .hasSameHashCodeAs(Origin.file("a.yml", 1, 2))
                .isNotEqualTo(Origin.file("a.yml", 1, 3));
    }

    @Test
    void lineAndColumnBelowOneAreRejectedNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Origin.file("a.env", 0))
                .withMessage("line must be at least 1, but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Origin.file("a.env", 1, -2))
                .withMessage("column must be at least 1, but was -2");
    }
}
