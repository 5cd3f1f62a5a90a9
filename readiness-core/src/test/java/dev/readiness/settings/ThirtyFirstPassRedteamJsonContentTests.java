package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, thirty-first pass, of the last pass's refusal of JSON in a properties file: the refusal looked at
 * the first line with content only, and {@code String.strip} keeps a byte order mark, so JSON saved with a UTF-8 BOM
 * ({@code \uFEFF{"app.name":"x","jwt.secret":"changeme"}}), or an object on a line after an ordinary
 * {@code app.name=x}, was read again as one key ({@code {"app.name"}) holding every other pair: GO in production.
 */
class ThirtyFirstPassRedteamJsonContentTests {

    private static final String CANARY = "G7K3M9P2Q4R8S5T6W2X3";
    private static final String JSON = "{\"app.name\":\"x\",\"jwt.secret\":\"changeme\",\"db.password\":\"" + CANARY
            + "\"}\n";

    @TempDir
    Path directory;

    @Test
    void jsonAfterAByteOrderMarkShouldBeRefusedNamingTheFileAndLine() throws IOException {
        Path json = write("settings.properties", "\uFEFF" + JSON);

        assertThatThrownBy(() -> Settings.builder().propertiesFile(json))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(json + ":1: looks like JSON, not Java properties; read it as YAML (a .yml file: JSON is"
                        + " YAML) instead")
                .hasMessageNotContaining(CANARY.substring(0, 4));
        assertThatThrownBy(() -> ConfigFiles.read(json, ConfigFiles.Format.PROPERTIES))
                .hasMessageContaining(":1: looks like JSON");
    }

    @Test
    void aJsonObjectOnALaterLineShouldBeRefusedNamingItsLine() throws IOException {
        Path mixed = write("mixed.properties", "app.name=x\n\n" + JSON);

        assertThatThrownBy(() -> Settings.builder().propertiesFile(mixed))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(mixed + ":3: looks like JSON, not Java properties; read it as YAML (a .yml file: JSON is"
                        + " YAML) instead")
                .hasMessageNotContaining(CANARY.substring(0, 4));
    }

    @Test
    void propertiesWithBracesInKeysOrValuesShouldStillBeRead() throws IOException {
        Path braces = write("ok.properties", "\uFEFFapp.name=x\napp.template={\"a\":1}\n{0}.label=first\n"
                + "spring.application.json=\\\n  {\"app.name\":\"x\"}\n[app]\n");

        Settings settings = Settings.builder().propertiesFile(braces).build();
        assertThat(settings.value("app.template")).contains("{\"a\":1}");
        assertThat(settings.value("{0}.label")).contains("first");
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
