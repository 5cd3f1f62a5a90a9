package dev.readiness.cli;

import dev.readiness.GateOutput;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.gates.tenant.ClassFileTypes;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.SarifReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Profiles;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import dev.readiness.settings.ApplicationConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code readiness check}: reads the settings the service will start with (its own files, with Spring Boot's
 * precedence, profiles and placeholders, and what the deploy injects), runs every gate on the class path for a
 * stage, prints the report and answers with the exit status.
 */
final class CheckCommand {

    /** The setting the {@code settings} gate reads its required keys from. */
    static final String REQUIRED_KEYS = "readiness.settings.required";

    /** Why in-file policy keys are left out with {@code --no-file-policy}. */
    static final String NO_FILE_POLICY = "--no-file-policy says the pipeline owns the policy";

    private static final int MAX_STDIN = 16 * 1024 * 1024;
    private static final Pattern PLAIN_PROFILE = Pattern.compile("[A-Za-z0-9_.-]+");

    private final CheckOptions options;
    private final Map<String, String> environment;
    private final InputStream stdin;
    private final PrintStream notices;

    CheckCommand(CheckOptions options, Map<String, String> environment) {
        this(options, environment, InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()));
    }

    CheckCommand(CheckOptions options, Map<String, String> environment, InputStream stdin, PrintStream notices) {
        this.options = options;
        this.environment = environment;
        this.stdin = stdin;
        this.notices = notices;
    }

    /**
     * Runs the check and prints the report.
     *
     * @param out where the report goes
     * @return the exit status
     */
    int run(PrintStream out) {
        options.notices.forEach(notice -> notices.println(Cli.oneLine(Cli.NAME + ": " + notice)));
        List<Setting> ignored = new ArrayList<>();
        Settings settings = settings(ignored);
        Policy.Builder policy = Policy.builder()
                .waivers(SettingsWaivers.read(settings))
                .waivers(options.waivers);
        if (options.failOn != null) {
            policy.failOn(options.failOn);
        }
        Readiness.Builder readiness = Readiness.builder()
                .stage(options.stage)
                .settings(settings)
                .policy(policy.build())
                .discoveredGates(Readiness.class.getClassLoader())
                .ignoredSettings(ignored, NO_FILE_POLICY);
        entityTypes(settings).ifPresent(types -> readiness.fact(PersistentTypes.class, types));
        if (options.gateTimeout != null) {
            readiness.gateTimeout(options.gateTimeout);
        }
        if (options.deadline != null) {
            readiness.deadline(options.deadline);
        }
        Report report;
        // what a gate prints goes to standard error (standard output holds the report), scrubbed of every secret
        try (GateOutput printed = GateOutput.start(settings, notices::println)) {
            report = readiness.build().run();
        }
        // a waiver's reason is free text that can quote a value: shown scrubbed, as findings are
        List<Waiver> waivers = Waivers.shown(policy.build().waivers(), settings);
        if (options.format == CheckOptions.Format.JSON) {
            out.println(JsonReportRenderer.pretty().withWaivers(policy.build().waivers()).render(report));
        } else if (options.format == CheckOptions.Format.SARIF) {
            out.println(SarifReportRenderer.builder().waivers(waivers).build().render(report));
        } else {
            out.print(TextReportRenderer.full().withWaivers(waivers).render(report));
        }
        out.flush();
        return report.blocks() ? ExitStatus.BLOCKED : ExitStatus.PASSED;
    }

    Settings settings() {
        return settings(new ArrayList<>());
    }

    /**
     * The persistent types of the applications named with {@code --app}, read from their compiled classes, for the
     * tenant gate; none when no application was named. A project with sources that was not built has no classes to
     * read: said on the notices stream, and the tenant gate has nothing to judge.
     */
    private Optional<PersistentTypes> entityTypes(Settings settings) {
        List<PersistentType> types = new ArrayList<>();
        boolean read = false;
        for (CheckOptions.Source source : options.sources) {
            if (source.kind() != CheckOptions.SourceKind.APP) {
                continue;
            }
            Path application = path(source);
            for (String gate : dev.readiness.Gates.notLoadable(application, CheckCommand.class.getClassLoader())) {
                notices.println(Cli.oneLine(Cli.NAME + ": --app " + source.file() + ": its gate " + gate
                        + " (registered in a META-INF/services/dev.readiness.Gate of the application or of a library"
                        + " it packages) is not on this check's class path and does not run; to run it, "
                        + howToLoad(application)));
            }
            Optional<PersistentTypes> found = ClassFileTypes.read(application, settings);
            if (found.isPresent()) {
                read = true;
                types.addAll(found.get().list());
            } else if (ClassFileTypes.hasUnbuiltSources(application)) {
                notices.println(Cli.oneLine(Cli.NAME + ": --app " + source.file() + ": no compiled classes (build"
                        + " the application first, or name its jar): its entities' tenant scoping is not judged"));
            }
        }
        return read ? Optional.of(PersistentTypes.of(types)) : Optional.empty();
    }

    /**
     * How to put an application's gates on the check's class path. A packaged Spring Boot jar or war holds its own
     * classes under {@code BOOT-INF/classes} (or {@code WEB-INF/classes}) and its libraries as nested jars, which the
     * JVM does not load from the archive named on {@code -cp}: session 29's newcomer put the service's jar there, as the
     * README does for a plain jar, and got the same notice again. Spring Boot's own extraction writes a jar whose
     * classes and {@code Class-Path} the JVM reads.
     */
    static String howToLoad(Path application) {
        if (!Files.isRegularFile(application)) {
            return "put the application's classes or the gate's jar on the class path: java -cp"
                    + " readiness-cli.jar:target/classes dev.readiness.cli.Main check …";
        }
        String name = application.getFileName() == null ? "app.jar" : application.getFileName().toString();
        if (!packagedBySpringBoot(application)) {
            return "put the jar or the gate's jar on the class path: java -cp readiness-cli.jar:" + name
                    + " dev.readiness.cli.Main check …";
        }
        return "put the gate's classes on the class path; the JVM does not load a Spring Boot archive's own classes"
                + " and nested jars from the archive named on -cp, so extract it first (java -Djarmode=tools -jar "
                + name + " extract --destination extracted) and run java -cp readiness-cli.jar:extracted/" + name
                + " dev.readiness.cli.Main check …, or name the build's target/classes";
    }

    private static boolean packagedBySpringBoot(Path archive) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
            return zip.stream().limit(100_000).anyMatch(entry -> entry.getName().startsWith("BOOT-INF/")
                    || entry.getName().startsWith("WEB-INF/"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The settings to judge; with {@code --no-file-policy}, without the {@code readiness.*} keys of the files, which
     * go to {@code ignored}.
     */
    private Settings settings(List<Setting> ignored) {
        ApplicationConfig built = config(options.profiles);
        built.notices().forEach(notice -> notices.println(Cli.oneLine(Cli.NAME + ": " + notice)));
        Settings read = built.settings();
        List<String> applied = built.activeProfiles();
        if (read.size() != 0 && !applied.equals(options.profiles) && !applied.equals(List.of("default"))) {
            // the profiles Spring Boot would activate (groups, includes, SPRING_PROFILES_ACTIVE, the files' own
            // spring.profiles.active or .default), as its start-up log says; left unsaid, a group's documents were
            // judged silently (left open by sessions 22 and 23, seen again in session 24)
            notices.println(Cli.oneLine(Cli.NAME + ": checked with the profiles " + String.join(", ", applied)
                    + (options.profiles.isEmpty() ? " (none was named with --profile)"
                            : " (named: " + String.join(", ", options.profiles) + ")")
                    + ", as Spring Boot activates them"));
        }
        Optional<Setting> platform = read.size() == 0 && namesOnlyFiles() ? solePlatformCondition(built)
                : Optional.empty();
        if (platform.isPresent()) {
            String named = platform.get().value().strip();
            notices.println(Cli.oneLine(Cli.NAME + ": " + named() + ": every document is for cloud platform " + named
                    + " (" + platform.get().key() + " at " + platform.get().origin().description() + ") and nothing"
                    + " given shows the service runs there: checked as on " + named
                    + ", where the deploy will run it"));
            built = config(options.profiles, named);
            read = built.settings();
        }
        if (read.size() == 0 && namesOnlyFiles()) {
            Optional<Setting> condition = soleProfileCondition(built);
            if (condition.isPresent()) {
                String profile = condition.get().value().strip();
                notices.println(Cli.oneLine(Cli.NAME + ": " + named() + ": every document is for profile " + profile
                        + " (" + condition.get().key() + " at " + condition.get().origin().description()
                        + ") and no profile was named: checked as --profile " + profile));
                read = config(List.of(profile)).settings();
            } else {
                List<String> stageProfiles = stageProfiles(built);
                if (stageProfiles.isEmpty()) {
                    throw CliException.input(nothingToCheck(built.inactiveProfileConditions()));
                }
                Setting first = built.inactiveProfileConditions().get(0);
                notices.println(Cli.oneLine(Cli.NAME + ": " + named() + ": every document is for a profile that is not"
                        + " active (" + first.key() + "=" + first.value().strip() + " at "
                        + first.origin().description() + ") and no profile was named: checked as --profile "
                        + String.join(" --profile ", stageProfiles) + ", the " + options.stage.id()
                        + " profile the file names"));
                read = config(stageProfiles).settings();
            }
            if (read.size() == 0) {
                throw CliException.input(nothingToCheck(built.inactiveProfileConditions()));
            }
        }
        if (options.noFilePolicy) {
            SettingsBuilder kept = Settings.builder();
            for (Setting setting : read) {
                if (setting.isPolicy()) {
                    ignored.add(setting);
                } else {
                    kept.add(setting);
                }
            }
            read = kept.build();
        }
        if (options.requiredKeys.isEmpty()) {
            return read;
        }
        List<String> keys = new ArrayList<>();
        read.value(REQUIRED_KEYS).filter(value -> !value.isBlank()).ifPresent(keys::add);
        keys.addAll(options.requiredKeys);
        return Settings.builder().addAll(read)
                .add(Setting.of(REQUIRED_KEYS, String.join(",", keys), Origin.of("command line --require")))
                .build();
    }

    private ApplicationConfig config(List<String> profiles) {
        return config(profiles, null);
    }

    /**
     * The application's configuration with these profiles, and on a cloud platform when one is given (as
     * {@code spring.main.cloud-platform}, which Spring Boot reads to decide it).
     */
    private ApplicationConfig config(List<String> profiles, @Nullable String cloudPlatform) {
        ApplicationConfig.Builder config = ApplicationConfig.builder().profiles(profiles.toArray(String[]::new));
        if (options.includeEnvironment) {
            config.environment(environment);
        }
        if (cloudPlatform != null) {
            config.environment(List.of(Setting.of("spring.main.cloud-platform", cloudPlatform,
                    Origin.of("the files' on-cloud-platform condition"))));
        }
        for (CheckOptions.Source source : options.sources) {
            add(source, config);
        }
        return config.build();
    }

    /**
     * The one cloud platform every document left out is for, when files whose documents all say
     * {@code spring.config.activate.on-cloud-platform} are checked and nothing given (the environment, manifests)
     * shows the service runs on a platform: {@code application-preprod.yml} whose only document is for
     * {@code kubernetes} is checked as on Kubernetes, where that deploy runs it, rather than refused as empty. A
     * document also left out for its profile, several platforms, or input read from standard input keep the error.
     */
    private Optional<Setting> solePlatformCondition(ApplicationConfig built) {
        List<Setting> conditions = built.inactivePlatformConditions();
        if (conditions.isEmpty() || !built.inactiveProfileConditions().isEmpty() || readsStandardInput()) {
            return Optional.empty();
        }
        String platform = conditions.get(0).value().strip();
        for (Setting condition : conditions) {
            if (!condition.value().strip().equalsIgnoreCase(platform)) {
                return Optional.empty();
            }
        }
        return platform.isEmpty() ? Optional.empty() : Optional.of(conditions.get(0));
    }

    /**
     * The one profile condition of files checked with no profile active anywhere, when every document left out is
     * for that same plain profile name: {@code application-oauth2.yml} whose only document says
     * {@code on-profile: oauth2} is checked as that profile, the way the service reads it. Expressions
     * ({@code prod & !eu}), several profiles, or a profile named on the command line or in the environment keep the
     * error, which names them; so does input read from standard input, which cannot be read a second time.
     */
    private Optional<Setting> soleProfileCondition(ApplicationConfig built) {
        List<Setting> conditions = built.inactiveProfileConditions();
        if (!options.profiles.isEmpty() || !built.activeProfiles().equals(List.of("default"))
                || conditions.isEmpty() || readsStandardInput()) {
            return Optional.empty();
        }
        String profile = conditions.get(0).value().strip();
        if (!PLAIN_PROFILE.matcher(profile).matches() || profile.equals("default")) {
            return Optional.empty();
        }
        for (Setting condition : conditions) {
            if (!condition.value().strip().equals(profile)) {
                return Optional.empty();
            }
        }
        return Optional.of(conditions.get(0));
    }

    /**
     * The profiles of the stage being checked that the files' own profile conditions name, when no profile is active
     * anywhere and no single plain profile was found: {@code on-profile: dev | test | prod} checked for production is
     * checked as {@code --profile prod}, the way the service runs in production, when that makes a document active.
     * Conditions that name no profile of the stage ({@code docker}, {@code kube}) keep the error, which names them.
     */
    private List<String> stageProfiles(ApplicationConfig built) {
        List<Setting> conditions = built.inactiveProfileConditions();
        if (!options.profiles.isEmpty() || !built.activeProfiles().equals(List.of("default"))
                || conditions.isEmpty() || readsStandardInput()) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        for (Setting condition : conditions) {
            for (String word : condition.value().split("[^A-Za-z0-9_.-]+")) {
                if (!word.isEmpty() && !named.contains(word)
                        && Stage.fromAlias(word).filter(options.stage::equals).isPresent()) {
                    named.add(word);
                }
            }
        }
        if (named.isEmpty()) {
            return List.of();
        }
        for (Setting condition : conditions) {
            try {
                if (Profiles.of(List.of(condition.value())).matches(named)) {
                    return List.copyOf(named);
                }
            } catch (IllegalArgumentException malformed) {
                return List.of();
            }
        }
        return List.of();
    }

    private boolean readsStandardInput() {
        for (CheckOptions.Source source : options.sources) {
            if (source.kind() == CheckOptions.SourceKind.KUBERNETES && source.file().equals("-")) {
                return true;
            }
        }
        return false;
    }

    private String named() {
        StringBuilder named = new StringBuilder();
        for (CheckOptions.Source source : options.sources) {
            if (!named.isEmpty()) {
                named.append(", ");
            }
            named.append(source.option()).append(' ').append(source.file());
        }
        return named.toString();
    }

    private void add(CheckOptions.Source source, ApplicationConfig.Builder config) {
        if (source.kind() == CheckOptions.SourceKind.KUBERNETES && source.file().equals("-")) {
            config.kubernetes("<stdin>", standardInput(), options.container);
            return;
        }
        Path path = path(source);
        switch (source.kind()) {
            case APP -> config.application(path);
            case CONFIG -> config.configFile(path);
            case PROPERTIES -> config.propertiesFile(path);
            case ENV_FILE -> config.envFile(path);
            case KUBERNETES -> config.kubernetesFile(path, options.container);
            case COMPOSE -> config.composeFile(path, options.service);
        }
    }

    /**
     * Whether settings files were named and no application: an application whose configuration is empty takes every
     * setting from its deploy, which is a state to judge, not a failed step.
     */
    private boolean namesOnlyFiles() {
        for (CheckOptions.Source source : options.sources) {
            if (source.kind() == CheckOptions.SourceKind.APP) {
                return false;
            }
        }
        return !options.sources.isEmpty();
    }

    /**
     * Files that were named but hold no setting: a deploy check on nothing would say GO. The usual cause is a step
     * before it that failed ({@code helm template … > out.yml} writing nothing), or files whose every document is for
     * a profile that is not active ({@code application-docker.yml} checked without {@code --profile docker}): then
     * the message names the profile and where it is set.
     */
    private String nothingToCheck(List<Setting> inactiveProfileConditions) {
        String named = named();
        if (inactiveProfileConditions.isEmpty()) {
            return named + ": no settings to check (empty input; did the command that wrote it fail?)";
        }
        Setting first = inactiveProfileConditions.get(0);
        String active = options.profiles.isEmpty() ? "no profile is active"
                : "the active profiles are " + String.join(", ", options.profiles);
        return named + ": no settings to check: every document is for a profile that is not active (" + first.key()
                + "=" + first.value().strip() + " at " + first.origin().description() + ") and " + active
                + "; name the profile the service runs with, e.g. --profile " + firstProfileName(first.value());
    }

    /** The first plain profile name of an {@code on-profile} expression ({@code docker} of {@code docker & !test}). */
    private static String firstProfileName(String expression) {
        for (String word : expression.split("[^A-Za-z0-9_.-]+")) {
            if (!word.isEmpty()) {
                return word;
            }
        }
        return "NAME";
    }

    /**
     * Reads standard input ({@code --k8s -}) on a daemon thread, within the deadline ({@code --deadline}, else
     * {@link Readiness#DEFAULT_DEADLINE}): a writer that never closes the pipe, or a terminal nobody types into, ends
     * the check with exit status {@value ExitStatus#CANNOT_RUN} instead of a hang.
     */
    private String standardInput() {
        Duration limit = options.deadline != null ? options.deadline : Readiness.DEFAULT_DEADLINE;
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(stdin.readNBytes(MAX_STDIN + 1));
            } catch (Throwable e) {
                read.completeExceptionally(e);
            }
        }, "readiness-stdin-reader");
        reader.setDaemon(true);
        reader.start();
        byte[] bytes;
        try {
            bytes = read.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reader.interrupt();
            throw CliException.input("--k8s -: standard input gave no end of file within " + limit.toMillis() / 1000.0
                    + " s (--deadline); close it after the manifests are written, or pass them in a file");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw CliException.input("--k8s -: standard input cannot be read (" + e.getCause().getClass()
                    .getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.input("--k8s -: standard input was not read: the check was interrupted");
        }
        return text(bytes);
    }

    private static String text(byte[] bytes) {
        if (bytes.length > MAX_STDIN) {
            throw CliException.input("--k8s -: standard input is larger than 16 MB; manifests are expected to"
                    + " be far smaller");
        }
        if (bytes.length > 1 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF)) {
            throw CliException.input("--k8s -: <stdin> is not UTF-8 text (a UTF-16 byte order mark)");
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CliException.input("--k8s -: <stdin> is not valid UTF-8 text");
        }
    }

    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "cannot be read";
        } catch (java.nio.file.NoSuchFileException e) {
            return "is a symbolic link whose target does not exist";
        } catch (java.io.IOException | SecurityException e) {
            return "is a symbolic link that loops back on itself (too many levels of symbolic links)";
        }
    }

    private static Path path(CheckOptions.Source source) {
        String option = source.option();
        String file = source.file();
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw CliException.input(option + " " + file + ": not a valid file name");
        }
        if (Files.isDirectory(path) && source.kind() != CheckOptions.SourceKind.APP) {
            throw CliException.input(option + " " + file + ": is a directory, not a file");
        }
        if (!Files.exists(path) && Files.isSymbolicLink(path)) {
            throw CliException.input(option + " " + file + ": " + brokenLink(path));
        }
        if (!Files.exists(path) && file.indexOf('\uFFFD') >= 0) {
            // a byte the file name encoding cannot decode arrives as U+FFFD: the file may well be there
            throw CliException.input(option + " " + file + ": cannot be opened: its name is not valid in this system's"
                    + " encoding (" + System.getProperty("sun.jnu.encoding", "the file name encoding") + "), so the JVM"
                    + " cannot name it; rename the file" + switch (source.kind()) {
                        case ENV_FILE, PROPERTIES -> ", or give it on standard input (" + option + " /dev/stdin < FILE)";
                        case KUBERNETES -> ", or give it on standard input (--k8s - < FILE)";
                        default -> "";
                    });
        }
        if (!Files.exists(path)) {
            throw CliException.input(option + " " + file + ": no such file");
        }
        if (!Files.isReadable(path)) {
            throw CliException.input(option + " " + file + ": cannot be read (permission denied)");
        }
        return path;
    }
}
