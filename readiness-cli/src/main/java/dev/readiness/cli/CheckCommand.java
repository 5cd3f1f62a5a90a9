package dev.readiness.cli;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.Waiver;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readiness check}: reads the settings a deploy will inject, runs every gate on the class path for a stage,
 * prints the report and answers with the exit status.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpWidth = 100,
        description = {
            "Runs the readiness gates over the settings a deploy will inject (env and properties files) and exits"
                    + " non-zero when the verdict is at or above --fail-on.",
            "Later files win over earlier ones; every finding names the file and line its value came from."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the verdict is below --fail-on (or nothing blocks in this stage)",
            "1:the verdict is at or above --fail-on",
            "2:the command could not run: bad option, unreadable or malformed file"},
        footer = {"%nExamples:",
            "  readiness check --env-file deploy/prod.env",
            "  readiness check --properties application.properties --env-file prod.env --format json",
            "  readiness check --env-file staging.env --stage staging --fail-on warn",
            "%nMore: docs/reference/cli.md"})
final class CheckCommand implements Callable<Integer> {

    /** The setting the {@code settings} gate reads its required keys from. */
    static final String REQUIRED_KEYS = "readiness.settings.required";

    private final PrintStream out;
    private final Map<String, String> environment;
    private final List<Source> sources = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "production",
            converter = Options.StageConverter.class,
            description = "development, test, staging or production (default: ${DEFAULT-VALUE})")
    Stage stage = Stage.PRODUCTION;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Options.FormatConverter.class,
            description = "text or json; json is the report of the readiness contract (default: ${DEFAULT-VALUE})")
    Options.Format format = Options.Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = Options.FailOnConverter.class,
            description = "no-go or warn: the lowest verdict that exits 1 (default: no-go in staging and production,"
                    + " nothing in development and test)")
    @Nullable Status failOn;

    @Option(names = "--waiver", paramLabel = Options.WAIVER_SYNTAX, converter = Options.WaiverConverter.class,
            description = "accept a finding until a date, e.g. 'sandbox.endpoint:PAYMENT_URL=2026-12-31:card sandbox"
                    + " until go-live' (repeatable; as readiness.waivers[i].* in the files)")
    List<Waiver> waivers = new ArrayList<>();

    @Option(names = "--require", paramLabel = "KEY", split = ",", converter = Options.KeyConverter.class,
            description = "a key that must be set, checked by the settings gate (repeatable or comma-separated;"
                    + " added to " + REQUIRED_KEYS + ")")
    List<String> requiredKeys = new ArrayList<>();

    @Option(names = "--include-env",
            description = "also read this process's environment, below every file (default: off, the check"
                    + " judges what the files say the deploy will inject)")
    boolean includeEnvironment;

    CheckCommand(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    @Option(names = "--env-file", paramLabel = "FILE", order = -2,
            description = "a dotenv file of KEY=value lines (repeatable)")
    void envFile(String file) {
        sources.add(new Source("--env-file", file, true));
    }

    @Option(names = "--properties", paramLabel = "FILE", order = -1,
            description = "a Java properties file (repeatable)")
    void propertiesFile(String file) {
        sources.add(new Source("--properties", file, false));
    }

    @Override
    public Integer call() {
        Settings settings = settings();
        Policy.Builder policy = Policy.builder()
                .waivers(SettingsWaivers.read(settings))
                .waivers(waivers);
        if (failOn != null) {
            policy.failOn(failOn);
        }
        Report report = Readiness.builder()
                .stage(stage)
                .settings(settings)
                .policy(policy.build())
                .gates(gates())
                .build()
                .run();
        if (format == Options.Format.JSON) {
            out.println(JsonReportRenderer.pretty().render(report));
        } else {
            out.print(TextReportRenderer.full().render(report));
        }
        out.flush();
        return report.blocks() ? ExitStatus.BLOCKED : ExitStatus.PASSED;
    }

    /**
     * The files the check reads, in command-line order.
     *
     * @return the sources
     */
    List<Source> sources() {
        return List.copyOf(sources);
    }

    Settings settings() {
        SettingsBuilder builder = Settings.builder();
        if (includeEnvironment) {
            builder.environment(environment);
        }
        for (Source source : sources) {
            source.addTo(builder);
        }
        if (!requiredKeys.isEmpty()) {
            Settings read = builder.build();
            List<String> keys = new ArrayList<>();
            read.value(REQUIRED_KEYS).filter(value -> !value.isBlank()).ifPresent(keys::add);
            keys.addAll(requiredKeys);
            builder.add(Setting.of(REQUIRED_KEYS, String.join(",", keys), Origin.of("command line --require")));
        }
        return builder.build();
    }

    private static List<Gate> gates() {
        try {
            return Gates.discover();
        } catch (ServiceConfigurationError e) {
            throw new CliException("cannot load the gates on the class path: " + e.getMessage());
        }
    }

    /**
     * A settings file named on the command line.
     *
     * @param option the option that named it
     * @param file the file as given
     * @param dotenv {@code true} for a dotenv file, {@code false} for a properties file
     */
    record Source(String option, String file, boolean dotenv) {

        void addTo(SettingsBuilder builder) {
            Path path;
            try {
                path = Path.of(file);
            } catch (InvalidPathException e) {
                throw new CliException(option + " " + file + ": not a valid file name");
            }
            if (Files.isDirectory(path)) {
                throw new CliException(option + " " + file + ": is a directory, not a file");
            }
            if (!Files.exists(path)) {
                throw new CliException(option + " " + file + ": no such file");
            }
            if (!Files.isReadable(path)) {
                throw new CliException(option + " " + file + ": cannot be read (permission denied)");
            }
            if (dotenv) {
                builder.dotenvFile(path);
            } else {
                builder.propertiesFile(path);
            }
        }
    }
}
