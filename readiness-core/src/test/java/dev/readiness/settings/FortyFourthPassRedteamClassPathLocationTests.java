package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-fourth pass, hostile tester: a {@code classpath:} location set in the environment
 * ({@code SPRING_CONFIG_LOCATION=classpath:/nothing/}, {@code SPRING_CONFIG_IMPORT=classpath:/nothing.properties})
 * that the application given does not hold was a deferred INFO ("a directory on the deploy machine") and the check
 * was GO, though a {@code classpath:} location is the application's own class path and Spring Boot stops start-up
 * when a location that is not {@code optional:} finds nothing (the forty-third pass's open item). The location
 * replaces the application's own files, so the GO judged nothing at all.
 */
class FortyFourthPassRedteamClassPathLocationTests {

    @TempDir
    Path directory;

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private ApplicationConfig.Builder app() {
        return ApplicationConfig.builder().application(directory.resolve("src/main/resources"));
    }

    @Test
    void aClassPathDirectoryLocationTheApplicationDoesNotHoldShouldBeAnErrorNamingTheVariablesLine()
            throws IOException {
        write("src/main/resources/application.properties", "jwt.secret=changeme\n");
        Path env = write("prod.env", "SPRING_CONFIG_LOCATION=classpath:/nothing/\n");

        assertThatThrownBy(() -> app().envFile(env).build()).isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(env + ":1: spring.config.location of directory ").hasMessageContaining("nothing")
                .hasMessageContaining("Spring Boot stops start-up");
    }

    @Test
    void aClassPathFileImportTheApplicationDoesNotHoldShouldBeAnErrorNamingTheVariablesLine() throws IOException {
        write("src/main/resources/application.properties", "jwt.secret=changeme\n");
        Path env = write("prod.env", "SERVER_PORT=8080\nSPRING_CONFIG_IMPORT=classpath:/nothing.properties\n");

        assertThatThrownBy(() -> app().envFile(env).build()).isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith(env + ":2: ").hasMessageContaining("nothing.properties")
                .hasMessageContaining("Spring Boot stops start-up");
    }

    @Test
    void anOptionalClassPathLocationOrOneTheApplicationHoldsOrOneWithoutTheApplicationStillReads()
            throws IOException {
        write("src/main/resources/application.properties", "url=from-application\n");
        write("src/main/resources/custom/application.properties", "url=from-custom\n");

        Settings optional = app().environment(Map.of("SPRING_CONFIG_LOCATION", "optional:classpath:/nothing/"))
                .build().settings();
        Settings held = app().environment(Map.of("SPRING_CONFIG_LOCATION", "classpath:/custom/")).build()
                .settings();
        Settings withoutApplication = ApplicationConfig.builder()
                .environment(Map.of("SPRING_CONFIG_LOCATION", "classpath:/nothing/")).build().settings();
        Settings fileLocation = app().environment(Map.of("SPRING_CONFIG_LOCATION", "file:/nowhere/config/")).build()
                .settings();

        assertThat(optional.contains("url")).isFalse();
        assertThat(held.value("url")).contains("from-custom");
        assertThat(withoutApplication.get("spring.config.location[classpath]")).get().matches(Setting::isDeferred);
        assertThat(fileLocation.get("spring.config.location[file]")).get().matches(Setting::isDeferred);
    }
}
