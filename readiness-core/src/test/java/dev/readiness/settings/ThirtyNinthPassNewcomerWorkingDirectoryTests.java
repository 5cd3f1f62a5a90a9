package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty-ninth pass, newcomer: {@code ApplicationConfig.Builder.workingDirectory} names the directory the service
 * starts in, from which a relative {@code file:} import ({@code optional:file:.env[.properties]}) is read; without
 * it the check's own directory is, as the CLI documents.
 */
class ThirtyNinthPassNewcomerWorkingDirectoryTests {

    @TempDir
    Path module;

    private void writeModule() throws Exception {
        Path resources = Files.createDirectories(module.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  config:
                    import: optional:file:./.env[.properties]
                afrigest:
                  jwt:
                    access-secret: ${JWT_ACCESS_SECRET}
                """);
        Files.writeString(module.resolve(".env"), "JWT_ACCESS_SECRET=changeme\n");
    }

    @Test
    void aRelativeFileImportIsReadFromTheWorkingDirectoryGiven() throws Exception {
        writeModule();
        ApplicationConfig config = ApplicationConfig.builder().application(module).workingDirectory(module).build();

        Setting secret = config.settings().get("afrigest.jwt.access-secret").orElseThrow();
        assertThat(secret.value()).isEqualTo("changeme");
        assertThat(config.settings().get("JWT_ACCESS_SECRET").orElseThrow().origin().description())
                .isEqualTo(module.resolve(".env") + ":1");
    }

    @Test
    void withoutOneItIsReadFromTheChecksDirectory() throws Exception {
        writeModule();
        assertThat(Path.of(".env").toAbsolutePath()).doesNotExist();

        ApplicationConfig config = ApplicationConfig.builder().application(module).build();

        assertThat(config.settings().get("JWT_ACCESS_SECRET")).isEmpty();
    }
}
