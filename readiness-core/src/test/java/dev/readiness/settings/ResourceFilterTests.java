package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's resource filtering ({@link ResourceFilter}): the Maven goal judges a filtered file as the jar holds it,
 * {@code @db.password@} filled from the POM (hostile testing of the forty-sixth pass found it judged as written).
 */
class ResourceFilterTests {

    /** Fills {@code @db.password@} as Maven's filtering with the POM property {@code db.password=changeme} would. */
    private static final ResourceFilter POM = (file, text) -> text.replace("@db.password@", "changeme");

    @TempDir
    Path directory;

    @Test
    void aFilteredFileShouldBeReadAsTheBuildWritesItAndNamedByItsSourceLine() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://orders-db:5432/orders
                spring.datasource.password=@db.password@
                """);

        Settings filtered = ApplicationConfig.builder().application(directory).resourceFilter(POM).build().settings();
        Settings written = ApplicationConfig.builder().application(directory).build().settings();

        assertThat(filtered.value("spring.datasource.password")).contains("changeme");
        assertThat(filtered.get("spring.datasource.password").orElseThrow().origin().description())
                .endsWith("application.properties:2");
        assertThat(written.value("spring.datasource.password")).contains("@db.password@");
    }

    @Test
    void profileFilesAndFurtherResourceDirectoriesShouldBeFilteredToo() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", "app.name=orders\n");
        TestFiles.write(directory, "src/main/resources/application-prod.properties", "jwt.secret=@db.password@\n");
        Path config = directory.resolve("src/main/config");
        TestFiles.write(directory, "src/main/config/application-prod.yml", "mail:\n  password: '@db.password@'\n");

        Settings settings = ApplicationConfig.builder().profiles("prod").application(directory, List.of(config))
                .resourceFilter(POM).build().settings();

        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.value("mail.password")).contains("changeme");
    }

    @Test
    void aPackagedJarShouldNeverBeFilteredAgain() throws IOException {
        Path jar = directory.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("application.properties"));
            zip.write("spring.datasource.password=@db.password@\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        List<Path> asked = new ArrayList<>();

        Settings settings = ApplicationConfig.builder().application(jar).resourceFilter((file, text) -> {
            asked.add(file);
            return "spring.datasource.password=filled\n";
        }).build().settings();

        assertThat(asked).isEmpty();
        assertThat(settings.value("spring.datasource.password")).contains("@db.password@");
    }

    @Test
    void aFilteringThatFailsShouldNameTheFileAndNeverQuoteAnUnexpectedException() throws IOException {
        TestFiles.write(directory, "src/main/resources/application.properties", "a=@missing.filter@\n");

        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory)
                .resourceFilter((file, text) -> {
                    throw new IOException("filter file src/main/filters/prod.properties not found");
                }).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("application.properties")
                .hasMessageContaining("resource filtering")
                .hasMessageContaining("filter file src/main/filters/prod.properties not found");
        assertThatThrownBy(() -> ApplicationConfig.builder().application(directory)
                .resourceFilter((file, text) -> {
                    throw new IllegalStateException(text);
                }).build())
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("IllegalStateException")
                .hasMessageNotContaining("@missing.filter@");
    }
}
