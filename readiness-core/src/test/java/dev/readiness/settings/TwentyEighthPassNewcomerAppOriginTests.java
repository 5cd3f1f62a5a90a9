package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Session 28's newcomer ran {@code check --app . --profile prod} and read every finding as
 * {@code ./src/main/resources/application.yml:39:19}, where the Maven goal names the same line
 * {@code src/main/resources/application.yml:39:19}. A project directory given with a leading {@code ./} no longer
 * puts it in front of its resources' origins.
 */
class TwentyEighthPassNewcomerAppOriginTests {

    private static Path project() throws Exception {
        Path project = Path.of("target", "newcomer-28-" + UUID.randomUUID());
        Path resources = project.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.yml"), "spring:\n  application:\n    name: orders\n");
        return project;
    }

    private static String originOf(Path application) {
        Settings settings = ApplicationConfig.builder().application(application).build().settings();
        return settings.get("spring.application.name").orElseThrow().origin().file().orElseThrow();
    }

    @Test
    void aLeadingDotIsNotPartOfTheOrigin() throws Exception {
        Path project = project();
        assertThat(originOf(Path.of(".").resolve(project)))
                .isEqualTo(project.resolve("src/main/resources/application.yml").toString());
    }

    @Test
    void aProjectWithoutTheDotIsNamedAsBefore() throws Exception {
        Path project = project();
        assertThat(originOf(project)).isEqualTo(project.resolve("src/main/resources/application.yml").toString());
        assertThat(originOf(project.toAbsolutePath()))
                .isEqualTo(project.toAbsolutePath().resolve("src/main/resources/application.yml").toString());
    }
}
