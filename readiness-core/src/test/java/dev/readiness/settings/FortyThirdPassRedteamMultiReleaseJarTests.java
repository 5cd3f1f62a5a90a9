package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-third pass, hostile tester: a jar whose manifest says {@code Multi-Release: true} gives a class loader on Java 9
 * and later the entry under {@code META-INF/versions/N/} in place of the one at the root, resources included, so
 * {@code META-INF/versions/17/application.properties} is what a service started with {@code java -jar app.jar} on Java
 * 17 reads. The check judged the root copy alone: a strong value there hid {@code changeme} in the versioned one.
 */
class FortyThirdPassRedteamMultiReleaseJarTests {

    private static final String STRONG = "vZTiTVbR0HgZgSEttBoWbD6cSqD6ZzgaSpVnMocYqc6Eg94O";

    private static Path jar(Path dir, boolean multiRelease, String... entries) throws IOException {
        Path file = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream jar = new ZipOutputStream(out)) {
            jar.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            jar.write(("Manifest-Version: 1.0\n" + (multiRelease ? "Multi-Release: true\n" : ""))
                    .getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            for (int i = 0; i < entries.length; i += 2) {
                jar.putNextEntry(new ZipEntry(entries[i]));
                jar.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aVersionedConfigurationFileOfAMultiReleaseJarIsNotJudgedAsTheRootOne(@TempDir Path dir) throws IOException {
        Path app = jar(dir, true, "application.properties", "jwt.secret=" + STRONG + "\n",
                "META-INF/versions/17/application.properties", "jwt.secret=changeme\n");

        assertThatThrownBy(() -> GateCheck.app(app)).isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("META-INF/versions/17/application.properties");
    }

    @Test
    void aVersionedCopyInAJarWithoutTheManifestAttributeIsNoneOfTheClassPaths(@TempDir Path dir) throws IOException {
        Path app = jar(dir, false, "application.properties", "jwt.secret=changeme\n",
                "META-INF/versions/17/application.properties", "jwt.secret=" + STRONG + "\n");

        GateCheck.app(app).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aMultiReleaseJarWithVersionedClassesOnlyIsJudged(@TempDir Path dir) throws IOException {
        Path app = jar(dir, true, "application.properties", "jwt.secret=changeme\n",
                "META-INF/versions/17/dev/x/App.class", "x");

        GateCheck.app(app).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }
}
