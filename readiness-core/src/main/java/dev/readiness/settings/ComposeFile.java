package dev.readiness.settings;

import dev.readiness.settings.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads what Docker Compose injects into one service: its {@code env_file:} files (a string, a list of strings or
 * of {@code {path, required}}), overridden by its {@code environment:} (a map, or a list of {@code KEY=value};
 * a bare {@code KEY} passes the variable through from the shell). Values are interpolated as Compose does:
 * {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or empty), {@code ${VAR-default}} (unset),
 * {@code ${VAR:?message}}, {@code $$} for a literal {@code $}, from the shell environment given and the {@code .env}
 * file beside the Compose file. A variable neither defines stays as written and makes the setting
 * {@linkplain Setting#isDeferred() deferred}: the shell that runs Compose supplies it. A service that
 * {@code extends:} another (of this file, or of another with {@code file:}) injects what the other does too, merged
 * as Compose merges them. The files a Compose file {@code include:}s (Compose 2.20+; a path, a list of paths, or
 * {@code {path, env_file, project_directory}}) bring their services, each read as its own file: relative paths and
 * its {@code extends:} from its own directory, interpolated with the {@code .env} of that directory (or the
 * {@code env_file:} the entry names); the files of one {@code path:} list are merged as override files, a later
 * one's service over an earlier one's key by key; a service defined twice otherwise, an include loop or a missing
 * file is an error naming the line, as Compose refuses them.
 */
final class ComposeFile {

    private final String file;
    private final Settings shell;
    /** What the earlier lines of the dotenv file being read set, and the env_files read before it; else empty. */
    private final Map<String, Setting> earlierLines;

    private ComposeFile(String file, Settings shell) {
        this(file, shell, Map.of());
    }

    private ComposeFile(String file, Settings shell, Map<String, Setting> earlierLines) {
        this.file = file;
        this.shell = shell;
        this.earlierLines = earlierLines;
    }

    static List<Setting> read(Path path, @Nullable String service, List<Setting> shellEnvironment) {
        ComposeFile compose = new ComposeFile(path.toString(), shell(path.normalize().getParent(), List.of(),
                shellEnvironment));
        Map<String, Defined> services = new LinkedHashMap<>();
        compose.collect(path, services, shellEnvironment, new ArrayList<>());
        return compose.service(services, service);
    }

    /**
     * A service and where it is defined: the file read as its own Compose file, its services and directory, and the
     * definition of an earlier file of the same {@code include:} path list that this one overrides, if any.
     */
    private record Defined(ComposeFile owner, YamlNode.Mapping services, YamlNode definition,
            @Nullable Path directory, @Nullable Defined under) {

        /** This definition over an earlier one, as a later file of a path list (or {@code -f}) overrides it. */
        Defined over(Defined earlier) {
            return new Defined(owner, services, definition, directory, under == null ? earlier : under.over(earlier));
        }
    }

    /** How many files deep includes may go before they are refused as a loop. */
    private static final int MAX_INCLUDES = 16;

    /**
     * The variables a Compose file is interpolated with: the {@code .env} of its project directory (or the env files
     * an {@code include:} entry names instead), under the shell's environment.
     */
    private static Settings shell(@Nullable Path directory, List<Path> envFiles, List<Setting> shellEnvironment) {
        List<Path> files = envFiles;
        if (files.isEmpty()) {
            Path dotEnv = besideTheFile(directory, ".env");
            files = Files.isRegularFile(dotEnv) ? List.of(dotEnv) : List.of();
        }
        Settings environment = Settings.builder().addAll(shellEnvironment).build();
        Map<String, Setting> read = new LinkedHashMap<>();
        for (Path envFile : files) {
            for (Setting setting : dotenvAsCompose(envFile, environment, read, null)) {
                // session 40: one only known at run time stays as written here, as before ${X} in .env was read
                read.put(setting.key(), setting.isDeferred() ? Setting.of(setting.key(), setting.value(),
                        setting.origin()) : setting);
            }
        }
        return Settings.builder().addAll(read.values()).addAll(shellEnvironment).build();
    }

    /**
     * A dotenv file as Compose reads one, the project's {@code .env} or a service's {@code env_file:}: each value
     * interpolated (a single-quoted or literal one used as written), a variable looked up first in
     * {@code environment}, then in what {@code earlier} holds, to which this file's lines are added as they are read
     * (compose-go: the environment has precedence, then values of earlier lines and of earlier env_files). Session 40:
     * {@code BASE=changeme} then {@code JWT_SECRET=${BASE}} was a deferred {@code JWT_SECRET} "from BASE of the shell",
     * GO, where Compose injects {@code changeme}.
     */
    private static List<Setting> dotenvAsCompose(Path dotenv, Settings environment, Map<String, Setting> earlier,
            @Nullable String route) {
        List<String> lines = envFileLines(dotenv);
        ComposeFile reader = new ComposeFile(dotenv.toString(), environment, earlier);
        List<Setting> read = new ArrayList<>();
        long grown = 0;
        for (Setting setting : ConfigFiles.read(dotenv, ConfigFiles.Format.DOTENV).get(0).settings()) {
            Origin origin = route == null ? setting.origin() : setting.origin().via(route);
            Setting interpolated = setting.isLiteral() || singleQuoted(lines, setting)
                    ? Setting.literal(setting.key(), setting.value(), origin)
                    : reader.interpolated(setting.key(), setting.value(), origin);
            // each line may repeat the one before and add to it (A1=${A0}x): every value stays small and their sum
            // grows with the square of the lines, so what the file's lines add beyond their text is bounded too
            grown += Math.max(0, interpolated.value().length() - setting.value().length());
            if (grown > PlaceholderResolver.MAX_VALUE_CHARS) {
                throw new SettingsFileException(origin.description(), 0, "interpolations in this file expand to more"
                        + " than " + PlaceholderResolver.MAX_VALUE_CHARS / (1024 * 1024) + " MB of text by this line"
                        + " (lines that repeat earlier ones); Compose would build it, the check does not");
            }
            read.add(interpolated);
            earlier.put(interpolated.key(), interpolated);
        }
        return read;
    }

    /**
     * The variable an interpolation reads: the environment's (the shell's and the project's), else one an earlier
     * line of the dotenv file being read, or an earlier env_file, set to a value known now. By its exact name:
     * Compose's names are case-sensitive, as the shell's (session 40: {@code ${db_password:-postgres}} took a strong
     * {@code DB_PASSWORD} of {@code .env} by the relaxed names Spring binds with, where Compose injects
     * {@code postgres}).
     */
    private @Nullable Setting variable(String name) {
        Setting fromShell = exactly(name);
        if (fromShell != null) {
            return fromShell;
        }
        Setting earlier = earlierLines.get(name);
        return earlier == null || earlier.isDeferred() ? null : earlier;
    }

    /** Adds the services of this file ({@code path}) and of what it includes, refusing one defined twice. */
    private void collect(Path path, Map<String, Defined> into, List<Setting> shellEnvironment, List<Path> chain) {
        Path directory = path.normalize().getParent();
        YamlNode.Mapping root = root(path);
        chain.add(path.toAbsolutePath().normalize());
        YamlNode include = root.get("include");
        List<YamlNode> entries = include instanceof YamlNode.Sequence list ? list.items()
                : include == null ? List.of() : List.of(include);
        for (YamlNode entry : entries) {
            YamlNode paths = entry instanceof YamlNode.Mapping mapping ? mapping.get("path") : entry;
            List<YamlNode> files = paths instanceof YamlNode.Sequence list ? list.items()
                    : paths == null ? List.of() : List.of(paths);
            if (entry instanceof YamlNode.Sequence || files.isEmpty()
                    || !files.stream().allMatch(f -> f instanceof YamlNode.Scalar scalar && scalar.value() != null)) {
                throw new SettingsFileException(file, entry.line(), "include entries must be paths or mappings with"
                        + " a path:; Compose refuses it");
            }
            List<Path> envFiles = new ArrayList<>();
            Path projectDirectory = null;
            if (entry instanceof YamlNode.Mapping mapping) {
                String project = mapping.text("project_directory");
                projectDirectory = project == null ? null : resolved(directory, project, entry);
                YamlNode env = mapping.get("env_file");
                for (YamlNode item : env instanceof YamlNode.Sequence list ? list.items()
                        : env == null ? List.<YamlNode>of() : List.of(env)) {
                    String name = item instanceof YamlNode.Scalar scalar ? scalar.value() : null;
                    if (name == null) {
                        throw new SettingsFileException(file, item.line(), "env_file of an include entry must be a"
                                + " path; Compose refuses it");
                    }
                    envFiles.add(resolved(directory, name, item));
                }
            }
            // the files of one path list are merged as override files (docker compose -f a -f b): a later file's
            // service overrides an earlier one's key by key; separate entries defining one service are refused
            Map<String, Defined> merged = new LinkedHashMap<>();
            for (YamlNode named : files) {
                String name = ((YamlNode.Scalar) named).value();
                Path included = resolved(directory, name, named);
                if (chain.contains(included.toAbsolutePath().normalize())) {
                    throw new SettingsFileException(file, named.line(), "include of " + name + " loops back to a"
                            + " file that includes it; Compose refuses it");
                }
                if (chain.size() >= MAX_INCLUDES) {
                    throw new SettingsFileException(file, named.line(), "include of " + name + " goes more than "
                            + MAX_INCLUDES + " files deep; a loop?");
                }
                if (!Files.exists(included)) {
                    throw new SettingsFileException(file, named.line(), "include file " + name + " does not exist;"
                            + " Compose refuses it");
                }
                if (Files.isDirectory(included)) {
                    throw new SettingsFileException(file, named.line(), "include of " + name + " names a directory,"
                            + " not a Compose file; Compose refuses it");
                }
                Path projectOfIncluded = projectDirectory != null ? projectDirectory : included.getParent();
                Map<String, Defined> one = new LinkedHashMap<>();
                new ComposeFile(included.toString(), shell(projectOfIncluded, envFiles, shellEnvironment))
                        .collect(included, one, shellEnvironment, new ArrayList<>(chain));
                one.forEach((service, defined) -> merged.merge(service, defined, (earlier, later) -> later.over(earlier)));
            }
            merged.forEach((service, defined) -> {
                Defined before = into.get(service);
                if (before != null) {
                    throw new SettingsFileException(defined.owner().file, defined.definition().line(), "service "
                            + service + " is also defined by " + before.owner().file + ", which " + file + " also"
                            + " includes; Compose refuses it");
                }
                into.put(service, defined);
            });
        }
        if (root.get("services") instanceof YamlNode.Mapping services) {
            for (Map.Entry<String, YamlNode> service : services.entries().entrySet()) {
                Defined before = into.get(service.getKey());
                if (before != null) {
                    throw new SettingsFileException(file, service.getValue().line(), "service " + service.getKey()
                            + " is also defined by " + before.owner().file + ", which this file includes; Compose"
                            + " refuses it");
                }
                into.put(service.getKey(), new Defined(this, services, service.getValue(), directory, null));
            }
        } else if (root.get("services") != null) {
            throw new SettingsFileException(file, root.get("services").line(), "services: is not a mapping; Compose"
                    + " refuses it");
        }
    }

    private Path resolved(@Nullable Path directory, String name, YamlNode at) {
        try {
            return besideTheFile(directory, name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new SettingsFileException(file, at.line(), "include path is not a valid path: " + e.getReason());
        }
    }

    /** The root of a Compose file: one YAML document, a mapping with {@code services:} or {@code include:}. */
    private static YamlNode.Mapping root(Path path) {
        String file = path.toString();
        String text = SettingsFiles.read(path, SettingsFiles.Encoding.STRICT_UTF_8);
        TextContent.checkText(file, text);
        List<YamlNode> documents = ConfigFiles.yamlDocuments(file, text, "YAML Compose file");
        if (documents.size() != 1 || !(documents.get(0) instanceof YamlNode.Mapping root)
                || root.get("services") == null && root.get("include") == null) {
            throw new SettingsFileException(file, documents.isEmpty() ? 0 : documents.get(0).line(),
                    "is not a Compose file: expected one YAML document with a services: mapping");
        }
        return root;
    }

    /** The {@code services:} of a Compose file, which must be one YAML document holding that mapping. */
    private static YamlNode.Mapping services(Path path) {
        YamlNode.Mapping root = root(path);
        if (!(root.get("services") instanceof YamlNode.Mapping services)) {
            throw new SettingsFileException(path.toString(), root.line(),
                    "is not a Compose file: expected one YAML document with a services: mapping");
        }
        return services;
    }

    /**
     * A path written in the Compose file, resolved against the file's directory and normalised, so an origin reads
     * the same however the Compose file was named ({@code compose.yml}, {@code ./compose.yml}): {@code prod.env:3},
     * or {@code /srv/app/prod.env:3} for an absolute Compose path; never {@code /srv/app/./x/../prod.env}.
     */
    private static Path besideTheFile(@Nullable Path directory, String name) {
        return (directory == null ? Path.of(name) : directory.resolve(name)).normalize();
    }

    private List<Setting> service(Map<String, Defined> services, @Nullable String wanted) {
        Defined chosen;
        if (services.isEmpty()) {
            throw new SettingsFileException(file, 1, "defines no service, itself or in what it includes");
        }
        if (wanted != null) {
            chosen = services.get(wanted);
            if (chosen == null) {
                throw new SettingsFileException(file, 1, "has no service named " + wanted
                        + "; its services: " + String.join(", ", services.keySet()));
            }
        } else if (services.size() == 1) {
            chosen = services.values().iterator().next();
        } else {
            throw new SettingsFileException(file, 1, "has " + services.size()
                    + " services (" + String.join(", ", services.keySet())
                    + "); choose one by name (the CLI's --service NAME, the Maven goal's <service>)");
        }
        String serviceName = services.entrySet().stream().filter(entry -> entry.getValue() == chosen)
                .map(Map.Entry::getKey).findFirst().orElse("?");
        Injected injected = layered(chosen, serviceName);
        List<Setting> settings = new ArrayList<>(injected.fromFiles());
        settings.addAll(injected.environment()); // environment: beats env_file:, inherited or not
        return settings;
    }

    /** What a service injects: from its {@code env_file:} files, and its {@code environment:}, each in order. */
    private record Injected(List<Setting> fromFiles, List<Setting> environment) {
    }

    /**
     * What a service injects with the definitions it overrides: theirs first, then its own, so its
     * {@code environment:} wins key by key and its {@code env_file:} entries come after theirs, as Compose merges
     * override files.
     */
    private static Injected layered(Defined defined, String serviceName) {
        Injected own = defined.owner().injected(defined.services(), serviceName, defined.definition(),
                defined.directory(), new ArrayList<>());
        if (defined.under() == null) {
            return own;
        }
        Injected base = layered(defined.under(), serviceName);
        List<Setting> fromFiles = new ArrayList<>(base.fromFiles());
        fromFiles.addAll(own.fromFiles());
        List<Setting> environment = new ArrayList<>(base.environment());
        environment.addAll(own.environment());
        return new Injected(fromFiles, environment);
    }

    /** How many services one may extend in a chain before it is refused as a loop. */
    private static final int MAX_EXTENDS = 16;

    /**
     * What a service injects with what it {@code extends:} (a service of this file, or of another Compose file with
     * {@code file:}), merged as Compose merges them: the base's {@code env_file:} entries, then the service's own;
     * the base's {@code environment:}, overridden key by key by the service's own.
     */
    private Injected injected(YamlNode.Mapping services, String serviceName, YamlNode chosen,
            @Nullable Path directory, List<String> chain) {
        List<Setting> fromFiles = new ArrayList<>();
        List<Setting> environment = new ArrayList<>();
        if (chosen instanceof YamlNode.Mapping definition && definition.get("extends") != null) {
            chain.add(file + "#" + serviceName);
            Injected base = extended(definition.get("extends"), serviceName, services, directory, chain);
            fromFiles.addAll(base.fromFiles());
            environment.addAll(base.environment());
        }
        Injected own = ownSettings(serviceName, chosen, directory, fromFiles);
        fromFiles.addAll(own.fromFiles());
        environment.addAll(own.environment());
        return new Injected(fromFiles, environment);
    }

    private Injected extended(YamlNode node, String serviceName, YamlNode.Mapping services, @Nullable Path directory,
            List<String> chain) {
        String baseName;
        String baseFile = null;
        if (node instanceof YamlNode.Scalar scalar && scalar.value() != null) {
            baseName = scalar.value();
        } else if (node instanceof YamlNode.Mapping mapping && mapping.text("service") != null) {
            baseName = mapping.text("service");
            baseFile = mapping.text("file");
        } else {
            throw new SettingsFileException(file, node.line(), "extends of service " + serviceName + " names no"
                    + " service; Compose refuses it");
        }
        if (chain.size() > MAX_EXTENDS) {
            throw new SettingsFileException(file, node.line(), "extends of service " + serviceName + " goes more than "
                    + MAX_EXTENDS + " services deep; a loop? (" + String.join(" -> ", chain) + ")");
        }
        if (baseFile == null) {
            if (chain.contains(file + "#" + baseName)) {
                throw new SettingsFileException(file, node.line(), "extends of service " + serviceName + " loops back"
                        + " to service " + baseName + "; Compose refuses it");
            }
            YamlNode base = services.get(baseName);
            if (base == null) {
                throw new SettingsFileException(file, node.line(), "service " + serviceName + " extends " + baseName
                        + ", which this file does not define; its services: "
                        + String.join(", ", services.entries().keySet()));
            }
            return injected(services, baseName, base, directory, chain);
        }
        Path path;
        try {
            path = besideTheFile(directory, baseFile);
        } catch (java.nio.file.InvalidPathException e) {
            throw new SettingsFileException(file, node.line(), "extends file is not a valid path: " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new SettingsFileException(file, node.line(), "extends file " + baseFile + " of service "
                    + serviceName + " does not exist; Compose refuses it");
        }
        String other = path.toString();
        if (chain.contains(other + "#" + baseName)) {
            throw new SettingsFileException(file, node.line(), "extends of service " + serviceName + " loops back"
                    + " to service " + baseName + " of " + baseFile + "; Compose refuses it");
        }
        YamlNode.Mapping otherServices = services(path);
        YamlNode base = otherServices.get(baseName);
        if (base == null) {
            throw new SettingsFileException(file, node.line(), "service " + serviceName + " extends " + baseName
                    + " of " + baseFile + ", which does not define it; its services: "
                    + String.join(", ", otherServices.entries().keySet()));
        }
        return new ComposeFile(other, shell).injected(otherServices, baseName, base, path.getParent(), chain);
    }

    /**
     * The route an {@code env_file:} value's origin carries, then the service's name:
     * {@code compose.env:3 via env_file of service api}; the secrets gate reads it (ShippedFiles).
     */
    static final String ENV_FILE_ROUTE = "env_file of service ";

    /**
     * The settings a service's own {@code env_file:} and {@code environment:} inject, given what the env_files of
     * the service it extends set ({@code before}).
     */
    private Injected ownSettings(String serviceName, YamlNode chosen, @Nullable Path directory,
            List<Setting> before) {
        List<Setting> fromFiles = new ArrayList<>();
        // what the env_files read before this one set (those of the service it extends, its own earlier ones), which
        // a value of a later one may use
        Map<String, Setting> earlier = new LinkedHashMap<>();
        before.forEach(setting -> earlier.put(setting.key(), setting));
        List<Setting> settings = new ArrayList<>();
        if (!(chosen instanceof YamlNode.Mapping definition)) {
            throw new SettingsFileException(file, chosen.line(), "service " + serviceName + " is "
                    + (chosen instanceof YamlNode.Sequence ? "a list" : "a single value")
                    + ", not a mapping; Compose refuses it");
        }
        String of = " of service " + serviceName;
        YamlNode envFiles = definition.get("env_file");
        List<YamlNode> files = envFiles instanceof YamlNode.Sequence list ? list.items()
                : envFiles == null ? List.of() : List.of(envFiles);
        for (YamlNode entry : files) {
            String name = entry instanceof YamlNode.Mapping mapping ? mapping.text("path")
                    : entry instanceof YamlNode.Scalar scalar ? scalar.value() : null;
            if (!(entry instanceof YamlNode.Mapping) && !(entry instanceof YamlNode.Scalar)) {
                throw new SettingsFileException(file, entry.line(), "env_file entries must be paths or mappings"
                        + " with a path:");
            }
            boolean required = !(entry instanceof YamlNode.Mapping mapping) || !"false".equals(mapping.text("required"));
            if (name == null) {
                throw new SettingsFileException(file, entry.line(), "env_file entry" + of + " has no path:;"
                        + " Compose refuses it");
            }
            Path envFile;
            try {
                envFile = besideTheFile(directory, name);
            } catch (java.nio.file.InvalidPathException e) {
                throw new SettingsFileException(file, entry.line(), "env_file is not a valid path: " + e.getReason());
            }
            if (!Files.exists(envFile) && !required) {
                continue;
            }
            if (!Files.exists(envFile)) {
                throw new SettingsFileException(file, entry.line(), "env_file " + name + " does not exist");
            }
            // the route says the dotenv file is an env_file, not the Compose file, whatever its name
            // (compose.env): a Compose file's literal is the project's, an env_file's is the deployment's;
            // session 31: a single-quoted value (X='$HOME'), or one whose every $ is escaped, is used literally
            // by Compose as by a shell; it was interpolated here all the same
            fromFiles.addAll(dotenvAsCompose(envFile, shell, earlier, ENV_FILE_ROUTE + serviceName));
        }
        YamlNode environment = definition.get("environment");
        if (environment instanceof YamlNode.Scalar scalar && scalar.value() != null) {
            throw new SettingsFileException(file, environment.line(), "environment" + of + " is a single value,"
                    + " not a mapping or a list; Compose refuses it");
        }
        if (environment instanceof YamlNode.Mapping map) {
            for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
                if (!(entry.getValue() instanceof YamlNode.Scalar)) {
                    throw new SettingsFileException(file, entry.getValue().line(), "environment." + entry.getKey()
                            + of + " is " + (entry.getValue() instanceof YamlNode.Mapping ? "a mapping" : "a list")
                            + ", not a single value; Compose refuses it");
                }
                String value = entry.getValue() instanceof YamlNode.Scalar scalar ? scalar.value() : null;
                Origin origin = Origin.file(file, entry.getValue().line());
                settings.add(value == null ? passThrough(entry.getKey(), origin)
                        : interpolated(entry.getKey(), value, origin));
            }
        } else if (environment instanceof YamlNode.Sequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                YamlNode item = list.items().get(i);
                if (!(item instanceof YamlNode.Scalar)) {
                    throw new SettingsFileException(file, item.line(), "environment[" + i + "]" + of + " is "
                            + (item instanceof YamlNode.Mapping ? "a mapping" : "a list") + ", not KEY=value;"
                            + " Compose refuses it");
                }
                String text = item instanceof YamlNode.Scalar scalar ? scalar.value() : null;
                if (text == null) {
                    continue;
                }
                int equals = text.indexOf('=');
                Origin origin = Origin.file(file, item.line());
                settings.add(equals < 0 ? passThrough(text.strip(), origin)
                        : interpolated(text.substring(0, equals).strip(), text.substring(equals + 1), origin));
            }
        }
        return new Injected(fromFiles, settings);
    }

    private static List<String> envFileLines(Path envFile) {
        try {
            return Files.readAllLines(envFile, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return List.of(); // the dotenv reader reports what it cannot read
        }
    }

    /**
     * Whether an env_file entry's value is written between single quotes ({@code X='Rv7#qLp2!xWm9$Tz4kNc'}), which
     * Compose uses literally: no {@code $} in it is interpolated (Docker's env-file syntax).
     */
    static boolean singleQuoted(List<String> lines, Setting setting) {
        int line = setting.origin().line().orElse(0);
        if (line < 1 || line > lines.size() || setting.value().indexOf('$') < 0) {
            return false;
        }
        String text = lines.get(line - 1).strip();
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.startsWith("export ") || text.startsWith("export\t")) {
            text = text.substring(7).strip();
        }
        if (!text.startsWith(setting.key())) {
            return false;
        }
        text = text.substring(setting.key().length()).strip();
        return text.startsWith("=") && text.substring(1).strip().startsWith("'");
    }

    private Setting passThrough(String key, Origin origin) {
        Setting setting = exactly(key);
        return setting != null ? Setting.of(key, setting.value(), origin.via(setting.origin().description()))
                : Setting.deferred(key, "", origin, key + " of the shell that runs Compose");
    }

    /** The shell's variable of exactly this name; the settings match relaxed names, Compose does not. */
    private @Nullable Setting exactly(String name) {
        return shell.get(name).filter(setting -> setting.key().equals(name)).orElse(null);
    }

    private Setting interpolated(String key, String value, Origin origin) {
        if (value.indexOf('$') < 0) {
            return Setting.of(key, value, origin);
        }
        StringBuilder out = new StringBuilder(value.length());
        List<String> missing = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<Integer> inside = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '$' || i + 1 >= value.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = value.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = value.indexOf('}', i + 2);
                if (close < 0) {
                    throw new SettingsFileException(origin.description(), 0, "an interpolation ${ is never closed;"
                            + " Compose refuses the file");
                }
                expression(value.substring(i + 2, close), value.substring(i, close + 1), out, missing, used, origin);
                checkLength(out, origin);
                i = close + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < value.length() && (Character.isLetterOrDigit(value.charAt(end))
                        || value.charAt(end) == '_')) {
                    end++;
                }
                String name = value.substring(i + 1, end);
                if (variable(name) == null
                        && dev.readiness.internal.DollarsInsideValues.isInsideValue(value, i, name)) {
                    // session 31: a $ of a generated secret (Rv7#qLp2!xWm9$Tz4kNc): Compose cuts the value there,
                    // and the "name" is a piece of the value, never to be printed
                    inside.add(i + 1);
                    out.append(value, i, end);
                } else {
                    expression(name, value.substring(i, end), out, missing, used, origin);
                    checkLength(out, origin);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        // a value interpolated from .env or the shell names where the variable was set too (session 26: a weak
        // password from .env was reported at the Compose file's line alone, and "fix it there" pointed at a line
        // that only says ${DB_PASSWORD})
        Origin through = used.isEmpty() ? origin : origin.via(String.join(" and ", used)); // ", " parts routes
        if (!inside.isEmpty()) {
            String characters = inside.toString().replace("[", "").replace("]", "");
            return Setting.deferred(key, out.toString(), through, dev.readiness.internal.DollarsInsideValues.MARKER
                    + " (character " + characters + "), which Compose reads as the start of a variable that nothing"
                    + " given defines" + (missing.isEmpty() ? "" : ", and " + String.join(", ", missing)
                            + " of the shell that runs Compose"));
        }
        return missing.isEmpty() ? Setting.of(key, out.toString(), through)
                : Setting.deferred(key, out.toString(), through, String.join(", ", missing)
                        + " of the shell that runs Compose");
    }

    /**
     * Refuses a value whose interpolation grew past {@link PlaceholderResolver#MAX_VALUE_CHARS}, as the placeholder
     * resolution does: lines of a dotenv file that each repeat the one before ({@code A1=${A0}${A0}}) double at every
     * step, and since a line may use earlier lines (session 40) forty of them asked for a terabyte. Names the line,
     * never a key or a value.
     */
    private static void checkLength(StringBuilder out, Origin origin) {
        if (out.length() > PlaceholderResolver.MAX_VALUE_CHARS) {
            throw new SettingsFileException(origin.description(), 0, "interpolations in this value expand to more"
                    + " than " + PlaceholderResolver.MAX_VALUE_CHARS / (1024 * 1024) + " MB of text (references that"
                    + " repeat a value at every step); Compose would build it, the check does not");
        }
    }

    /** Where a variable used by an interpolation was set: {@code DB_PASSWORD from .env:1}. */
    private void used(String name, List<String> used) {
        Setting setting = variable(name);
        if (setting != null) {
            String entry = name + " from " + setting.origin().description();
            if (!used.contains(entry)) {
                used.add(entry);
            }
        }
    }

    private void expression(String inner, String written, StringBuilder out, List<String> missing,
            List<String> used, Origin origin) {
        int operator = 0;
        while (operator < inner.length() && (Character.isLetterOrDigit(inner.charAt(operator))
                || inner.charAt(operator) == '_')) {
            operator++;
        }
        String name = inner.substring(0, operator);
        String rest = inner.substring(operator);
        Setting variable = variable(name);
        String value = variable == null ? null : variable.value();
        boolean colon = rest.startsWith(":");
        String kind = colon ? rest.substring(1, Math.min(rest.length(), 2)) : rest.substring(0, Math.min(rest.length(), 1));
        String argument = rest.isEmpty() ? "" : rest.substring(colon ? 2 : 1);
        boolean unset = value == null || colon && value.isEmpty();
        switch (kind) {
            case "-" -> {
                out.append(unset ? argument : value);
                if (!unset) {
                    used(name, used);
                } else if (!argument.isEmpty() && !used.contains("the default of ${" + name + "}")) {
                    // as the placeholder resolution names a default it ran with: ${NOTIFY_API_KEY:-…} in a Compose
                    // file is the default the project ships (secrets.published-default), not the shell's value
                    used.add("the default of ${" + name + "}");
                }
            }
            case "+" -> out.append(unset ? "" : argument);
            case "?" -> {
                if (unset) {
                    missing.add(name);
                    out.append(written);
                } else {
                    out.append(value);
                    used(name, used);
                }
            }
            default -> {
                if (value == null) {
                    missing.add(name);
                    out.append(written);
                } else {
                    out.append(value);
                    used(name, used);
                }
            }
        }
    }
}
