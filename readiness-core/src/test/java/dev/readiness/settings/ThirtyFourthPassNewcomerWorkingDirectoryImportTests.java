package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty-fourth pass, newcomer: a Spring Boot 4 service imports {@code optional:file:.env[.properties]}, as Boot's
 * documentation shows, and a {@code configtree:} whose directory a variable of that file may move
 * ({@code optional:configtree:${WIDGET_SECRETS_DIR:/var/run/secrets/widget/}}). Checked with {@code --k8s} from the
 * project directory, the developer's git-ignored {@code .env} was read without a word, its
 * {@code WIDGET_SECRETS_DIR=./secrets/} moved the configtree away from the Secret the manifest mounts, and a sound
 * webhook secret of that Secret became a NO-GO on the application's development default. The file is still read
 * (a service started there reads it too), but the check now says that it read a file from its own working
 * directory, naming the import's line and never the file's path.
 */
class ThirtyFourthPassNewcomerWorkingDirectoryImportTests {

    @TempDir
    Path directory;

    private Path local;

    @BeforeEach
    void localFile() throws IOException {
        // a path relative to the working directory the tests run in (the module's directory)
        local = Path.of("target", "thirty-fourth-pass-" + ProcessHandle.current().pid() + ".env");
        Files.createDirectories(local.getParent());
        Files.writeString(local, "WIDGET_SECRETS_DIR=./secrets/\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void removeLocalFile() throws IOException {
        Files.deleteIfExists(local);
    }

    private ApplicationConfig app(String imports) throws IOException {
        Files.writeString(directory.resolve("application.yml"),
                "spring:\n  config:\n    import: " + imports + "\nkept: yes\n", StandardCharsets.UTF_8);
        return ApplicationConfig.builder().application(directory).build();
    }

    @Test
    void aRelativeOptionalFileReadFromTheWorkingDirectoryIsSaid() throws IOException {
        ApplicationConfig config = app("optional:file:" + local + "[.properties]");

        assertThat(config.settings().value("WIDGET_SECRETS_DIR")).contains("./secrets/");
        List<String> notices = config.notices();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0))
                .startsWith(directory.resolve("application.yml") + ":3:13: an optional spring.config.import file"
                        + " relative to the working directory was read from the directory the check runs in")
                .contains("judged as if it were deployed")
                .doesNotContain(local.getFileName().toString());
    }

    @Test
    void anAbsoluteFileIsTheDeployMachinesAndSaysNothing() throws IOException {
        ApplicationConfig config = app("optional:file:" + local.toAbsolutePath() + "[.properties]");

        assertThat(config.settings().value("WIDGET_SECRETS_DIR")).contains("./secrets/");
        assertThat(config.notices()).isEmpty();
    }

    @Test
    void aFileBesideTheImportingFileSaysNothing() throws IOException {
        Files.writeString(directory.resolve("extra.properties"), "extra=yes\n", StandardCharsets.UTF_8);
        ApplicationConfig config = app("optional:extra.properties");

        assertThat(config.settings().value("extra")).contains("yes");
        assertThat(config.notices()).isEmpty();
    }

    @Test
    void aMissingOneKeepsItsOwnNotice() throws IOException {
        List<String> notices = app("optional:file:target/thirty-fourth-pass-absent.env[.properties]").notices();

        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("an optional spring.config.import file is not here");
    }
}
