package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The settings {@link ApplicationConfig} reads from an application's files must be the ones Spring Boot's own
 * {@code Environment} yields for the same files, profiles and environment variables: Spring Boot (test scope only)
 * loads the same directory and its {@code config/} as its two standard locations, in the same order as
 * {@code classpath:/} and {@code classpath:/config/}.
 */
class SpringBootEquivalenceTests {

    @TempDir
    Path resources;

    private void write(String name, String text) throws IOException {
        Path file = resources.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void assertSameAsSpringBoot(Map<String, String> environmentVariables, List<String> profiles)
            throws IOException {
        Settings ours = ApplicationConfig.builder().application(resources).environment(environmentVariables)
                .profiles(profiles.toArray(String[]::new)).build().settings();

        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.copyOf(environmentVariables)));
        Map<String, Object> commandLine = new java.util.HashMap<>();
        commandLine.put("spring.config.location", "optional:file:" + resources + "/,optional:file:" + resources
                + "/config/");
        if (!profiles.isEmpty()) {
            commandLine.put("spring.profiles.active", String.join(",", profiles));
        }
        spring.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", commandLine));
        ConfigDataEnvironmentPostProcessor.applyTo(spring, new DefaultResourceLoader(), new DefaultBootstrapContext(),
                List.of());

        for (Setting setting : ours) {
            if (setting.key().startsWith("spring.profiles") || setting.key().startsWith("spring.config")) {
                continue;
            }
            if (setting.isDeferred()) {
                assertThatThrownBy(() -> spring.getProperty(setting.key())).as(setting.key())
                        .hasMessageContaining("Could not resolve placeholder");
            } else {
                assertThat(setting.value()).as(setting.key() + " at " + setting.origin())
                        .isEqualTo(spring.getProperty(setting.key()));
            }
        }
        assertThat(List.of(spring.getActiveProfiles())).containsExactlyInAnyOrderElementsOf(
                profiles.isEmpty() ? List.of(spring.getActiveProfiles()) : profiles);
    }

    @Test
    void filesProfilesAndEnvironmentShouldResolveAsSpringBootResolvesThem() throws IOException {
        write("application.yml", """
                app:
                  name: orders
                  hosts: [a.internal, b.internal]
                  flag: yes
                  hex: 0x1F
                  day: 2024-01-31
                  empty:
                jwt:
                  secret: ${JWT_SECRET:changeme}
                url: jdbc:postgresql://${DB_HOST:localhost}:5432/${app.name}
                region: ${REGION}
                overridden: yml
                in-config: root
                by-profile: base
                ---
                spring.config.activate.on-profile: prod & !eu
                by-profile: prod-not-eu
                ---
                spring:
                  config:
                    activate:
                      on-profile: eu | staging
                by-profile: eu
                """);
        write("application.properties", "overridden=properties\nescaped=\\\\${app.name}\n#---\n"
                + "spring.config.activate.on-profile=prod\nfrom-properties-doc=prod\n");
        write("config/application.yml", "in-config: config-dir\n");
        write("application-prod.yml", "profile-file: prod\nshared: prod\n");
        write("application-live.properties", "shared=live\n");
        write("config/application-prod.properties", "config-profile: yes\n");

        assertSameAsSpringBoot(Map.of("JWT_SECRET", "from-env", "APP_NAME", "billing"), List.of("prod", "live"));
        assertSameAsSpringBoot(Map.of("DB_HOST", "db.internal"), List.of("prod", "eu"));
        assertSameAsSpringBoot(Map.of(), List.of());
    }

    @Test
    void activeProfilesFromTheFilesAndTheEnvironmentShouldMatchSpringBoot() throws IOException {
        write("application.properties", "spring.profiles.active=prod\nwhich=base\n");
        write("application-prod.properties", "which=prod\n");
        write("application-live.properties", "which=live\n");

        assertSameAsSpringBoot(Map.of(), List.of());
        assertSameAsSpringBoot(Map.of("SPRING_PROFILES_ACTIVE", "live"), List.of());
    }
}
