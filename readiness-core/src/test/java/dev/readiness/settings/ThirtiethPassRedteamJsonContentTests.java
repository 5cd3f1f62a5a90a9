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
 * JSON given to a reader of {@code key=value} lines, thirtieth pass: {@code --config settings.properties} holding
 * {@code {"app.name":"x","jwt.secret":"changeme"}} on one line was read as one key ({@code {"app.name"}) whose value
 * held every other pair, so nothing in it was judged and the check said GO.
 */
class ThirtiethPassRedteamJsonContentTests {

    private static final String CANARY = "G7K3M9P2Q4R8S5T6W2X3";

    @TempDir
    Path directory;

    @Test
    void propertiesReaderShouldRefuseJsonNamingTheFileAndLine() throws IOException {
        Path json = write("settings.properties",
                "# exported\n{\"app.name\":\"x\",\"jwt.secret\":\"changeme\",\"db.password\":\"" + CANARY + "\"}\n");

        assertThatThrownBy(() -> Settings.builder().propertiesFile(json))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(json + ":2: looks like JSON, not Java properties; read it as YAML (a .yml file: JSON is"
                        + " YAML) instead")
                .hasMessageNotContaining(CANARY.substring(0, 4));
        assertThatThrownBy(() -> ConfigFiles.read(json, ConfigFiles.Format.PROPERTIES))
                .hasMessageContaining(":2: looks like JSON");
    }

    @Test
    void dotenvReaderShouldRefuseAJsonArrayOrObject() throws IOException {
        Path array = write("prod.env", "[\n  {\"name\": \"JWT_SECRET\", \"value\": \"changeme\"}\n]\n");
        Path object = write("other.env", "  {\n\"JWT_SECRET\": \"a=b\"\n}\n");

        assertThatThrownBy(() -> Settings.builder().dotenvFile(array))
                .hasMessage(array + ":1: looks like JSON, not a dotenv file of KEY=value lines; read it as YAML (a"
                        + " .yml file: JSON is YAML) instead");
        assertThatThrownBy(() -> Settings.builder().dotenvFile(object)).hasMessageContaining(":1: looks like JSON");
    }

    @Test
    void propertiesThatOnlyBeginWithABracketShouldStillBeRead() throws IOException {
        // an INI section header and a key written with an index are not JSON
        Path ini = write("legacy.properties", "[app]\npassword = " + CANARY + "\n");
        Path indexed = write("list.properties", "[0].name=first\n");

        assertThat(Settings.builder().propertiesFile(ini).build().value("password")).contains(CANARY);
        assertThat(Settings.builder().propertiesFile(indexed).build().value("[0].name")).contains("first");
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(directory.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
