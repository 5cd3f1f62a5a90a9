package dev.readiness.settings;

import dev.readiness.internal.EmbeddedCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads configuration files with what they import through {@code spring.config.import}, in Spring Boot's order: a
 * document, then what it imports (a later import winning over an earlier one), then the profile-specific variants
 * of those imports, then the next document. Follows {@code file:}, {@code classpath:} and plain paths (relative to
 * the importing file), {@code optional:}, directories ending in {@code /}, {@code [.yml]} extension hints and
 * {@code configtree:}; a location read by another loader at run time ({@code configserver:}, {@code vault:}, …)
 * becomes a deferred setting naming only its kind. A file imports another once; an import cycle is an error naming
 * the files. Not thread-safe; one instance reads one application.
 */
final class ConfigImports {

    static final String IMPORT = "spring.config.import";
    static final String ADDITIONAL_LOCATION = "spring.config.additional-location";
    static final String LOCATION = "spring.config.location";
    static final String NAME = "spring.config.name";

    /**
     * The names of the configuration files, {@code application} unless the environment sets {@code spring.config.name}
     * (comma-separated, a later name winning, as Spring Boot reads {@code orders.yml} and {@code orders-prod.yml}
     * with {@code SPRING_CONFIG_NAME=orders}); the default comes with an unknown origin.
     *
     * @param locations the {@code spring.config.*} settings of the environment
     * @return the names, each with where it was set
     * @throws SettingsFileException for a name holding {@code *}, {@code /} or {@code \}, which Spring Boot refuses or
     *         reads outside the locations
     */
    static List<Setting> configNames(Settings locations) {
        List<Setting> names = locations.listItems(NAME);
        for (Setting name : names) {
            if (name.value().contains("*") || name.value().contains("/") || name.value().contains("\\")) {
                throw new SettingsFileException(String.valueOf(name.origin()), 0, NAME + " must name files without"
                        + " a directory or a wildcard; the check cannot tell which files the service reads");
            }
        }
        return names.isEmpty() ? List.of(Setting.of(NAME, "application", Origin.unknown())) : names;
    }
    private static final String IMPORT_CANONICAL = RelaxedNames.canonical(IMPORT);
    private static final Pattern URL_PREFIX = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):(.*)$", Pattern.DOTALL);
    private static final Pattern EXTENSION_HINT = Pattern.compile("^(.*)\\[(\\.\\w+)](?!\\[)$", Pattern.DOTALL);
    private static final String[] EXTENSIONS = {"yaml", "yml", "xml", "properties"};

    /** One configuration file: in the application's class path, or on disk, or text already read. */
    record Resource(@Nullable ClassPathRoot classPath, String path, ConfigFiles.Format format, @Nullable String text) {

        static Resource onDisk(String path, ConfigFiles.Format format) {
            return new Resource(null, path, format, null);
        }

        static Resource inClassPath(ClassPathRoot classPath, String path, ConfigFiles.Format format) {
            return new Resource(classPath, path, format, null);
        }

        String name() {
            return classPath != null ? classPath.name(path) : path;
        }

        /**
         * Whether the file is there to read. On disk that is any file but a directory, as Spring Boot's
         * {@code FileSystemResource} says: a named pipe or device ({@code --properties <(vault kv get …)}) is read,
         * within the time a pipe may take, never skipped as absent.
         */
        boolean exists() {
            if (text != null) {
                return true;
            }
            if (classPath != null) {
                return classPath.exists(path);
            }
            Path file = Path.of(path);
            return Files.exists(file) && !Files.isDirectory(file);
        }

        String identity() {
            return classPath != null ? System.identityHashCode(classPath) + "!" + path
                    : text != null ? "text:" + path : Path.of(path).toAbsolutePath().normalize().toString();
        }

        List<ConfigFiles.Document> read() {
            if (text != null) {
                return ConfigFiles.read(path, text, format);
            }
            return classPath != null ? classPath.read(path, format) : ConfigFiles.read(Path.of(path), format);
        }

        /** The directory of this file, as a prefix a relative path is appended to. */
        String directory() {
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
            return path.substring(0, slash + 1);
        }
    }

    private final List<ClassPathRoot> classPaths;
    private final @Nullable List<String> profiles;
    private final Map<String, List<ConfigFiles.Document>> read;
    private final Set<String> loaded = new HashSet<>();
    private final Deque<Resource> importing = new ArrayDeque<>();
    private final Deque<Import> profileVariants = new ArrayDeque<>();

    /** A location imported by a document of a file. */
    private record Import(Resource from, Setting location) {
    }
    private final @Nullable String platform;
    private final Settings environment;
    private final List<ConfigFiles.Document> documents = new ArrayList<>();
    /** Where an optional file: import that is not here is written, each once: said, never judged. */
    private final Set<String> missingOptional = new java.util.LinkedHashSet<>();
    private @Nullable Setting fromEnvironment;
    /** The directory the service starts in, relative to the check's; {@code null}: the check's own. */
    private @Nullable String workingDirectory;
    private final Map<Path, ClassPathRoot> inferredRoots = new HashMap<>();
    private final List<KubernetesManifests.MountedFile> mountedFiles;
    private List<String> configNames = List.of("application");

    /**
     * @param classPaths the application's class path roots, for {@code classpath:} imports
     * @param profiles the active profiles; {@code null} before they are known, when only documents without a
     *        profile condition and the plain files they import are read (to find the active profiles)
     * @param platform the cloud platform the service will run on ({@code kubernetes}), or {@code null} when none is
     *        known: documents with {@code spring.config.activate.on-cloud-platform} apply only on theirs
     * @param read the documents of the files read so far, by identity, shared with an earlier pass so no file is
     *        parsed twice
     */
    ConfigImports(List<ClassPathRoot> classPaths, @Nullable List<String> profiles, @Nullable String platform,
            Map<String, List<ConfigFiles.Document>> read) {
        this(classPaths, profiles, platform, read, Settings.of(Map.of()));
    }

    /**
     * As {@link #ConfigImports(List, List, String, Map)}, resolving {@code ${…}} in import locations against the
     * environment the deploy gives.
     *
     * @param environment the environment sources, a later one winning, for {@code ${NAME}} in a location
     */
    ConfigImports(List<ClassPathRoot> classPaths, @Nullable List<String> profiles, @Nullable String platform,
            Map<String, List<ConfigFiles.Document>> read, Settings environment) {
        this(classPaths, profiles, platform, read, environment, List.of());
    }

    /**
     * As {@link #ConfigImports(List, List, String, Map, Settings)}, with the files the deploy's Kubernetes volumes
     * mount: a {@code configtree:} directory that is not here but that a Secret or ConfigMap volume fills is read
     * from the manifests, as Spring Boot will read it in the container.
     *
     * @param mountedFiles the files the manifests' volumes put in the container
     */
    ConfigImports(List<ClassPathRoot> classPaths, @Nullable List<String> profiles, @Nullable String platform,
            Map<String, List<ConfigFiles.Document>> read, Settings environment,
            List<KubernetesManifests.MountedFile> mountedFiles) {
        this.mountedFiles = List.copyOf(mountedFiles);
        this.classPaths = classPaths;
        this.profiles = profiles;
        this.platform = platform;
        this.read = read;
        this.environment = environment;
    }

    /**
     * Reads a relative {@code file:} location from the directory the service starts in, not from the one the check
     * runs in. Thirty-ninth pass: the Maven goal of a module ({@code apps/api}) run from the reactor's root looked for
     * {@code optional:file:.env[.properties]} in the root, said it was "not here" beside {@code apps/api/.env}, and
     * would have judged a root {@code .env} (a Compose file's) as the module's.
     *
     * @param directory the directory, relative to the check's working directory or absolute; {@code null} or empty:
     *        the check's own
     * @return this
     */
    ConfigImports startedIn(@Nullable String directory) {
        this.workingDirectory = directory == null || directory.isEmpty() ? null : directory;
        return this;
    }

    private String inWorkingDirectory(String path) {
        if (workingDirectory == null || path.isEmpty() || Path.of(path).isAbsolute()) {
            return path;
        }
        String relative = path.startsWith("./") ? path.substring(2) : path;
        return workingDirectory.endsWith("/") ? workingDirectory + relative : workingDirectory + "/" + relative;
    }

    /**
     * Sets the names of the configuration files a location that is a directory holds ({@code spring.config.name}).
     *
     * @param names the names, a later one winning
     */
    void configNames(List<String> names) {
        configNames = List.copyOf(names);
    }

    /**
     * The documents read so far, in precedence order (a later one wins); with profiles known, only active ones.
     *
     * @return the documents
     */
    List<ConfigFiles.Document> documents() {
        return documents;
    }

    /**
     * One line for each optional {@code file:} import (or plain path) or {@code configtree:} directory that is not here: Spring Boot skips it
     * silently, and so did the check; the deploy machine may have it (a mounted file), so the user is told that what
     * it holds was not judged. Names where the import is written, never the location (it may be anything).
     *
     * @return the lines, in reading order
     */
    List<String> missingOptionalImports() {
        return List.copyOf(missingOptional);
    }

    /**
     * Reads a file, when it exists and was not read before, with everything it imports.
     *
     * @param resource the file
     */
    void add(Resource resource) {
        if (resource.exists()) {
            load(resource, null);
        }
    }

    /**
     * Reads what a location set in the environment names ({@code SPRING_CONFIG_LOCATION},
     * {@code SPRING_CONFIG_ADDITIONAL_LOCATION}, {@code SPRING_CONFIG_IMPORT}), as Spring Boot reads its initial
     * locations: a relative path from the working directory, {@code classpath:} in the application, then the
     * location's variants for the active profiles, each file with what it imports. The environment describes the
     * deploy, so a location that is not here (a missing file or directory, {@code classpath:} without the
     * application) is not an error but a deferred setting naming its kind: its settings are read at run time. A
     * {@code classpath:} location the application given does not hold is an error, as it is in a file: Spring Boot
     * stops start-up unless it is {@code optional:}.
     *
     * @param location the location, one item of the variable's comma-separated value
     */
    void addFromEnvironment(Setting location) {
        fromEnvironment = location;
        try {
            follow(Resource.onDisk("", ConfigFiles.Format.PROPERTIES), location,
                    profiles == null ? List.of() : profiles, false);
        } finally {
            fromEnvironment = null;
        }
    }

    /**
     * Reads the profile-specific variants of what documents without a profile condition import. Spring Boot loads
     * them once the profiles are known and gives them precedence over every file read before, the
     * {@code application-PROFILE} files included; call this after the last {@link #add(Resource)}.
     */
    void addProfileVariants() {
        while (!profileVariants.isEmpty() && profiles != null) {
            Import next = profileVariants.removeFirst();
            follow(next.from(), next.location(), profiles, true);
        }
    }

    private void load(Resource resource, @Nullable Setting importedBy) {
        String identity = resource.identity();
        for (Resource open : importing) {
            if (open.identity().equals(identity)) {
                List<String> chain = new ArrayList<>();
                importing.descendingIterator().forEachRemaining(file -> chain.add(file.name()));
                chain.add(resource.name());
                chain.subList(0, chain.indexOf(open.name())).clear();
                throw error(importedBy, "spring.config.import cycle " + String.join(" -> ", chain)
                        + "; import each file from one place only");
            }
        }
        if (!loaded.add(identity)) {
            return;
        }
        importing.push(resource);
        try {
            List<ConfigFiles.Document> fileDocuments = read.get(identity);
            if (fileDocuments == null) {
                fileDocuments = resource.read();
                read.put(identity, fileDocuments);
            }
            for (ConfigFiles.Document document : fileDocuments) {
                boolean unconditional = document.onProfile() == null && document.isOn(platform);
                if (profiles == null ? !unconditional : !document.activeFor(profiles, platform)) {
                    continue;
                }
                documents.add(document);
                List<Setting> imports = imports(document);
                if (unconditional) {
                    imports.forEach(location -> follow(resource, location, List.of(), false));
                    if (profiles != null) {
                        imports.forEach(location -> profileVariants.add(new Import(resource, location)));
                    }
                } else {
                    imports.forEach(location -> follow(resource, location, profiles, false));
                }
            }
        } finally {
            importing.pop();
        }
    }

    /** One setting per location a document imports, in order: the comma-separated value or the list items. */
    private static List<Setting> imports(ConfigFiles.Document document) {
        List<Setting> imports = new ArrayList<>();
        for (Setting setting : document.settings()) {
            if (!ConfigFiles.canonicalStartsWith(setting.key(), IMPORT_CANONICAL)) {
                continue;
            }
            String rest = setting.canonicalKey().substring(IMPORT_CANONICAL.length());
            if (!rest.chars().allMatch(Character::isDigit)) {
                continue;
            }
            for (String location : setting.value().split(",")) {
                if (!location.isBlank()) {
                    imports.add(Setting.of(setting.key(), location.strip(), setting.origin()));
                }
            }
        }
        return imports;
    }

    /**
     * Reads what one import location names: the file or directory, then its variants for the given profiles;
     * {@code again} when the location was followed before without profiles, so only new files are of interest.
     */
    private void follow(Resource from, Setting written, List<String> forProfiles, boolean again) {
        Setting location = written;
        if (written.value().contains("${")) {
            Placeholders resolved = resolve(written.value());
            if (!resolved.unresolved().isEmpty()) {
                if (!again) {
                    external(written, "placeholder", "it names " + resolved.unresolved().stream()
                            .map(name -> "${" + name + "}")
                            .collect(java.util.stream.Collectors.joining(", ")) + ", which nothing given defines"
                            + " (environment, env files, manifests, files read before it), is resolved at run time;"
                            + " give it, e.g. with --env-file, to judge what it imports");
                }
                return;
            }
            location = Setting.of(written.key(), resolved.text(), written.origin());
            if (written == fromEnvironment) {
                fromEnvironment = location;
            }
        }
        String value = location.value();
        boolean optional = value.startsWith("optional:");
        String rest = optional ? value.substring("optional:".length()) : value;
        if (again && rest.startsWith("configtree:")) {
            return;
        }
        if (rest.startsWith("configtree:")) {
            configTree(rest.substring("configtree:".length()), optional, location);
            return;
        }
        Matcher prefix = URL_PREFIX.matcher(rest);
        ClassPathRoot classPath;
        String path;
        if (rest.startsWith("classpath:")) {
            ClassPathRoot known = !classPaths.isEmpty() ? classPaths.get(0)
                    : location == fromEnvironment ? null : resourcesRootOf(from);
            if (known == null && (location == fromEnvironment || optional)) {
                if (!again) {
                    external(location, "classpath:", "the application's class path is not given");
                }
                return;
            }
            if (known == null) {
                throw missingApplication(location);
            }
            classPath = known;
            path = stripLeadingSlashes(rest.substring("classpath:".length()));
        } else if (rest.startsWith("file:")) {
            classPath = null;
            path = inWorkingDirectory(rest.substring("file:".length()));
        } else if (prefix.matches() && prefix.group(1).length() > 1 && !rest.startsWith("resource:")) {
            if (again) {
                return;
            }
            external(location, prefix.group(1).toLowerCase(Locale.ROOT) + ":", "an external configuration source");
            return;
        } else {
            String plain = rest.startsWith("resource:") ? rest.substring("resource:".length()) : rest;
            if (plain.startsWith("/") || Path.of(plain).isAbsolute()) {
                classPath = null;
                path = plain;
            } else {
                classPath = from.classPath();
                path = from.directory() + plain;
            }
        }
        path = normalize(path, classPath != null);
        List<Resource> candidates = path.endsWith("/") || path.isEmpty()
                ? directory(classPath, path, optional, location, forProfiles)
                : file(classPath, path, optional, location, forProfiles);
        for (Resource candidate : candidates) {
            load(candidate, location);
        }
    }

    /** A location with its placeholders replaced, and the names no source defines (then the text is partial). */
    private record Placeholders(String text, List<String> unresolved) {
    }

    /**
     * Replaces each {@code ${NAME}} or {@code ${NAME:default}} of a location, as Spring Boot resolves an import before
     * reading it: from the environment given, else from the documents read so far (a later one winning), else the
     * default. A value that is itself a reference, or a nested reference, is left unresolved rather than guessed.
     */
    private Placeholders resolve(String location) {
        StringBuilder text = new StringBuilder(location.length());
        List<String> unresolved = new ArrayList<>();
        Settings readSoFar = null;
        int at = 0;
        while (at < location.length()) {
            int start = location.indexOf("${", at);
            int end = start < 0 ? -1 : location.indexOf('}', start + 2);
            if (start < 0 || end < 0) {
                text.append(location, at, location.length());
                break;
            }
            text.append(location, at, start);
            String reference = location.substring(start + 2, end);
            int colon = reference.indexOf(':');
            String name = (colon < 0 ? reference : reference.substring(0, colon)).strip();
            String fallback = colon < 0 ? null : reference.substring(colon + 1);
            String value = name.isEmpty() || name.contains("${") ? null : environment.value(name).orElse(null);
            if (value == null && !name.isEmpty() && !name.contains("${")) {
                if (readSoFar == null) {
                    SettingsBuilder builder = Settings.builder();
                    documents.forEach(document -> document.settings().forEach(builder::add));
                    readSoFar = builder.build();
                }
                value = readSoFar.get(name).filter(setting -> !setting.isDeferred()).map(Setting::value).orElse(null);
            }
            if (value == null) {
                value = fallback;
            }
            if (value == null || value.contains("${")) {
                unresolved.add(name);
            } else {
                text.append(value);
            }
            at = end + 1;
        }
        return new Placeholders(text.toString(), unresolved);
    }

    private List<Resource> directory(@Nullable ClassPathRoot classPath, String directory, boolean optional,
            Setting location, List<String> forProfiles) {
        boolean exists = classPath != null ? classPath.isDirectory(directory)
                : Files.isDirectory(Path.of(directory.isEmpty() ? "." : directory));
        List<Resource> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.addAll(configNames);
        forProfiles.forEach(profile -> configNames.forEach(name -> names.add(name + "-" + profile)));
        for (String name : names) {
            for (String extension : EXTENSIONS) {
                Resource resource = new Resource(classPath, directory + name + "." + extension,
                        ConfigFiles.Format.ofSpringBoot(extension), null);
                if (resource.exists()) {
                    found.add(resource);
                }
            }
        }
        // forty-fourth pass: a classpath: location is the application's own class path, not the deploy machine's,
        // and the location replaces the application's files: deferring it judged nothing and was GO
        if (!optional && !exists && location == fromEnvironment && classPath == null) {
            external(location, "file:", "a directory on the deploy machine");
        } else if (!optional && (!exists || classPath != null && found.isEmpty() && forProfiles.isEmpty())) {
            throw error(location, named(location) + " of directory " + display(classPath, directory)
                    + (exists ? " finds no " + configNames.get(0) + ".properties, .yml or .yaml in it"
                    : ": no such directory")
                    + "; Spring Boot stops start-up (write optional: before the location if it may be absent)");
        }
        return found;
    }

    private List<Resource> file(@Nullable ClassPathRoot classPath, String file, boolean optional, Setting location,
            List<String> forProfiles) {
        Matcher hint = EXTENSION_HINT.matcher(file);
        String root;
        String extension;
        ConfigFiles.Format format;
        if (hint.matches()) {
            root = hint.group(1);
            extension = "";
            format = format(hint.group(2), optional, location);
        } else {
            int dot = file.lastIndexOf('.');
            int slash = file.lastIndexOf('/');
            String suffix = dot > slash ? file.substring(dot) : "";
            format = format(suffix, optional, location);
            root = file.substring(0, file.length() - suffix.length());
            extension = suffix;
        }
        if (format == null) {
            return List.of();
        }
        List<Resource> candidates = new ArrayList<>();
        Resource plain = new Resource(classPath, root + extension, format, null);
        if (plain.exists()) {
            candidates.add(plain);
            if (optional && classPath == null && location != fromEnvironment && property(location).equals(IMPORT)
                    && location.value().startsWith("optional:file:") && (!Path.of(plain.path()).isAbsolute()
                            || workingDirectory != null && plain.path().startsWith(workingDirectory))) {
                // thirty-fourth pass: application.yml's optional:file:.env[.properties] read the developer's
                // git-ignored .env beside the project, whose WIDGET_SECRETS_DIR=./secrets/ then moved the
                // configtree import away from the Secret that --k8s mounts: a false NO-GO, and nothing said why
                missingOptional.add(location.origin().description() + ": an optional " + IMPORT + " file"
                        + " relative to the working directory was read from "
                        + (workingDirectory == null ? "the directory the check runs in"
                                : "the project's directory (" + plain.path() + ")")
                        + ", as a service started there would read it; where the service runs it reads the one in its"
                        + " own working directory, if any, so a local file here is judged as if it were deployed"
                        + (workingDirectory == null ? " (run the check from a directory without it to judge the deploy"
                                + " alone)" : " (give the deploy's own file as an env file to judge that instead)"));
            }
        } else if (!optional && location == fromEnvironment && classPath == null) {
            external(location, "file:", "a file on the deploy machine");
        } else if (!optional) {
            throw error(location, named(location) + " of " + display(classPath, plain.path()) + ": no such file;"
                    + " Spring Boot stops start-up (write optional: before the location if it may be absent)");
        } else if (classPath == null && property(location).equals(IMPORT)) {
            missingOptional.add(location.origin().description() + ": an optional " + IMPORT + " file is not here,"
                    + " so what it holds is not judged; Spring Boot reads it where the service runs if it is there"
                    + " (give the check its content, as a configuration or env file, to judge it)");
        }
        for (String profile : forProfiles) {
            Resource variant = new Resource(classPath, root + "-" + profile + extension, format, null);
            if (variant.exists()) {
                candidates.add(variant);
            }
        }
        return candidates;
    }

    private static ConfigFiles.@Nullable Format format(String extension, boolean optional, Setting location) {
        String lower = extension.toLowerCase(Locale.ROOT);
        switch (lower) {
            case ".yml", ".yaml" -> {
                return ConfigFiles.Format.YAML;
            }
            case ".properties" -> {
                return ConfigFiles.Format.PROPERTIES;
            }
            case ".xml" -> {
                return ConfigFiles.Format.XML;
            }
            default -> {
                if (optional) {
                    return null;
                }
                throw error(location, "spring.config.import of a file whose extension Spring Boot does not know;"
                        + " name it .properties, .xml, .yml or .yaml, end a directory with '/', or give the format as"
                        + " a hint such as [.yml]");
            }
        }
    }

    private void configTree(String directory, boolean optional, Setting location) {
        if (!directory.endsWith("/")) {
            throw error(location, "spring.config.import of a configtree: location must end with '/'");
        }
        if (directory.contains("*")) {
            external(location, "configtree: with a wildcard", "the directories it matches are known at deploy");
            return;
        }
        Path root = Path.of(directory);
        if (!Files.isDirectory(root)) {
            List<Setting> mounted = mountedTree(directory);
            if (!mounted.isEmpty()) {
                if (loaded.add("configtree-mount:" + directory)) {
                    documents.add(new ConfigFiles.Document(mounted, null, null, null));
                }
                return;
            }
            if (optional) {
                if (property(location).equals(IMPORT)) {
                    // a Kubernetes-mounted secret directory is the usual case: its keys are what the service needs
                    // most, so their absence here must not pass unsaid (session 24)
                    missingOptional.add(location.origin().description() + ": an optional " + IMPORT + " configtree:"
                            + " directory is not here, so the settings it holds are not judged; Spring Boot reads it"
                            + " where the service runs, such as a mounted Secret (give the check its content, as"
                            + " --k8s manifests or an env file, to judge it)");
                }
                return;
            }
            if (location == fromEnvironment) {
                external(location, "configtree:", "a directory on the deploy machine");
                return;
            }
            throw error(location, "spring.config.import of configtree: " + directory + ": no such directory;"
                    + " Spring Boot stops start-up (write optional: before the location if it may be absent)");
        }
        if (!loaded.add("configtree:" + root.toAbsolutePath().normalize())) {
            return;
        }
        List<Setting> settings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 32, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files.filter(Files::isRegularFile).filter(file -> !hidden(root.relativize(file))).sorted()
                    .forEach(file -> settings.add(treeValue(root, file)));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SettingsFileException(directory, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        documents.add(new ConfigFiles.Document(settings, null, null, null));
    }

    /**
     * The settings a config tree at {@code directory} holds in the container, from the files the manifests' Secret
     * and ConfigMap volumes mount under it: the path below the directory is the key, as for a directory on disk.
     */
    private List<Setting> mountedTree(String directory) {
        List<Setting> settings = new ArrayList<>();
        String prefix = directory.replaceAll("/{2,}", "/");
        for (KubernetesManifests.MountedFile file : mountedFiles) {
            String path = file.path().replaceAll("/{2,}", "/");
            if (!path.startsWith(prefix) || path.length() == prefix.length()) {
                continue;
            }
            String[] names = path.substring(prefix.length()).split("/");
            boolean hidden = false;
            for (String name : names) {
                hidden |= name.isEmpty() || name.startsWith("..");
            }
            if (hidden) {
                continue;
            }
            String value = file.value();
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            } else if (value.endsWith("\n")) {
                value = value.substring(0, value.length() - 1);
            }
            settings.add(Setting.of(String.join(".", names), value, file.origin()));
        }
        return settings;
    }

    private static boolean hidden(Path relative) {
        for (Path element : relative) {
            if (element.toString().startsWith("..")) {
                return true;
            }
        }
        return false;
    }

    private static Setting treeValue(Path root, Path file) {
        List<String> names = new ArrayList<>();
        root.relativize(file).forEach(element -> names.add(element.toString()));
        String value = SettingsFiles.read(file, SettingsFiles.Encoding.UTF_8_ELSE_ISO_8859_1);
        if (value.endsWith("\r\n")) {
            value = value.substring(0, value.length() - 2);
        } else if (value.endsWith("\n")) {
            value = value.substring(0, value.length() - 1);
        }
        return Setting.of(String.join(".", names), value, Origin.file(file.toString(), 1));
    }

    private void external(Setting location, String kind, String why) {
        String property = property(location);
        String key = property + "[" + kind.replaceAll("[^A-Za-z0-9-]", "") + "]";
        int count = 1;
        for (ConfigFiles.Document document : documents) {
            for (Setting setting : document.settings()) {
                if (setting.isDeferred() && setting.key().startsWith(key.substring(0, key.length() - 1))) {
                    count++;
                }
            }
        }
        if (count > 1) {
            key = key.substring(0, key.length() - 1) + "-" + count + "]";
        }
        String what = property.equals(IMPORT) ? "import" : "location";
        String described = kind.equals("placeholder") ? "the " + what + " written with ${…}"
                : "the " + kind + " " + what;
        documents.add(new ConfigFiles.Document(List.of(Setting.deferred(key, "", location.origin(),
                described + " (" + why + "; its settings are not judged)")), null, null, null));
    }

    /** The property a location was given in, in Spring's canonical form. */
    /** The property a location was given by, as an error names it: an import unless the environment set another. */
    private String named(Setting location) {
        return location == fromEnvironment ? property(location) : IMPORT;
    }

    private static String property(Setting location) {
        for (String property : List.of(LOCATION, ADDITIONAL_LOCATION)) {
            if (ConfigFiles.canonicalStartsWith(location.key(), RelaxedNames.canonical(property))) {
                return property;
            }
        }
        return IMPORT;
    }

    private SettingsFileException missingApplication(Setting location) {
        return error(location, "spring.config.import of a classpath: location needs the application; give it with"
                + " --app (ApplicationConfig.Builder.application), or read the file where the build keeps it"
                + " (src/main/resources)");
    }

    private @Nullable ClassPathRoot resourcesRootOf(Resource from) {
        return from.classPath() == null && from.text() == null ? resourcesRootAbove(from.path()) : null;
    }

    /** The directories a build keeps class path resources in: an importing file under one reads its imports there. */
    private static final List<String> RESOURCE_ROOTS = List.of("src/main/resources", "target/classes",
            "build/resources/main", "BOOT-INF/classes", "WEB-INF/classes");

    /**
     * The class path root a configuration file on disk sits in, when it sits in a directory a build keeps class path
     * resources in ({@code src/main/resources}, {@code target/classes}, …): there a {@code classpath:} import is
     * what the application's class path will hold, so it is read without {@code --app}.
     */
    private @Nullable ClassPathRoot resourcesRootAbove(String file) {
        Path directory;
        try {
            directory = Path.of(file).toAbsolutePath().normalize().getParent();
        } catch (java.nio.file.InvalidPathException invalid) {
            return null;
        }
        for (; directory != null; directory = directory.getParent()) {
            String written = directory.toString().replace(java.io.File.separatorChar, '/');
            for (String root : RESOURCE_ROOTS) {
                if (written.endsWith("/" + root) && Files.isDirectory(directory)) {
                    return inferredRoots.computeIfAbsent(directory, ClassPathRoot::of);
                }
            }
        }
        return null;
    }

    private static String stripLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }

    /** {@code a/./b/../c} as {@code a/c}; a trailing {@code /} stays. */
    private static String normalize(String path, boolean inClassPath) {
        if (path.isEmpty()) {
            return path;
        }
        boolean directory = path.endsWith("/");
        String normalized = Path.of(path).normalize().toString().replace(java.io.File.separatorChar, '/');
        if (inClassPath) {
            normalized = stripLeadingSlashes(normalized);
        }
        return normalized.isEmpty() || !directory || normalized.endsWith("/") ? normalized : normalized + "/";
    }

    private static String display(@Nullable ClassPathRoot classPath, String path) {
        return classPath != null ? classPath.name(path) : path;
    }

    private static SettingsFileException error(@Nullable Setting importedBy, String reason) {
        if (importedBy == null) {
            return new SettingsFileException("spring.config.import", 0, reason);
        }
        // a location that finds nothing is named in the error: never with the password or token it carries
        String file = importedBy.origin().file().orElse(importedBy.origin().description());
        return new SettingsFileException(file, importedBy.origin().line().orElse(0),
                EmbeddedCredentials.redacted(reason, importedBy.value()));
    }
}
