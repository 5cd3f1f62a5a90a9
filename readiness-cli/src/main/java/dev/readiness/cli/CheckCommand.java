package dev.readiness.cli;

import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
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

/**
 * {@code readiness check}: reads the settings a deploy will inject, runs every gate on the class path for a stage,
 * prints the report and answers with the exit status.
 */
final class CheckCommand {

    /** The setting the {@code settings} gate reads its required keys from. */
    static final String REQUIRED_KEYS = "readiness.settings.required";

    /** Why in-file policy keys are left out with {@code --no-file-policy}. */
    static final String NO_FILE_POLICY = "--no-file-policy says the pipeline owns the policy";

    private final CheckOptions options;
    private final Map<String, String> environment;

    CheckCommand(CheckOptions options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
    }

    /**
     * Runs the check and prints the report.
     *
     * @param out where the report goes
     * @return the exit status
     */
    int run(PrintStream out) {
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
        if (options.gateTimeout != null) {
            readiness.gateTimeout(options.gateTimeout);
        }
        if (options.deadline != null) {
            readiness.deadline(options.deadline);
        }
        Report report = readiness.build().run();
        if (options.format == Options.Format.JSON) {
            out.println(JsonReportRenderer.pretty().render(report));
        } else {
            out.print(TextReportRenderer.full().render(report));
        }
        out.flush();
        return report.blocks() ? ExitStatus.BLOCKED : ExitStatus.PASSED;
    }

    Settings settings() {
        return settings(new ArrayList<>());
    }

    /**
     * The settings to judge; with {@code --no-file-policy}, without the {@code readiness.*} keys of the files, which
     * go to {@code ignored}.
     */
    private Settings settings(List<Setting> ignored) {
        SettingsBuilder builder = Settings.builder();
        if (options.includeEnvironment) {
            builder.environment(environment);
        }
        for (CheckOptions.Source source : options.sources) {
            read(source, builder);
        }
        if (options.noFilePolicy) {
            Settings read = builder.build();
            builder = Settings.builder();
            for (Setting setting : read) {
                if (setting.canonicalKey().startsWith("readiness")) {
                    ignored.add(setting);
                } else {
                    builder.add(setting);
                }
            }
        }
        if (!options.requiredKeys.isEmpty()) {
            Settings read = builder.build();
            List<String> keys = new ArrayList<>();
            read.value(REQUIRED_KEYS).filter(value -> !value.isBlank()).ifPresent(keys::add);
            keys.addAll(options.requiredKeys);
            builder.add(Setting.of(REQUIRED_KEYS, String.join(",", keys), Origin.of("command line --require")));
        }
        return builder.build();
    }

    private static void read(CheckOptions.Source source, SettingsBuilder builder) {
        String option = source.option();
        String file = source.file();
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw CliException.input(option + " " + file + ": not a valid file name");
        }
        if (Files.isDirectory(path)) {
            throw CliException.input(option + " " + file + ": is a directory, not a file");
        }
        if (!Files.exists(path)) {
            throw CliException.input(option + " " + file + ": no such file");
        }
        if (!Files.isReadable(path)) {
            throw CliException.input(option + " " + file + ": cannot be read (permission denied)");
        }
        if (source.dotenv()) {
            builder.dotenvFile(path);
        } else {
            builder.propertiesFile(path);
        }
    }
}
