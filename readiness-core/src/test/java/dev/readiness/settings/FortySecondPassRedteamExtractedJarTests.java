package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-second pass, hostile tester: the directory {@code java -Djarmode=tools -jar app.jar extract} writes (the
 * application's own {@code app.jar} beside {@code lib/}, started with {@code java -jar app.jar} in that directory) was
 * exit 2 "not a Spring Boot application's configuration" for {@code --app}, though the jar inside holds the files.
 */
class FortySecondPassRedteamExtractedJarTests {

    /** A jar of entries given as name, text, name, text, … */
    private static void jar(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                jar.putNextEntry(new ZipEntry(entries[i]));
                jar.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }

    private static Path extracted(Path dir, String entry, String text) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(app.resolve("lib"));
        jar(app.resolve("lib").resolve("spring-core.jar"), "META-INF/x.txt", "x");
        jar(app.resolve("orders.jar"), entry, text);
        return app;
    }

    @Test
    void theApplicationJarOfAnExtractedDirectoryIsJudged(@TempDir Path dir) throws IOException {
        Path app = extracted(dir, "application.properties", "jwt.secret=changeme\n");

        GateCheck.app(app).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aFileBesideTheJarOverridesItAsInTheDirectoryTheServiceStartsIn(@TempDir Path dir) throws IOException {
        Path app = extracted(dir, "application.properties", "jwt.secret=vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6E\n");
        Files.writeString(app.resolve("application.properties"), "jwt.secret=changeme\n");

        GateCheck.app(app).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aProfileFileInsideTheJarIsRead(@TempDir Path dir) throws IOException {
        Path app = extracted(dir, "application.properties", "spring.profiles.active=prod\n");
        jar(app.resolve("orders.jar"), "application.properties", "spring.profiles.active=prod\n",
                "application-prod.properties", "jwt.secret=changeme\n");

        GateCheck.app(app, "prod").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aDirectoryOfTwoJarsIsStillRefused(@TempDir Path dir) throws IOException {
        Path app = extracted(dir, "application.properties", "jwt.secret=changeme\n");
        jar(app.resolve("other.jar"), "application.properties", "jwt.secret=changeme\n");

        assertThatThrownBy(() -> GateCheck.app(app)).isInstanceOf(SettingsFileException.class);
    }
}
