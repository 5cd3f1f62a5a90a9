package dev.readiness.maven;

import dev.readiness.ExitGuard;
import dev.readiness.GateOutput;
import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.gates.tenant.ClassFileTypes;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.ResourceFilter;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code check} goal judges, free of Maven: a project's own configuration for some profiles, its env
 * files and deploy manifests, run through every gate on the class path for a stage. Immutable.
 *
 * @param project the project directory; its {@code src/main/resources} holds the application's configuration
 * @param profiles the active Spring profiles, in order
 * @param envFiles dotenv files that act as the process environment, in order
 * @param manifests Kubernetes or Compose files
 * @param container the manifests' container to read when a pod has several, or {@code null}
 * @param service the Compose service to read when a file has several, or {@code null}
 * @param stage the stage to judge for
 * @param failOn the lowest status that fails the build, or {@code null} for the stage's default
 * @param waivers the waivers from the POM
 * @param readsApplication whether the project is a Spring Boot application whose files must be there; {@code false}
 *     for a {@code pom} module without application files that names env files or manifests (a deploy module), whose
 *     env files and manifests are judged alone, as the CLI's {@code --k8s} alone judges them
 * @param libraries the project's runtime class path beyond its own classes (jars and class directories): the
 *     entities of a shared module there, in the packages JPA scans, are judged by the {@code tenant} gate too
 * @param resources the project's further resource directories (its POM's {@code <resources>} other than
 *     {@code src/main/resources}), whose {@code application*} files the build puts on the same class path
 * @param resourceFilter the build's filtering of those files (Maven's, with the POM's properties), or {@code null}
 *     to judge them as written
 */
record ProjectCheck(Path project, List<String> profiles, List<Path> envFiles, List<Path> manifests,
        @Nullable String container, @Nullable String service, Stage stage, @Nullable Status failOn,
        List<Waiver> waivers, boolean readsApplication, List<Path> libraries, List<Path> resources,
        @Nullable ResourceFilter resourceFilter) {

    ProjectCheck {
        Objects.requireNonNull(project, "project");
        profiles = List.copyOf(profiles);
        envFiles = List.copyOf(envFiles);
        manifests = List.copyOf(manifests);
        Objects.requireNonNull(stage, "stage");
        waivers = List.copyOf(waivers);
        libraries = List.copyOf(libraries);
        resources = List.copyOf(resources);
    }

    ProjectCheck(Path project, List<String> profiles, List<Path> envFiles, List<Path> manifests,
            @Nullable String container, @Nullable String service, Stage stage, @Nullable Status failOn,
            List<Waiver> waivers, boolean readsApplication) {
        this(project, profiles, envFiles, manifests, container, service, stage, failOn, waivers, readsApplication,
                List.of(), List.of());
    }

    ProjectCheck(Path project, List<String> profiles, List<Path> envFiles, List<Path> manifests,
            @Nullable String container, @Nullable String service, Stage stage, @Nullable Status failOn,
            List<Waiver> waivers, boolean readsApplication, List<Path> libraries, List<Path> resources) {
        this(project, profiles, envFiles, manifests, container, service, stage, failOn, waivers, readsApplication,
                libraries, resources, null);
    }

    private static final Pattern KUBERNETES_KIND = Pattern.compile("(?m)^kind:\\s*\\S");
    private static final Pattern COMPOSE_SERVICES = Pattern.compile("(?m)^services:\\s*$");

    /**
     * Reads the settings as Spring Boot and the deploy will see them: the application's files with the profiles,
     * then the env files and manifests, which act as the environment and win over the files.
     *
     * @return the settings
     * @throws dev.readiness.settings.SettingsFileException naming the file and line of malformed content
     */
    Settings settings() {
        return config().settings();
    }

    private ApplicationConfig config() {
        ApplicationConfig.Builder config = ApplicationConfig.builder()
                .profiles(profiles.toArray(String[]::new));
        if (readsApplication) {
            // the module's directory, as mvn spring-boot:run starts the service there: optional:file:.env of a
            // module's application.yml is the module's .env, whichever directory Maven was started in
            config.application(project, resources).workingDirectory(project);
            if (resourceFilter != null) {
                config.resourceFilter(resourceFilter);
            }
        }
        envFiles.forEach(config::envFile);
        for (Path manifest : manifests) {
            if (isCompose(manifest)) {
                config.composeFile(manifest, service);
            } else {
                config.kubernetesFile(manifest, container);
            }
        }
        return config.build();
    }

    /**
     * Whether there is anything to read: application files in {@code src/main/resources} (or its {@code config/}),
     * env files or manifests.
     *
     * @return {@code true} when there is
     */
    boolean hasInput() {
        return !envFiles.isEmpty() || !manifests.isEmpty() || hasApplicationFiles(project);
    }

    /**
     * Whether this is a module with no application of its own (a parent) whose env files hold nothing but
     * {@code readiness.*} policy (a waiver file shared by the modules): there is no setting to judge, and judging the
     * policy alone only reported every waiver as unused (session 24).
     *
     * @return {@code true} when it is
     * @throws dev.readiness.settings.SettingsFileException when an env file cannot be read
     */
    boolean holdsOnlyPolicy() {
        if (readsApplication || !manifests.isEmpty() || envFiles.isEmpty()) {
            return false;
        }
        Settings settings = config().settings();
        if (settings.size() == 0) {
            return false;
        }
        for (dev.readiness.settings.Setting setting : settings) {
            if (!setting.isPolicy()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a project has application files in {@code src/main/resources} (or its {@code config/}).
     *
     * @param project the project directory
     * @return {@code true} when it has
     */
    static boolean hasApplicationFiles(Path project) {
        Path resources = project.resolve("src/main/resources");
        for (String directory : List.of("", "config/")) {
            for (String extension : List.of("properties", "yml", "yaml")) {
                if (Files.isRegularFile(resources.resolve(directory + "application." + extension))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCompose(Path manifest) {
        String name = manifest.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("compose")) {
            return true;
        }
        try {
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            return !KUBERNETES_KIND.matcher(text).find() && COMPOSE_SERVICES.matcher(text).find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs the gates.
     *
     * @param gateOutput what receives each line the gates print to {@code System.out} or {@code System.err},
     *        scrubbed of the settings' secret values
     * @return the report and the waivers it applied
     * @throws IllegalArgumentException when a waiver in the configuration is incomplete, naming its key and origin
     */
    Result run(java.util.function.Consumer<String> gateOutput) {
        return run(gateOutput, Gates.discover());
    }

    /** {@link #run(java.util.function.Consumer)} with the gates given: the tests' gates of plugin dependencies. */
    Result run(java.util.function.Consumer<String> gateOutput, List<dev.readiness.Gate> gates) {
        ApplicationConfig config = config();
        Settings settings = config.settings();
        List<Waiver> applied = new ArrayList<>(Waivers.fromSettings(settings));
        applied.addAll(waivers);
        Policy.Builder policy = Policy.builder().waivers(applied);
        if (failOn != null) {
            policy.failOn(failOn);
        }
        Readiness.Builder readiness = Readiness.builder()
                .stage(stage)
                .settings(settings)
                .policy(policy.build())
                .gates(gates);
        List<String> notices = new ArrayList<>(config.notices());
        for (String gate : Gates.notLoadable(project, ProjectCheck.class.getClassLoader())) {
            notices.add("the project's gate " + gate + " (registered in its META-INF/services/dev.readiness.Gate)"
                    + " does not run in the build: the goal runs the gates of jars added as plugin dependencies;"
                    + " move the gate to a jar of its own and add it to the plugin's <dependencies>, or run it in a"
                    + " test with GateCheck");
        }
        Optional<PersistentTypes> types = ClassFileTypes.read(project, settings, libraries);
        if (types.isPresent()) {
            readiness.fact(PersistentTypes.class, types.get());
        } else if (ClassFileTypes.hasUnbuiltSources(project)) {
            notices.add("no compiled classes in " + project.resolve("target/classes")
                    + ": the entities' tenant scoping is not judged (run the goal after compile, as its default"
                    + " phase verify does)");
        }
        Report report;
        if (gates.stream().allMatch(ProjectCheck::isBuiltIn)) {
            report = readiness.build().run(); // readiness's own gates print nothing
        } else {
            // a gate of a plugin dependency that prints a setting's value would print it in the build log; one that
            // hangs past its timeout, or leaves a thread behind, would print it there after the check (session 29)
            // a gate that calls System.exit(0) would end Maven's JVM, and the build, with status 0: a CI runner reads
            // a success (forty-sixth pass); the guard makes it 1, as a failed build
            Readiness built = readiness.build();
            ExitGuard guard = ExitGuard.arm(1, new ExitRefusal(System.err));
            try {
                report = GateOutput.run(settings, gateOutput, notices::add, built::run);
            } finally {
                guard.disarm();
            }
        }
        // a waiver's reason is free text that can quote a value: the log and SARIF show it scrubbed, as findings
        return new Result(report, Waivers.shown(applied, settings), notices);
    }

    /** Whether a gate is one of readiness-core's, loaded with it. */
    private static boolean isBuiltIn(dev.readiness.Gate gate) {
        return gate.getClass().getName().startsWith("dev.readiness.gates.")
                && gate.getClass().getClassLoader() == Readiness.class.getClassLoader();
    }

    /**
     * A run's report with the waivers it applied, for the SARIF suppressions' reasons, and what to say about how the
     * configuration was read.
     *
     * @param report the report
     * @param waivers the waivers
     * @param notices one line each, for the build log as warnings
     */
    record Result(Report report, List<Waiver> waivers, List<String> notices) {
    }
}
