package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/**
 * A start switched off in a configuration file preloads nothing: {@link SwitchInFiles} finds the switch in the files
 * Spring Boot is about to read and holds the preload back until the prepared environment says whether readiness is on;
 * a launch switched off with any value Spring Boot reads as {@code false} preloads nothing at all.
 */
class ThirtyFirstPassBootSwitchInFilesTests {

    @TempDir
    Path directory;

    @Test
    void aPropertiesOrYamlFileThatSetsTheSwitchToAnythingButTrueShouldMayBeOff() {
        assertThat(mentionsOff("server.port=8080\nreadiness.enabled=false\n")).isTrue();
        assertThat(mentionsOff("readiness.enabled: ${READINESS_ON:true}\n")).isTrue();
        assertThat(mentionsOff("readiness:\n  stage: production\n  enabled: false\n")).isTrue();
        assertThat(mentionsOff("readiness:\r\n    enabled: 'off'\r\n")).isTrue();
        assertThat(mentionsOff("readiness: {enabled: false}\n")).isTrue();
        assertThat(mentionsOff("<entry key=\"readiness.enabled\">false</entry>\n")).isTrue();
    }

    @Test
    void aFileThatSaysTrueOrOnlyOtherSwitchesShouldNotBeOff() {
        assertThat(mentionsOff("readiness.enabled=true\nreadiness.stage=production\n")).isFalse();
        assertThat(mentionsOff("readiness:\n  enabled: true\n")).isFalse();
        assertThat(mentionsOff("management:\n  health:\n    enabled: false\nreadiness:\n  stage: production\n"))
                .isFalse();
        assertThat(mentionsOff("readiness:\n  secrets:\n    enabled: false\n")).isFalse();
        assertThat(mentionsOff("management.health.readinessstate.enabled=false\n# readiness.enabled=false\n"))
                .isFalse();
    }

    @Test
    void theProfilesAFileActivatesShouldBeCollected() {
        List<String> profiles = new ArrayList<>();

        SwitchInFiles.mentionsOff("spring.profiles.active=prod, eu\nspring.profiles.include: metrics\n", profiles);

        assertThat(profiles).containsExactly("prod", "eu", "metrics");
    }

    @Test
    void theDefaultClassPathFileAndAProfileFileShouldBeRead() throws Exception {
        Files.writeString(directory.resolve("application.yml"), "readiness:\n  enabled: false\n");
        try (URLClassLoader loader = loader()) {
            assertThat(SwitchInFiles.mayBeOff(loader, new String[0], new Properties(), Map.of())).isTrue();
        }
        Files.delete(directory.resolve("application.yml"));
        Files.writeString(directory.resolve("application.properties"), "spring.profiles.active=quiet\n");
        Files.writeString(directory.resolve("application-quiet.properties"), "readiness.enabled=false\n");
        try (URLClassLoader loader = loader()) {
            assertThat(SwitchInFiles.mayBeOff(loader, new String[0], new Properties(), Map.of())).isTrue();
        }
    }

    @Test
    void theLocationsAndProfilesOfTheLaunchShouldBeRead() throws Exception {
        Path config = Files.createDirectories(directory.resolve("etc"));
        Files.writeString(config.resolve("service-dev.yaml"), "readiness.enabled: no\n");
        String[] args = {"--spring.config.additional-location=file:" + config + "/", "--spring.config.name=service"};
        ClassLoader loader = getClass().getClassLoader();

        assertThat(SwitchInFiles.mayBeOff(loader, args, new Properties(), Map.of())).isFalse();
        assertThat(SwitchInFiles.mayBeOff(loader, args, new Properties(), Map.of("SPRING_PROFILES_ACTIVE", "dev")))
                .isTrue();
        assertThat(SwitchInFiles.mayBeOff(loader, new String[0], new Properties(),
                Map.of("SPRING_APPLICATION_JSON", "{\"readiness\":{\"enabled\":false}}"))).isTrue();
    }

    @Test
    void aStartWhoseFilesDoNotMentionTheSwitchShouldLinkAhead() throws Exception {
        Files.writeString(directory.resolve("application.properties"), "server.port=8080\nreadiness.stage=test\n");
        try (URLClassLoader loader = loader()) {
            assertThat(SwitchInFiles.mayBeOff(loader, new String[0], new Properties(), Map.of())).isFalse();
        }
    }

    @Test
    void everyValueSpringBootReadsAsFalseShouldSwitchTheLaunchOff() {
        for (String off : List.of("false", "0", "off", "NO", " Off ")) {
            assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[] {"--readiness.enabled=" + off}, null,
                    null)).as(off).isTrue();
            assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[0], null, off)).as(off).isTrue();
        }
        assertThat(ReadinessRunListener.switchedOffOnLaunch(new String[] {"--readiness.enabled=1"}, "on", "yes"))
                .isFalse();
    }

    @Test
    void aFailedStartShouldReleaseAHeldBackPreloadAsOff() {
        ReadinessRunListener listener = new ReadinessRunListener(new SpringApplication(), new String[0]);
        assertThat(listener.awaitEnabled(1)).isFalse();
        assertThat(listener.saidOff()).isFalse();

        listener.failed(null, new IllegalStateException("boom"));

        assertThat(listener.awaitEnabled(60_000)).isFalse();
        assertThat(listener.saidOff()).isTrue();
    }

    @Test
    void linkingShouldStopAfterTheMainThreadsListWhenTheEnvironmentSaysOff() {
        BooleanSupplier off = () -> true;

        assertThat(new BootClasses(getClass().getClassLoader(), off).get())
                .isEqualTo(BootClasses.mainThreadClasses().length);
    }

    private static boolean mentionsOff(String text) {
        return SwitchInFiles.mentionsOff(text, new ArrayList<>());
    }

    private URLClassLoader loader() throws Exception {
        return new URLClassLoader(new URL[] {directory.toUri().toURL()}, null);
    }
}
