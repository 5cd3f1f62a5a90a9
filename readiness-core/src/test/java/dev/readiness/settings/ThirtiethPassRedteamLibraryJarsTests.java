package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile jars for {@code check --app}, thirtieth pass: the libraries of a Spring Boot jar are listed from their
 * central directories (as Spring Boot's class loader lists them), not by inflating every entry; a jar whose libraries
 * hold more entries than any service's is refused at once, naming the jar.
 */
class ThirtiethPassRedteamLibraryJarsTests {

    @TempDir
    Path directory;

    @Test
    void aLibraryWhoseClassesCannotBeInflatedShouldStillGiveItsConfigurationFile() throws IOException {
        // Spring Boot's loader finds a library's resource through its central directory; streaming the library
        // inflated every class before it, and a class it could not inflate made the whole library unread
        byte[] library = corruptFirstEntry(zip("com/acme/Broken.class", "x".repeat(4_000),
                "application-prod.yml", "jwt.secret: changeme\n"));
        Path jar = directory.resolve("app.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            text(zip, "BOOT-INF/classes/application.yml", "server.port: 8080\n");
            stored(zip, "BOOT-INF/lib/starter.jar", library);
        }

        Settings settings = ApplicationConfig.builder().application(jar).profiles("prod").build().settings();

        assertThat(settings.get("jwt.secret").orElseThrow())
                .satisfies(s -> assertThat(s.value()).isEqualTo("changeme"))
                .satisfies(s -> assertThat(s.origin().description())
                        .isEqualTo(jar + "!/BOOT-INF/lib/starter.jar!/application-prod.yml:1:13"));
    }

    @Test
    void librariesHoldingMoreEntriesThanAnyServiceShouldBeRefusedNamingTheJar() throws IOException {
        Path jar = directory.resolve("hostile.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            text(zip, "BOOT-INF/classes/App.class", "cafe");
            for (int library = 0; library < 3; library++) {
                Object[] entries = new Object[120];
                for (int entry = 0; entry < 60; entry++) {
                    entries[2 * entry] = "com/acme/C" + entry + ".class";
                    entries[2 * entry + 1] = "x";
                }
                stored(zip, "BOOT-INF/lib/lib" + library + ".jar", zip(entries));
            }
        }

        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThatThrownBy(() -> ClassPathRoot.libraryConfigFiles(zip, "BOOT-INF/",
                    new LibraryJars(zip, "hostile.jar", 100)))
                    .isInstanceOf(SettingsFileException.class)
                    .hasMessage("hostile.jar: its libraries hold more than 100 entries (counted up to"
                            + " BOOT-INF/lib/lib1.jar), far more than a service's jar: refused unread, as a hostile"
                            + " archive may be");
            assertThat(ClassPathRoot.libraryConfigFiles(zip, "BOOT-INF/", new LibraryJars(zip, "hostile.jar", 180)))
                    .isEmpty();
        }
    }

    private static byte[] zip(Object... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                text(zip, (String) namesAndTexts[i], (String) namesAndTexts[i + 1]);
            }
        }
        return bytes.toByteArray();
    }

    /** Overwrites the middle of the first entry's deflated data, so it cannot be inflated. */
    private static byte[] corruptFirstEntry(byte[] zip) {
        int data = 30 + (zip[26] & 0xFF | (zip[27] & 0xFF) << 8) + (zip[28] & 0xFF | (zip[29] & 0xFF) << 8);
        for (int i = data; i < data + 8; i++) {
            zip[i] = (byte) 0xFF;
        }
        return zip;
    }

    private static void text(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
