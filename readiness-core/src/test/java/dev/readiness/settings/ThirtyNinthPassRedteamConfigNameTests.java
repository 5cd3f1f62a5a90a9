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
 * Thirty-ninth pass, hostile tester: {@code SPRING_CONFIG_NAME} was not read. Spring Boot reads
 * {@code orders.properties} and {@code orders-prod.yml} instead of {@code application.*} when the deploy sets
 * {@code SPRING_CONFIG_NAME=orders} (Spring Cloud Config Server ships {@code configserver.yml} that way), but the check
 * judged {@code application.properties}, which the service never reads, and said GO over {@code orders.properties}'s
 * {@code jwt.secret=changeme}; an application with {@code orders.yml} alone was refused as "not a Spring Boot
 * application's configuration".
 */
class ThirtyNinthPassRedteamConfigNameTests {

    @TempDir
    Path project;

    private Path resources() throws IOException {
        return Files.createDirectories(project.resolve("src/main/resources"));
    }

    private Settings settings(Map<String, String> environment, String... profiles) {
        return ApplicationConfig.builder().application(project).environment(environment).profiles(profiles).build()
                .settings();
    }

    @Test
    void theFilesSpringConfigNameNamesAreReadInsteadOfApplication() throws IOException {
        Path resources = resources();
        Files.writeString(resources.resolve("application.properties"), "app.name=orders\njwt.secret=unused\n");
        Files.writeString(resources.resolve("orders.properties"), "jwt.secret=changeme\n");
        Settings settings = settings(Map.of("SPRING_CONFIG_NAME", "orders"));
        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.get("jwt.secret").orElseThrow().origin().toString()).endsWith("orders.properties:1");
        assertThat(settings.value("app.name")).isEmpty();
    }

    @Test
    void theProfileFilesOfTheNameAreReadAndAnApplicationWithoutApplicationFilesIsJudged() throws IOException {
        Path resources = resources();
        Files.writeString(resources.resolve("orders.yml"), "jwt:\n  secret: Zq8vN3xLp0Wm7Rt2Yb5Kc9Hd4Fg6Js1A\n");
        Files.createDirectories(resources.resolve("config"));
        Files.writeString(resources.resolve("config/orders-prod.yml"), "jwt:\n  secret: changeme\n");
        Settings settings = settings(Map.of("spring.config.name", "orders"), "prod");
        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.get("jwt.secret").orElseThrow().origin().toString())
                .endsWith("config/orders-prod.yml:2:11");
    }

    @Test
    void severalNamesAreReadAndTheLaterWins() throws IOException {
        Path resources = resources();
        Files.writeString(resources.resolve("application.properties"), "jwt.secret=Zq8vN3xLp0Wm7Rt2Yb5Kc9Hd4F\n"
                + "app.name=orders\n");
        Files.writeString(resources.resolve("orders.properties"), "jwt.secret=changeme\n");
        Settings settings = settings(Map.of("SPRING_CONFIG_NAME", "application,orders"));
        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.value("app.name")).contains("orders");
    }

    @Test
    void withoutTheNameApplicationIsRead() throws IOException {
        Path resources = resources();
        Files.writeString(resources.resolve("application.properties"), "jwt.secret=changeme\n");
        Files.writeString(resources.resolve("orders.properties"), "jwt.secret=unused\n");
        assertThat(settings(Map.of()).value("jwt.secret")).contains("changeme");
    }

    @Test
    void aNameWhoseFilesAreMissingIsRefusedNamingIt() throws IOException {
        Files.writeString(resources().resolve("application.properties"), "jwt.secret=changeme\n");
        assertThatThrownBy(() -> settings(Map.of("SPRING_CONFIG_NAME", "orders")))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("has no orders.properties, orders.yml or orders.yaml")
                .hasMessageContaining("spring.config.name");
        assertThatThrownBy(() -> settings(Map.of("SPRING_CONFIG_NAME", "orders*")))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("spring.config.name");
    }
}
