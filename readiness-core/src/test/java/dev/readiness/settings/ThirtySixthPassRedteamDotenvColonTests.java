package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-sixth pass: the dotenv reader's YAML-style separator ({@code KEY: value}, thirty-fifth
 * session) copied and checked the whole text before every colon followed by a blank, so one line of 1 MB made of
 * {@code ": "} pairs after an invalid key kept the check busy for two minutes (30 s of CPU) before its exit 2, and a
 * 16 MB file for hours. A key holds no colon, so only the first such colon of a line can end a key.
 */
class ThirtySixthPassRedteamDotenvColonTests {

    @Test
    void aLineOfManyColonsAfterAnInvalidKeyShouldBeRefusedAtOnce() {
        String line = "a b" + ": ".repeat(2_000_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                () -> DotenvParser.parse("colons.env", "A=1\n" + line))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("colons.env").hasMessageContaining("2").hasMessageContaining("no '='"));
    }

    @Test
    void aValidKeyShouldStillEndAtTheFirstColonFollowedByABlank() {
        assertThat(DotenvParser.parse("a.env", "export KEY: a: b: c\nOTHER:\tx\n"))
                .extracting(Setting::key, Setting::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KEY", "a: b: c"),
                        org.assertj.core.groups.Tuple.tuple("OTHER", "x"));
    }

    @Test
    void aColonInsideAKeyShouldStillMakeTheKeyInvalid() {
        assertThatThrownBy(() -> DotenvParser.parse("a.env", "a:b: c\n"))
                .isInstanceOf(SettingsFileException.class).hasMessageContaining("a.env:1");
        assertThatThrownBy(() -> DotenvParser.parse("a.env", "Note that: this: KEY: v\n"))
                .isInstanceOf(SettingsFileException.class).hasMessageContaining("no '='");
    }
}
