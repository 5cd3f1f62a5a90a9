package dev.readiness.maven;

import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code check} goal judges, free of Maven: a project's own configuration for some profiles, its env
 * files and deploy manifests, run through every gate on the class path for a stage. Immutable.
 *
 * @param project the project directory (its {@code src/main/resources} holds the application's configuration)
 * @param profiles the active Spring profiles, in order
 * @param envFiles dotenv files that act as the process environment, in order
 * @param manifests Kubernetes or Compose files
 * @param stage the stage to judge for
 * @param failOn the lowest status that fails the build, or {@code null} for the stage's default
 * @param waivers the waivers from the POM
 */
record ProjectCheck(Path project, List<String> profiles, List<Path> envFiles, List<Path> manifests, Stage stage,
        @Nullable Status failOn, List<Waiver> waivers) {

    ProjectCheck {
        Objects.requireNonNull(project, "project");
        profiles = List.copyOf(profiles);
        envFiles = List.copyOf(envFiles);
        manifests = List.copyOf(manifests);
        Objects.requireNonNull(stage, "stage");
        waivers = List.copyOf(waivers);
    }

    /**
     * Reads the settings: the application's files, then the env files, each later source winning.
     *
     * @return the settings
     * @throws dev.readiness.settings.SettingsFileException naming the file and line of malformed content
     */
    Settings settings() {
        SettingsBuilder builder = Settings.builder();
        Path resources = project.resolve("src/main/resources");
        List<String> names = new ArrayList<>();
        names.add("application.properties");
        profiles.forEach(profile -> names.add("application-" + profile + ".properties"));
        for (String name : names) {
            Path file = resources.resolve(name);
            if (Files.isRegularFile(file)) {
                builder.propertiesFile(file);
            }
        }
        envFiles.forEach(builder::dotenvFile);
        return builder.build();
    }

    /**
     * Runs the gates.
     *
     * @return the report and the waivers it applied
     * @throws IllegalArgumentException when a waiver in the configuration is incomplete, naming its key and origin
     */
    Result run() {
        Settings settings = settings();
        List<Waiver> applied = new ArrayList<>(Waivers.fromSettings(settings));
        applied.addAll(waivers);
        Policy.Builder policy = Policy.builder().waivers(applied);
        if (failOn != null) {
            policy.failOn(failOn);
        }
        Report report = Readiness.builder()
                .stage(stage)
                .settings(settings)
                .policy(policy.build())
                .gates(Gates.discover())
                .build()
                .run();
        return new Result(report, applied);
    }

    /**
     * A run's report with the waivers it applied, for the SARIF suppressions' reasons.
     *
     * @param report the report
     * @param waivers the waivers
     */
    record Result(Report report, List<Waiver> waivers) {
    }
}
