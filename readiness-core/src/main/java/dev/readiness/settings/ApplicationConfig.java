package dev.readiness.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The settings a Spring Boot application will start with, read from its files the way Spring Boot reads them, and
 * from the environment a deploy gives it. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>Sources, lowest precedence first:
 * <ol>
 *   <li>the application's own files ({@link Builder#application(Path)}): {@code application.yaml},
 *       {@code application.yml}, {@code application.properties} (in this order, so properties win), first at
 *       the class path root, then in {@code config/}, then for a project directory in the directory the service
 *       starts in ({@code file:./} and {@code file:./config/}), then in each {@code config/*}{@code /} directory
 *       by name; documents whose {@code spring.config.activate.on-profile} does not match the active profiles are
 *       left out;</li>
 *   <li>then the profile-specific files {@code application-PROFILE.*}, for each active profile in order (a later
 *       profile wins), in the same locations;</li>
 *   <li>configuration files named with {@link Builder#configFile(Path)}, in the order given;</li>
 *   <li>the environment, which wins over every file as in Spring Boot: {@link Builder#environment(Map)},
 *       {@link Builder#envFile(Path)}, Kubernetes manifests and Compose files, in the order given.</li>
 * </ol>
 * Each file brings what its documents import with {@code spring.config.import}, ranked as Spring Boot ranks it: just
 * above the importing document, and the profile-specific variants of those imports above every file (see
 * {@code docs/reference/settings.md}); a location read by another loader at run time ({@code configserver:},
 * {@code vault:}, …) becomes a {@linkplain Setting#isDeferred() deferred} setting naming only its kind.
 * Keys match by relaxed names ({@code JWT_SECRET} overrides {@code jwt.secret}). The active profiles are the ones
 * given to {@link Builder#profiles(String...)}; when none are given, {@code SPRING_PROFILES_ACTIVE} of the
 * environment, else {@code spring.profiles.active} of the files; with {@code spring.profiles.include} before them
 * and {@code spring.profiles.group.*} expanded after each; when there are none, {@code spring.profiles.default} of the
 * environment or the files, else {@code default}, as Spring Boot applies them. A Quarkus
 * application's files are read with its profile prefixes ({@code %prod.quarkus.x}): a setting for a profile that is
 * not active is left out, and one for an active profile replaces the unprefixed setting; the active Quarkus profiles
 * are the ones given, else {@code quarkus.profile}, else {@code prod}. Finally every
 * {@code ${…}} reference is resolved across all sources (see {@code docs/reference/settings.md}).
 */
public final class ApplicationConfig {

    /**
     * The extensions of Spring Boot's property source loaders, lowest precedence first: {@code .properties} wins over
     * {@code .xml} (the same loader's second extension, session 40), which wins over {@code .yml} and {@code .yaml}.
     */
    private static final String[] EXTENSIONS = {"yaml", "yml", "xml", "properties"};
    private static final String[] LOCATIONS = {"", "config/"};
    private static final String APPLICATION_JSON = RelaxedNames.canonical("SPRING_APPLICATION_JSON");

    private final Settings settings;
    private final List<String> activeProfiles;
    private final List<Setting> inactiveProfileConditions;
    private final List<Setting> inactivePlatformConditions;
    private final List<Setting> legacyProfileConditions;
    private final List<String> missingOptionalImports;

    private ApplicationConfig(Settings settings, List<String> activeProfiles, List<Setting> inactiveProfileConditions,
            List<Setting> inactivePlatformConditions, List<Setting> legacyProfileConditions,
            List<String> missingOptionalImports) {
        this.settings = settings;
        this.activeProfiles = activeProfiles;
        this.inactiveProfileConditions = inactiveProfileConditions;
        this.inactivePlatformConditions = inactivePlatformConditions;
        this.legacyProfileConditions = legacyProfileConditions;
        this.missingOptionalImports = missingOptionalImports;
    }

    /**
     * A builder; mutable and not thread-safe.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The resolved settings.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * The active profiles, in precedence order (later wins); {@code [default]} when none is active.
     *
     * @return the profiles
     */
    public List<String> activeProfiles() {
        return activeProfiles;
    }

    /**
     * The {@code spring.config.activate.on-profile} settings of documents that were read but left out because no
     * active profile matches them, in reading order, each with its origin: a file of {@code application-docker.yml}
     * whose only document is for {@code docker} gives no settings without that profile, and this says which profile
     * would have applied it. Profile names are never secret.
     *
     * @return the conditions, empty when every document read applied
     */
    public List<Setting> inactiveProfileConditions() {
        return inactiveProfileConditions;
    }

    /**
     * The {@code spring.config.activate.on-cloud-platform} settings of documents that were read but left out because
     * the service's cloud platform is not theirs (or none is known), in reading order, each with its origin: a file
     * whose only document says {@code on-cloud-platform: kubernetes} gives no settings when nothing shows the service
     * runs on Kubernetes. Platform names are never secret.
     *
     * @return the conditions, empty when no document was left out for its platform
     */
    public List<Setting> inactivePlatformConditions() {
        return inactivePlatformConditions;
    }

    /**
     * The legacy {@code spring.profiles} document conditions read, in reading order, each with its origin. Spring
     * Boot 2.3 and earlier read {@code spring.profiles} as the document's profile condition, and so does this class,
     * so a Spring Boot 2 project's files are judged as they run there; Spring Boot 2.4 and later refuse the key and
     * stop start-up (use {@code spring.config.activate.on-profile}), which a caller should say. Profile names are
     * never secret.
     *
     * @return the conditions, empty when no document has one
     */
    public List<Setting> legacyProfileConditions() {
        return legacyProfileConditions;
    }

    /**
     * What a caller should tell its user about how the files were read, one line each naming a file and line: each
     * {@linkplain #legacyProfileConditions() legacy {@code spring.profiles} condition}, and each optional
     * {@code spring.config.import} of a file that is not here ({@code optional:file:/etc/app/overrides.properties}:
     * Spring Boot skips it silently, the deploy machine may have it, and its content is not judged). Never holds a
     * value other than a profile name.
     *
     * @return the lines, empty when there is nothing to say
     */
    public List<String> notices() {
        List<String> notices = new ArrayList<>(legacyProfileConditions.size() + missingOptionalImports.size());
        for (Setting condition : legacyProfileConditions) {
            notices.add(condition.origin().description() + ": " + condition.key() + " is read as " + ConfigFiles.ON_PROFILE
                    + ", as Spring Boot 2.3 and earlier read it; Spring Boot 2.4 and later refuse it and stop start-up");
        }
        notices.addAll(missingOptionalImports);
        return notices;
    }

    /** Builds an {@link ApplicationConfig}. Mutable and not thread-safe. */
    public static final class Builder {

        private final List<Path> applications = new ArrayList<>();
        private final Map<Path, List<Path>> applicationResources = new java.util.HashMap<>();
        private final List<ConfigImports.Resource> configFiles = new ArrayList<>();
        private final List<Supplier<List<Setting>>> environment = new ArrayList<>();
        /** The files Kubernetes volumes mount, for {@code configtree:} imports of their directories. */
        private final List<Supplier<List<KubernetesManifests.MountedFile>>> mountedFiles = new ArrayList<>();
        private boolean onKubernetes;
        private final List<String> profiles = new ArrayList<>();
        private final List<@Nullable ClassPathRoot> workingDirectories = new ArrayList<>();
        private @Nullable String startedIn;
        private @Nullable ResourceFilter resourceFilter;

        private Builder() {
        }

        /**
         * The directory the service starts in, from which Spring Boot reads a relative {@code file:} location of
         * {@code spring.config.import} ({@code optional:file:.env[.properties]}); by default the directory the check
         * runs in, as the CLI documents. The Maven goal gives the module's directory, as {@code mvn spring-boot:run}
         * starts the service there.
         *
         * @param directory the directory, relative to the check's working directory or absolute
         * @return this builder
         */
        public Builder workingDirectory(Path directory) {
            String name = Objects.requireNonNull(directory, "directory").toString();
            startedIn = name.isEmpty() ? null : name;
            return this;
        }

        /**
         * A Spring Boot application: a project directory (its {@code src/main/resources} is read), a resources
         * directory, or a packaged jar or war (its {@code BOOT-INF/classes} or {@code WEB-INF/classes}, else its root).
         *
         * @param path the path
         * @return this builder
         */
        public Builder application(Path path) {
            applications.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * A Spring Boot application as {@link #application(Path)}, with further resource directories its build puts
         * on the same class path (a Maven {@code <resource>} such as {@code src/main/config} beside
         * {@code src/main/resources}): their {@code application*} files are read as the application's own, each
         * named by its own path, and a directory's file overrides the settings of the same file in an earlier one.
         *
         * @param path the project directory, resources directory or packaged jar
         * @param resources the further resource directories, in the build's order
         * @return this builder
         */
        public Builder application(Path path, List<Path> resources) {
            application(path);
            applicationResources.put(path, List.copyOf(resources));
            return this;
        }

        /**
         * The build's filtering of the applications' own resource files ({@link ResourceFilter}): each file of a
         * project's {@code src/main/resources} and of its further resource directories is read as the filter
         * returns it, as the build writes it into the jar. Packaged jars and build output directories are read as
         * they are. The Maven goal gives Maven's resource filtering with the POM's properties.
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder resourceFilter(ResourceFilter filter) {
            resourceFilter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /**
         * A configuration file, read by its extension: {@code .yml}/{@code .yaml}, {@code .properties}, or
         * {@code .env} (read as the process environment, as {@link #envFile(Path)}).
         *
         * @param file the file
         * @return this builder
         */
        public Builder configFile(Path file) {
            Objects.requireNonNull(file, "file");
            ConfigFiles.Format format = ConfigFiles.Format.of(file.toString());
            if (format == ConfigFiles.Format.DOTENV) {
                return envFile(file);
            }
            configFiles.add(ConfigImports.Resource.onDisk(file.toString(), format));
            return this;
        }

        /**
         * A Java properties file whatever its name, as {@link #configFile(Path)} reads a {@code .properties} file;
         * content that is not properties (YAML, UTF-16, binary) is refused.
         *
         * @param file the file
         * @return this builder
         */
        public Builder propertiesFile(Path file) {
            Objects.requireNonNull(file, "file");
            configFiles.add(ConfigImports.Resource.onDisk(file.toString(), ConfigFiles.Format.PROPERTIES));
            return this;
        }

        /**
         * Configuration text, read as the format given by the name's extension, as {@link #configFile(Path)}.
         *
         * @param name the name to print in origins, e.g. {@code application.yml}
         * @param text the text
         * @return this builder
         */
        public Builder configText(String name, String text) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            ConfigFiles.Format format = ConfigFiles.Format.of(name);
            if (format == ConfigFiles.Format.DOTENV) {
                environment.add(() -> ConfigFiles.read(name, text, format).get(0).settings());
            } else {
                configFiles.add(new ConfigImports.Resource(null, name, format, text));
            }
            return this;
        }

        /**
         * Active profiles, in order (a later one wins); when none are given they come from the environment and the
         * files. A name holding commas is a list of profiles, as Spring Boot reads {@code spring.profiles.active}
         * ({@code prod,cloud}, {@code "cloud, prod"}).
         *
         * @param names profile names
         * @return this builder
         */
        public Builder profiles(String... names) {
            for (String name : names) {
                if (name == null || name.isBlank() || name.replace(',', ' ').isBlank()) {
                    throw new IllegalArgumentException("a profile name must not be blank, but was '" + name + "'");
                }
                // session 40: --profile prod,cloud (and GateCheck.app(dir, "prod,cloud")) was one profile named
                // "prod,cloud", so application-prod.yml was never read and the check said GO on it
                for (String profile : name.split(",")) {
                    if (!profile.isBlank()) {
                        profiles.add(profile.strip());
                    }
                }
            }
            return this;
        }

        /**
         * Environment variables of the process, e.g. {@code System.getenv()}; origins read
         * {@code environment variable NAME}.
         *
         * @param variables names and values
         * @return this builder
         */
        public Builder environment(Map<String, String> variables) {
            Map<String, String> copy = Map.copyOf(variables);
            environment.add(() -> {
                List<Setting> settings = new ArrayList<>();
                new java.util.TreeMap<>(copy).forEach((name, value) ->
                        settings.add(Setting.of(name, value, Origin.environmentVariable(name))));
                return settings;
            });
            return this;
        }

        /**
         * A dotenv file, acting as the process environment.
         *
         * @param file the file
         * @return this builder
         */
        public Builder envFile(Path file) {
            Objects.requireNonNull(file, "file");
            environment.add(() -> ConfigFiles.read(file, ConfigFiles.Format.DOTENV).get(0).settings());
            return this;
        }

        /**
         * Settings that act as the process environment, e.g. what a deploy manifest injects.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder environment(Iterable<Setting> settings) {
            List<Setting> copy = new ArrayList<>();
            settings.forEach(copy::add);
            environment.add(() -> copy);
            return this;
        }

        /**
         * Kubernetes manifests (multi-document YAML, e.g. the output of {@code helm template}): the {@code env} and
         * {@code envFrom} of one container, with the ConfigMaps and Secrets found in the same text, act as the
         * process environment.
         *
         * @param name the name to print in origins, e.g. {@code deploy.yaml} or {@code <stdin>}
         * @param text the manifests
         * @param container the container to read when a workload has several, or {@code null}
         * @return this builder
         */
        public Builder kubernetes(String name, String text, @Nullable String container) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            kubernetesInput(() -> KubernetesManifests.readInjected(name, text, container));
            return this;
        }

        /**
         * Reads manifests once, for the environment and the mounted files: the environment first, in the order the
         * sources were given, and the files when the configuration's imports are followed.
         */
        private void kubernetesInput(Supplier<KubernetesManifests.Injected> reader) {
            KubernetesManifests.Injected[] read = new KubernetesManifests.Injected[1];
            Supplier<KubernetesManifests.Injected> once = () -> {
                if (read[0] == null) {
                    read[0] = reader.get();
                }
                return read[0];
            };
            environment.add(() -> once.get().environment());
            mountedFiles.add(() -> once.get().files());
            onKubernetes = true;
        }

        /**
         * A Kubernetes manifest file, as {@link #kubernetes(String, String, String)}.
         *
         * @param file the file
         * @param container the container, or {@code null}
         * @return this builder
         */
        public Builder kubernetesFile(Path file, @Nullable String container) {
            Objects.requireNonNull(file, "file");
            kubernetesInput(() -> KubernetesManifests.readInjected(file.toString(),
                    SettingsFiles.read(file, SettingsFiles.Encoding.STRICT_UTF_8), container));
            return this;
        }

        /**
         * A Compose file: the {@code environment:} and {@code env_file:} of one service act as the process
         * environment; {@code ${VAR}} is interpolated from the environment given so far and the {@code .env} file
         * beside the Compose file.
         *
         * @param file the Compose file
         * @param service the service to read when there are several, or {@code null}
         * @return this builder
         */
        public Builder composeFile(Path file, @Nullable String service) {
            Objects.requireNonNull(file, "file");
            List<Supplier<List<Setting>>> before = List.copyOf(environment);
            environment.add(() -> {
                List<Setting> shell = new ArrayList<>();
                before.forEach(source -> shell.addAll(source.get()));
                return ComposeFile.read(file, service, shell);
            });
            return this;
        }

        /**
         * Reads every source and resolves the placeholders.
         *
         * @return the configuration
         * @throws SettingsFileException naming the file and line of anything that cannot be read, or the keys of a
         *         placeholder cycle; never quoting a value
         */
        public ApplicationConfig build() {
            List<List<Setting>> environmentSettings = new ArrayList<>();
            environment.forEach(source -> environmentSettings.add(source.get()));
            applicationJson(environmentSettings).ifPresent(environmentSettings::add);
            List<ClassPathRoot> classPaths = new ArrayList<>();
            try {
                workingDirectories.clear();
                for (Path application : applications) {
                    classPaths.add(ClassPathRoot.withResources(ClassPathRoot.of(application, resourceFilter),
                            applicationResources.getOrDefault(application, List.of()), resourceFilter));
                    workingDirectories.add(ClassPathRoot.workingDirectory(application));
                }
                Settings locations = configLocations(environmentSettings);
                List<Setting> names = ConfigImports.configNames(locations);
                if (locations.listItems(ConfigImports.LOCATION).isEmpty()) {
                    for (int i = 0; i < classPaths.size(); i++) {
                        requireConfiguration(classPaths.get(i), workingDirectories.get(i), names);
                    }
                }
                List<String> active = new ArrayList<>();
                List<Setting> inactive = new ArrayList<>();
                List<Setting> inactivePlatforms = new ArrayList<>();
                List<Setting> legacy = new ArrayList<>();
                List<String> missingOptional = new ArrayList<>();
                Settings merged = merge(classPaths, environmentSettings, active, inactive, inactivePlatforms, legacy,
                        missingOptional);
                return new ApplicationConfig(PlaceholderResolver.resolve(merged, fromEnvironment(environmentSettings)),
                        List.copyOf(active), List.copyOf(inactive), List.copyOf(inactivePlatforms), List.copyOf(legacy),
                        List.copyOf(missingOptional));
            } finally {
                classPaths.forEach(ClassPathRoot::close);
            }
        }

        /**
         * The cloud platform the service will run on, as Spring Boot detects it, so documents with
         * {@code spring.config.activate.on-cloud-platform} apply where they will: {@code spring.main.cloud-platform}
         * of the environment ({@code none} for none), else Kubernetes for a container of the manifests given or an
         * environment with {@code KUBERNETES_SERVICE_HOST} and {@code KUBERNETES_SERVICE_PORT} (which Kubernetes sets
         * in every container), Cloud Foundry for {@code VCAP_APPLICATION} or {@code VCAP_SERVICES}, Heroku for
         * {@code DYNO}; else none.
         */
        private @Nullable String cloudPlatform(List<List<Setting>> environmentSettings) {
            SettingsBuilder builder = Settings.builder();
            environmentSettings.forEach(settings -> settings.forEach(builder::add));
            Settings known = builder.build();
            Optional<String> named = known.value("spring.main.cloud-platform").map(String::strip);
            if (named.isPresent()) {
                return named.get().equalsIgnoreCase("none") ? null : named.get();
            }
            if (onKubernetes || known.contains("KUBERNETES_SERVICE_HOST") && known.contains("KUBERNETES_SERVICE_PORT")) {
                return "kubernetes";
            }
            if (known.contains("VCAP_APPLICATION") || known.contains("VCAP_SERVICES")) {
                return "cloud_foundry";
            }
            return known.contains("DYNO") ? "heroku" : null;
        }

        /**
         * The properties of {@code SPRING_APPLICATION_JSON} (or {@code spring.application.json}) in the environment,
         * the last one given: Spring Boot reads that JSON as properties that win over every environment variable and
         * file, so {@code SPRING_APPLICATION_JSON={"jwt":{"secret":"changeme"}}} is what the service runs with. Each
         * keeps the origin of the variable, noting that it came through the JSON. JSON that does not parse stops the
         * check, as it stops Spring Boot.
         */
        private static Optional<List<Setting>> applicationJson(List<List<Setting>> environmentSettings) {
            @Nullable Setting json = null;
            for (List<Setting> settings : environmentSettings) {
                for (Setting setting : settings) {
                    if (APPLICATION_JSON.equals(setting.canonicalKey())) {
                        json = setting;
                    }
                }
            }
            if (json == null || json.value().isBlank()) {
                return Optional.empty();
            }
            Origin origin = json.origin().via(json.key());
            List<Setting> properties = new ArrayList<>();
            for (ConfigFiles.Document document : ConfigFiles.read(json.key() + " (" + json.origin() + ")",
                    json.value(), ConfigFiles.Format.YAML)) {
                document.settings().forEach(setting -> properties.add(Setting.of(setting.key(), setting.value(),
                        origin)));
            }
            return Optional.of(properties);
        }

        /**
         * Which settings came from the environment, asked only about the targets of placeholders: the set of them is
         * made on the first question, so a million settings without a placeholder never pay for it.
         */
        private static java.util.function.Predicate<Setting> fromEnvironment(List<List<Setting>> environmentSettings) {
            Set<Setting> fromEnvironment = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean[] filled = {false};
            return setting -> {
                if (!filled[0]) {
                    environmentSettings.forEach(fromEnvironment::addAll);
                    filled[0] = true;
                }
                return fromEnvironment.contains(setting);
            };
        }

        /**
         * Every file and environment source layered, before placeholders are resolved; the documents read on the way
         * are left behind, so a large file's settings that placeholders replace need not stay in memory.
         */
        private Settings merge(List<ClassPathRoot> classPaths, List<List<Setting>> environmentSettings,
                List<String> active, List<Setting> inactive, List<Setting> inactivePlatforms, List<Setting> legacy,
                List<String> missingOptional) {
            Map<String, List<ConfigFiles.Document>> read = new LinkedHashMap<>();
            Settings locations = configLocations(environmentSettings);
            String platform = cloudPlatform(environmentSettings);
            SettingsBuilder given = Settings.builder();
            environmentSettings.forEach(settings -> settings.forEach(given::add));
            Settings environment = given.build();
            List<KubernetesManifests.MountedFile> mounted = new ArrayList<>();
            mountedFiles.forEach(files -> mounted.addAll(files.get()));
            ConfigImports unconditional = new ConfigImports(classPaths, null, platform, read, environment, mounted)
                    .startedIn(startedIn);
            List<String> names = ConfigImports.configNames(locations).stream().map(Setting::value).toList();
            unconditional.configNames(names);
            readFiles(unconditional, classPaths, List.of(), locations, names);
            active.addAll(activeProfiles(unconditional.documents(), environmentSettings));

            ConfigImports files = new ConfigImports(classPaths, active, platform, read, environment, mounted)
                    .startedIn(startedIn);
            files.configNames(names);
            readFiles(files, classPaths, active, locations, names);
            files.addProfileVariants();
            missingOptional.addAll(files.missingOptionalImports());
            int expected = environmentSettings.stream().mapToInt(List::size).sum();
            for (ConfigFiles.Document document : files.documents()) {
                expected += document.settings().size();
            }
            inactive.addAll(inactiveProfileConditions(read, files.documents()));
            inactivePlatforms.addAll(inactivePlatformConditions(read, files.documents(), platform));
            for (List<ConfigFiles.Document> documents : read.values()) {
                for (ConfigFiles.Document document : documents) {
                    if (document.legacyCondition()) {
                        legacy.add(Objects.requireNonNull(document.condition()));
                    }
                }
            }
            SettingsBuilder builder = new SettingsBuilder(expected);
            List<Setting> fromFiles = new ArrayList<>(expected);
            files.documents().forEach(document -> fromFiles.addAll(document.settings()));
            documentStarts(read).forEach(builder::documents);
            NestedEnvironmentBlocks.applying(EnvironmentBlocks.applying(GrailsEnvironments.applying(
                    QuarkusProfiles.applying(fromFiles, profiles, environmentSettings), profiles, environmentSettings),
                    profiles, environmentSettings), profiles, environmentSettings)
                    .forEach(builder::addFromConfigurationFile);
            // a file's own quarkus.profile is read as Quarkus reads it; said, as the files' Spring profiles are
            QuarkusProfiles.chosenByFile(fromFiles, profiles, environmentSettings)
                    .ifPresent(chosen -> missingOptional.add(chosen.origin().description() + ": " + chosen.key()
                            + " activates the Quarkus profiles " + chosen.value().strip() + ", as Quarkus reads it:"
                            + " their %profile. settings were checked and those of other profiles (%prod. included)"
                            + " left out; name the profiles to check others"));
            for (List<Setting> settings : environmentSettings) {
                settings.forEach(builder::add);
            }
            return builder.build();
        }

        /**
         * For each file read as several documents, the first line of each document after the first (the first line of
         * its settings), so the index can tell two documents of one file apart as Spring Boot does.
         */
        private static Map<String, int[]> documentStarts(Map<String, List<ConfigFiles.Document>> read) {
            Map<String, int[]> starts = new LinkedHashMap<>();
            for (List<ConfigFiles.Document> documents : read.values()) {
                if (documents.size() < 2) {
                    continue;
                }
                Map<String, List<Integer>> firstLines = new LinkedHashMap<>();
                for (ConfigFiles.Document document : documents) {
                    int first = Integer.MAX_VALUE;
                    String file = null;
                    for (Setting setting : document.settings()) {
                        Origin origin = setting.origin();
                        if (origin.file().isPresent() && origin.line().isPresent()) {
                            file = file == null ? origin.file().get() : file;
                            first = Math.min(first, origin.line().getAsInt());
                        }
                    }
                    if (file != null) {
                        firstLines.computeIfAbsent(file, name -> new ArrayList<>()).add(first);
                    }
                }
                firstLines.forEach((file, lines) -> {
                    if (lines.size() > 1) {
                        int[] sorted = lines.stream().mapToInt(Integer::intValue).sorted().toArray();
                        starts.put(file, Arrays.copyOfRange(sorted, 1, sorted.length));
                    }
                });
            }
            return starts;
        }

        /** The cloud-platform conditions of the documents read that the service's platform left out. */
        private static List<Setting> inactivePlatformConditions(Map<String, List<ConfigFiles.Document>> read,
                List<ConfigFiles.Document> applied, @Nullable String platform) {
            Set<ConfigFiles.Document> active = Collections.newSetFromMap(new IdentityHashMap<>());
            active.addAll(applied);
            String key = RelaxedNames.canonical(ConfigFiles.ON_CLOUD_PLATFORM);
            List<Setting> conditions = new ArrayList<>();
            for (List<ConfigFiles.Document> documents : read.values()) {
                for (ConfigFiles.Document document : documents) {
                    if (active.contains(document) || document.isOn(platform)) {
                        continue;
                    }
                    for (Setting setting : document.settings()) {
                        if (setting.canonicalKey().equals(key)) {
                            conditions.add(setting);
                            break;
                        }
                    }
                }
            }
            return conditions;
        }

        /** The profile conditions of the documents read that no active profile turned on. */
        private static List<Setting> inactiveProfileConditions(Map<String, List<ConfigFiles.Document>> read,
                List<ConfigFiles.Document> applied) {
            Set<ConfigFiles.Document> active = Collections.newSetFromMap(new IdentityHashMap<>());
            active.addAll(applied);
            List<Setting> conditions = new ArrayList<>();
            for (List<ConfigFiles.Document> documents : read.values()) {
                for (ConfigFiles.Document document : documents) {
                    Setting condition = document.condition();
                    if (condition != null && !active.contains(document)) {
                        conditions.add(condition);
                    }
                }
            }
            return conditions;
        }

        /**
         * The application's files in Spring Boot's order (each location's {@code application.*}, then for each
         * active profile its {@code application-PROFILE.*} at the root and in {@code config/}), or instead the
         * locations {@code SPRING_CONFIG_LOCATION} names; then those {@code SPRING_CONFIG_ADDITIONAL_LOCATION} and
         * {@code SPRING_CONFIG_IMPORT} name; then the configuration files given, each with what it imports.
         */
        private void readFiles(ConfigImports imports, List<ClassPathRoot> classPaths, List<String> active,
                Settings locations, List<String> names) {
            List<Setting> replacing = locations.listItems(ConfigImports.LOCATION);
            replacing.forEach(location -> addFromEnvironment(imports, location));
            if (replacing.isEmpty()) {
                List<Location> defaults = locations(classPaths, workingDirectories);
                for (Location location : defaults) {
                    for (String name : names) {
                        for (String extension : EXTENSIONS) {
                            imports.add(ConfigImports.Resource.inClassPath(location.root(),
                                    location.directory() + name + "." + extension,
                                    ConfigFiles.Format.ofSpringBoot(extension)));
                        }
                    }
                }
                for (String profile : active) {
                    for (Location location : defaults) {
                        for (String name : names) {
                            for (String extension : EXTENSIONS) {
                                imports.add(ConfigImports.Resource.inClassPath(location.root(), location.directory()
                                        + name + "-" + profile + "." + extension,
                                        ConfigFiles.Format.ofSpringBoot(extension)));
                            }
                        }
                    }
                }
            }
            locations.listItems(ConfigImports.ADDITIONAL_LOCATION).forEach(location -> addFromEnvironment(imports,
                    location));
            locations.listItems(ConfigImports.IMPORT).forEach(location -> addFromEnvironment(imports, location));
            configFiles.forEach(imports::add);
        }

        /**
         * Spring Boot's default locations of each application, lowest precedence first: {@code classpath:/},
         * {@code classpath:/config/}, then the directory it starts in, {@code file:./}, {@code file:./config/} and
         * each {@code file:./config/*}{@code /} (for a project directory, the project; for a resources directory,
         * the same root, so only its {@code config/*}{@code /} directories are added).
         */
        private static List<Location> locations(List<ClassPathRoot> classPaths,
                List<@Nullable ClassPathRoot> workingDirectories) {
            List<Location> locations = new ArrayList<>();
            for (int i = 0; i < classPaths.size(); i++) {
                ClassPathRoot classPath = classPaths.get(i);
                for (String directory : LOCATIONS) {
                    locations.add(new Location(classPath, directory));
                }
                ClassPathRoot working = workingDirectories.get(i);
                ClassPathRoot started = working == null ? classPath : working;
                if (working != null) {
                    for (String directory : LOCATIONS) {
                        locations.add(new Location(working, directory));
                    }
                }
                for (String directory : started.configSubdirectories()) {
                    locations.add(new Location(started, directory));
                }
            }
            return locations;
        }

        /** A directory of a root where Spring Boot looks for {@code application*} files. */
        private record Location(ClassPathRoot root, String directory) {
        }

        /** One location of the environment; a group written {@code a;b} is its locations in order. */
        private static void addFromEnvironment(ConfigImports imports, Setting location) {
            for (String part : location.value().split(";")) {
                if (!part.isBlank()) {
                    imports.addFromEnvironment(Setting.of(location.key(), part.strip(), location.origin()));
                }
            }
        }

        /**
         * The {@code spring.config.*} settings of the environment sources ({@code SPRING_CONFIG_IMPORT} and the
         * others, in any relaxed spelling), a later source winning, as Spring Boot binds them before it reads any
         * file.
         */
        private static Settings configLocations(List<List<Setting>> environmentSettings) {
            SettingsBuilder locations = Settings.builder();
            for (List<Setting> settings : environmentSettings) {
                for (Setting setting : settings) {
                    if (ConfigFiles.canonicalStartsWith(setting.key(), "springconfig")) {
                        locations.add(setting);
                    }
                }
            }
            return locations.build();
        }

        /**
         * Refuses an application without a file of the configuration's names ({@code application} unless
         * {@code spring.config.name} says otherwise) at its default locations.
         */
        private static void requireConfiguration(ClassPathRoot classPath, @Nullable ClassPathRoot working,
                List<Setting> names) {
            List<@Nullable ClassPathRoot> workings = new ArrayList<>(1);
            workings.add(working);
            for (Location location : locations(List.of(classPath), workings)) {
                for (Setting name : names) {
                    for (String extension : EXTENSIONS) {
                        if (location.root().exists(location.directory() + name.value() + "." + extension)) {
                            return;
                        }
                    }
                }
            }
            Setting first = names.get(0);
            String named = first.value();
            String set = first.origin() == Origin.unknown() ? "" : " (the name spring.config.name gives, set at "
                    + first.origin() + ")";
            throw new SettingsFileException(classPath.describe(), 0, "has no " + named + ".properties, " + named
                    + ".yml or " + named + ".yaml" + (names.size() > 1 ? " (nor a file of the other names)" : "")
                    + set + ", at its root, in config/ or in config/*/"
                    + (working == null ? "" : " (nor has " + working.describe() + ", the directory it starts in)")
                    + ": not a Spring Boot application's configuration");
        }

        private List<String> activeProfiles(List<ConfigFiles.Document> unconditionalDocuments,
                List<List<Setting>> environmentSettings) {
            SettingsBuilder unconditional = Settings.builder();
            unconditionalDocuments.forEach(document -> addProfileSettings(unconditional, document.settings()));
            environmentSettings.forEach(settings -> addProfileSettings(unconditional, settings));
            Settings known = unconditional.build();
            List<String> requested = new ArrayList<>(known.list("spring.profiles.include"));
            requested.addAll(profiles.isEmpty() ? known.list("spring.profiles.active") : profiles);
            Set<String> expanded = new LinkedHashSet<>();
            for (String profile : requested) {
                expand(profile, known, expanded, 0);
            }
            if (expanded.isEmpty()) {
                // no profile active: Spring Boot applies spring.profiles.default (groups expanded), else default
                for (String profile : known.list("spring.profiles.default")) {
                    expand(profile, known, expanded, 0);
                }
            }
            return expanded.isEmpty() ? List.of("default") : List.copyOf(expanded);
        }

        private static void addProfileSettings(SettingsBuilder builder, List<Setting> settings) {
            for (Setting setting : settings) {
                if (ConfigFiles.canonicalStartsWith(setting.key(), "springprofiles")) {
                    builder.add(setting);
                }
            }
        }

        private static void expand(String profile, Settings known, Set<String> into, int depth) {
            if (depth > 16 || !into.add(profile)) {
                return;
            }
            for (String member : known.list("spring.profiles.group." + profile)) {
                expand(member, known, into, depth + 1);
            }
        }
    }
}
