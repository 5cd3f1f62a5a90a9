package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
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

    private Settings assertSameAsSpringBoot(Map<String, String> environmentVariables, List<String> profiles)
            throws IOException {
        Settings ours = ApplicationConfig.builder().application(resources).environment(environmentVariables)
                .profiles(profiles.toArray(String[]::new)).build().settings();

        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.copyOf(environmentVariables)));
        Map<String, Object> commandLine = new java.util.HashMap<>();
        if (!environmentVariables.containsKey("SPRING_CONFIG_LOCATION")) {
            commandLine.put("spring.config.location", "optional:file:" + resources + "/;optional:file:" + resources
                    + "/config/");
        }
        if (!profiles.isEmpty()) {
            commandLine.put("spring.profiles.active", String.join(",", profiles));
        }
        spring.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", commandLine));
        ClassLoader classPath = new URLClassLoader(new URL[] {resources.toUri().toURL()},
                getClass().getClassLoader());
        ConfigDataEnvironmentPostProcessor.applyTo(spring, new DefaultResourceLoader(classPath),
                new DefaultBootstrapContext(), List.of());

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
        return ours;
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

    @Test
    void defaultProfilesAndTwoSpellingsOfOneKeyShouldMatchSpringBoot() throws IOException {
        // twenty-third pass: spring.profiles.default applies when no profile is active; of jwt.secret and JWT_SECRET
        // (or jwt.SECRET) in one file Spring Boot reads the canonical spelling, wherever it stands
        write("application.properties", "spring.profiles.default=prod\njwt.secret=changeme\n"
                + "JWT_SECRET=Zq8wX3vRk2Lp9Tn4Hs7Yd1Fm6Cb5Gj0aQe3Wr8Ty2Ui\nAPI_KEY=one\napi.key=two\n");
        write("application-prod.yml", "which: prod\nmail:\n  password: changeme\n  PASSWORD: Zq8wX3vRk2Lp9Tn4\n");

        Settings settings = assertSameAsSpringBoot(Map.of(), List.of());

        assertThat(settings.value("which")).contains("prod");
        assertThat(settings.value("jwt.secret")).contains("changeme");
        assertThat(settings.value("mail.password")).contains("changeme");
    }

    @Test
    void importedFilesShouldLayerAsSpringBootLayersThem() throws IOException {
        Path outside = Files.createDirectories(resources.resolve("../outside-" + resources.getFileName()).normalize());
        Files.writeString(outside.resolve("absolute.properties"), "from-absolute=absolute\nk1=absolute\n");
        Path tree = Files.createDirectories(outside.resolve("tree/db"));
        Files.writeString(tree.resolve("password"), "tree-value\n");
        Files.writeString(outside.resolve("tree/api-key"), "key-value");
        Files.createDirectories(outside.resolve("tree/..data"));
        Files.writeString(outside.resolve("tree/..data/hidden"), "never read");
        write("application.yml", """
                spring:
                  config:
                    import:
                      - extra.yml
                      - optional:missing.yml
                      - classpath:sub/more.properties
                      - optional:conf/
                      - hinted[.yml]
                      - file:%s/absolute.properties
                      - optional:configtree:%s/tree/
                k1: application
                k3: application
                k5: application
                k6: application
                ---
                k3: second-document
                ---
                spring.config.activate.on-profile: prod
                spring.config.import: prod-only.properties
                k7: prod-document
                """.formatted(outside, outside));
        write("extra.yml", """
                spring.config.import: a.yml, b.yml
                k1: extra
                k2: extra
                k3: extra
                k5: extra
                from-extra: yes
                """);
        write("extra-prod.yml", "k2: extra-prod\nk4: extra-prod\n");
        write("a.yml", "k6: a\nfrom-a: a\n");
        write("b.yml", "k6: b\n");
        write("sub/more.properties", "from-classpath=more\nk8=more\n");
        write("sub/more-prod.properties", "k8=more-prod\n");
        write("conf/application.yml", "from-directory: conf\n");
        write("hinted", "from-hint: hinted\n");
        write("prod-only.properties", "k7=prod-only\n");
        write("application.properties", "k5=properties\n");
        write("application-prod.yml", "k4: application-prod\n");

        Settings withProfile = assertSameAsSpringBoot(Map.of(), List.of("prod"));
        assertThat(withProfile.value("k1")).contains("absolute");
        assertThat(withProfile.value("k2")).contains("extra-prod");
        assertThat(withProfile.value("k3")).contains("second-document");
        assertThat(withProfile.value("k4")).contains("extra-prod");
        assertThat(withProfile.value("k5")).contains("properties");
        assertThat(withProfile.value("k6")).contains("b");
        assertThat(withProfile.value("k7")).contains("prod-only");
        assertThat(withProfile.value("k8")).contains("more-prod");
        assertThat(withProfile.value("db.password")).contains("tree-value");
        assertThat(withProfile.value("api-key")).contains("key-value");
        assertThat(withProfile.contains("hidden")).isFalse();
        assertThat(withProfile.get("from-extra")).get().extracting(setting -> setting.origin().toString())
                .isEqualTo(resources.resolve("extra.yml") + ":6:13");
        assertThat(withProfile.value("from-a")).contains("a");
        assertThat(withProfile.value("from-classpath")).contains("more");
        assertThat(withProfile.value("from-directory")).contains("conf");
        assertThat(withProfile.value("from-hint")).contains("hinted");
        assertThat(withProfile.value("from-absolute")).contains("absolute");

        Settings withoutProfile = assertSameAsSpringBoot(Map.of(), List.of());
        assertThat(withoutProfile.value("k2")).contains("extra");
        assertThat(withoutProfile.contains("k7")).isFalse();
    }

    @Test
    void locationsAndImportsSetInTheEnvironmentShouldBeReadAsSpringBootReadsThem() throws IOException {
        Path outside = Files.createDirectories(resources.resolve("../env-" + resources.getFileName()).normalize());
        Files.writeString(outside.resolve("extra.yml"), "k1: extra\nk2: extra\nspring.config.import: nested.properties\n");
        Files.writeString(outside.resolve("extra-prod.yml"), "k2: extra-prod\n");
        Files.writeString(outside.resolve("nested.properties"), "k3=nested\n");
        Files.createDirectories(outside.resolve("more"));
        Files.writeString(outside.resolve("more/application.yml"), "k1: more\nk4: more\nk5: more\n");
        Files.writeString(outside.resolve("more/application-prod.properties"), "k5=more-prod\n");
        write("application.yml", "k1: application\nk2: application\nk3: application\nk4: application\n"
                + "k6: application\n");
        write("application-prod.yml", "k6: application-prod\n");
        write("custom/application.yml", "k1: custom\nk7: custom\n");
        write("custom/application-prod.yml", "k7: custom-prod\n");
        Map<String, String> environment = Map.of(
                "SPRING_CONFIG_IMPORT", "file:" + outside + "/extra.yml, optional:file:" + outside + "/absent.yml",
                "SPRING_CONFIG_ADDITIONAL_LOCATION", outside + "/more/");

        Settings withProfile = assertSameAsSpringBoot(environment, List.of("prod"));
        assertThat(java.util.stream.Stream.of("k1", "k2", "k3", "k4", "k5", "k6")
                .map(key -> withProfile.value(key).orElse("(none)")))
                .containsExactly("extra", "extra-prod", "nested", "more", "more-prod", "application-prod");
        assertThat(withProfile.get("k1")).get().extracting(setting -> setting.origin().toString())
                .isEqualTo(outside.resolve("extra.yml") + ":1:5");

        Settings withoutProfile = assertSameAsSpringBoot(environment, List.of());
        assertThat(withoutProfile.value("k2")).contains("extra");
        assertThat(withoutProfile.value("k5")).contains("more");

        Settings replaced = assertSameAsSpringBoot(Map.of("SPRING_CONFIG_LOCATION", "classpath:/custom/"),
                List.of("prod"));
        assertThat(replaced.value("k1")).contains("custom");
        assertThat(replaced.value("k7")).contains("custom-prod");
        assertThat(replaced.contains("k2")).isFalse();
    }
}
