package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextContentTests {

    private static final String CANARY = "Qz8XwKp3LmRtYc9Bn2VjHs";

    @TempDir
    Path directory;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    @Test
    void propertiesReaderShouldRefuseYamlNamingTheLine() throws IOException {
        Path yaml = file("application.properties", ("# settings\nspring:\n  datasource:\n    password: " + CANARY
                + "\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Settings.builder().propertiesFile(yaml))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(yaml + ":2: looks like YAML (nested keys), not Java properties; read it as YAML (a .yml"
                        + " file) instead");
    }

    @Test
    void propertiesReaderShouldRefuseXmlPropertiesNamingTheLine() throws IOException {
        // read as key=value lines, <entry key="jwt.secret">changeme</entry> judged nothing and the check said GO
        Path xml = file("application.properties", ("\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE properties"
                + " SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n<properties>\n  <entry key=\"jwt.secret\">"
                + CANARY + "</entry>\n</properties>\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Settings.builder().propertiesFile(xml))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage(xml + ":2: looks like XML, not Java properties; a settings file in XML is not judged");
        Path env = file("prod.env", "<properties>\n<entry key=\"JWT_SECRET\">x</entry>\n</properties>\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Settings.builder().dotenvFile(env)).hasMessageContaining(":1: looks like XML");
    }

    @Test
    void dotenvReaderShouldRefuseYaml() throws IOException {
        Path yaml = file("prod.env", "jwt:\n  - secret\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Settings.builder().dotenvFile(yaml)).hasMessageContaining("looks like YAML");
    }

    @Test
    void readersShouldRefuseUtf16AndUtf32() throws IOException {
        Path utf16 = file("a.properties", "\uFEFFa=1\n".getBytes(StandardCharsets.UTF_16LE));
        Path utf16be = file("b.env", "\uFEFFA=1\n".getBytes(StandardCharsets.UTF_16BE));
        Path utf32 = file("c.env", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'A'});

        assertThatThrownBy(() -> Settings.builder().propertiesFile(utf16)).hasMessage(utf16
                + ": is UTF-16 text (it starts with a byte order mark); save it as UTF-8");
        assertThatThrownBy(() -> Settings.builder().dotenvFile(utf16be)).hasMessageContaining("is UTF-16 text");
        assertThatThrownBy(() -> Settings.builder().dotenvFile(utf32)).hasMessageContaining("is UTF-32 text");
    }

    @Test
    void readersShouldRefuseUtf16WithoutAByteOrderMark() throws IOException {
        Path utf16 = file("a.properties", "a=1\nb=2\n".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> Settings.builder().propertiesFile(utf16))
                .hasMessage(utf16 + ":1: contains a NUL byte: a binary or UTF-16 file, not a settings file; save it"
                        + " as UTF-8 text");
    }

    @Test
    void readersShouldRefuseBinaryContent() throws IOException {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (0x80 + i % 100);
        }
        Path image = file("logo.properties", binary);
        Path control = file("c.env", "A=1\nB=\u0007bell\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Settings.builder().propertiesFile(image)).hasMessageContaining("is not text");
        assertThatThrownBy(() -> Settings.builder().dotenvFile(control))
                .hasMessage(control + ":2: contains a control character: not a text settings file");
    }

    @Test
    void ordinaryFilesShouldStillBeRead() throws IOException {
        Path latin1 = file("legacy.properties", "name=Jos\u00e9\nurl: https://x\n".getBytes(StandardCharsets.ISO_8859_1));
        Path colonValues = file("app.properties", "server.port: 8080\nlogging.level.root: INFO\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatCode(() -> Settings.builder().propertiesFile(latin1).propertiesFile(colonValues))
                .doesNotThrowAnyException();
    }
}
