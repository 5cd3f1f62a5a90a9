package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzz targets (Jazzer) for the dotenv and properties readers. In a normal build they run once per
 * seed in {@code src/test/resources/dev/readiness/settings/SettingsReadersCoverageFuzzTestsInputs/<method>/}
 * (regression mode); with {@code JAZZER_FUZZ=1} Jazzer mutates inputs guided by coverage (see
 * docs/reference/fuzzing.md). Invariant: the readers give settings whose origins name a line that exists, or a
 * {@link SettingsFileException} naming the file and a line that exists; no other exception escapes.
 */
class SettingsReadersCoverageFuzzTests {

    @FuzzTest(maxDuration = "2m")
    void dotenvShouldGiveSettingsOrAFileError(@NotNull String text) {
        assertReadsOrRejects(text, true);
    }

    @FuzzTest(maxDuration = "2m")
    void propertiesShouldGiveSettingsOrAFileError(@NotNull String text) {
        assertReadsOrRejects(text, false);
    }

    @FuzzTest(maxDuration = "2m")
    void decodingShouldGiveTextOrAFileError(byte @NotNull [] bytes) {
        try {
            assertThat(SettingsFiles.decode("fuzz.env", bytes, SettingsFiles.Encoding.STRICT_UTF_8)).isNotNull();
        } catch (SettingsFileException e) {
            assertThat(e.line()).isPresent();
            assertThat(e.getMessage()).startsWith("fuzz.env:" + e.line().getAsInt() + ": ");
        }
        try {
            assertThat(SettingsFiles.decode("fuzz.properties", bytes, SettingsFiles.Encoding.UTF_8_ELSE_ISO_8859_1))
                    .isNotNull();
        } catch (SettingsFileException binary) {
            assertThat(binary.getMessage()).startsWith("fuzz.properties: is not text");
        }
    }

    private static void assertReadsOrRejects(String text, boolean dotenv) {
        int lines = lineCount(text);
        try {
            SettingsBuilder builder = Settings.builder();
            Settings settings = (dotenv ? builder.dotenv("fuzz.env", text) : builder.properties("fuzz.env", text))
                    .build();
            for (Setting setting : settings) {
                String origin = setting.origin().description();
                assertThat(origin).startsWith("fuzz.env:");
                assertThat(Integer.parseInt(origin.substring("fuzz.env:".length()))).isBetween(1, lines);
            }
        } catch (SettingsFileException e) {
            assertThat(e.file()).isEqualTo("fuzz.env");
            assertThat(e.line()).isPresent();
            assertThat(e.line().getAsInt()).isBetween(1, lines);
            assertThat(e.getMessage()).startsWith("fuzz.env:" + e.line().getAsInt() + ": ");
        }
    }

    private static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
