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
 * Forty-third pass, hostile tester: the other directories a Spring Boot jar is unpacked into for a container image were
 * exit 2 "not a Spring Boot application's configuration" for {@code --app} (the forty-second pass's open item):
 * {@code java -Djarmode=tools -jar app.jar extract --layers} ({@code application/app.jar} beside
 * {@code dependencies/lib/}), the older {@code -Djarmode=layertools extract} ({@code application/BOOT-INF/classes/}
 * beside {@code dependencies/BOOT-INF/lib/}) and a jar unzipped as Spring Boot documents it for
 * {@code java -cp . JarLauncher} ({@code BOOT-INF/classes/} at the root).
 */
class FortyThirdPassRedteamLayeredDirectoryTests {

    private static void jar(Path file, String... entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                jar.putNextEntry(new ZipEntry(entries[i]));
                jar.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }

    private static void file(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theApplicationLayerOfAToolsLayeredExtractIsJudged(@TempDir Path dir) throws IOException {
        jar(dir.resolve("dependencies/lib/spring-core.jar"), "META-INF/x.txt", "x");
        Files.createDirectories(dir.resolve("spring-boot-loader"));
        jar(dir.resolve("application/orders.jar"), "application.properties", "jwt.secret=changeme\n");

        GateCheck.app(dir).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void theApplicationLayerOfALayertoolsExtractIsJudged(@TempDir Path dir) throws IOException {
        jar(dir.resolve("dependencies/BOOT-INF/lib/spring-core.jar"), "META-INF/x.txt", "x");
        file(dir.resolve("application/META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");
        file(dir.resolve("application/BOOT-INF/classes/application.properties"), "jwt.secret=changeme\n");

        GateCheck.app(dir).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aProfileFileOfALayertoolsExtractIsRead(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dependencies/BOOT-INF/lib"));
        file(dir.resolve("application/BOOT-INF/classes/application.properties"), "server.port=8080\n");
        file(dir.resolve("application/BOOT-INF/classes/application-prod.properties"), "jwt.secret=changeme\n");

        GateCheck.app(dir, "prod").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void anUnzippedJarIsJudgedFromItsClasses(@TempDir Path dir) throws IOException {
        file(dir.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");
        file(dir.resolve("BOOT-INF/classes/config/application.yml"), "jwt:\n  secret: changeme\n");
        jar(dir.resolve("BOOT-INF/lib/spring-core.jar"), "META-INF/x.txt", "x");

        GateCheck.app(dir).hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
    }

    @Test
    void aLayeredDirectoryWithTwoApplicationJarsIsStillRefused(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dependencies/lib"));
        jar(dir.resolve("application/orders.jar"), "application.properties", "jwt.secret=changeme\n");
        jar(dir.resolve("application/other.jar"), "application.properties", "jwt.secret=changeme\n");

        assertThatThrownBy(() -> GateCheck.app(dir)).isInstanceOf(SettingsFileException.class);
    }
}
