package dev.readiness.cli;

import dev.readiness.settings.SettingsFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Properties;

/**
 * Runs a command line: parses it, dispatches, and turns every way the command cannot run into exit status 2 with
 * one line on standard error, never a stack trace.
 */
final class Cli {

    static final String NAME = "readiness";

    /** Why a command whose report could not be written to standard output ends with exit status 2. */
    static final String UNWRITTEN = "cannot write the report to standard output (a full disk, a closed pipe or a"
            + " device that refuses it); no verdict was delivered";

    static final String USAGE = """
            Usage: readiness COMMAND [options]
            Startup safety gates (GO / WARN / NO-GO) for what a deploy is about to inject.

            Commands:
              check          run the gates over an application's configuration and what a deploy
                           injects; exit 0, 1 or 2

            Options:
              -h, --help     print this help and exit
              -V, --version  print the version and exit

            Run 'readiness check --help' for the options of the pre-deploy check.
            'readiness' is: java -jar readiness-cli-<version>.jar
            """;

    static final String CHECK_USAGE = """
            Usage: readiness check [--app PATH] [--profile NAME]... [--config FILE]... [--env-file FILE]...
                                   [--k8s FILE|- [--container NAME]] [--compose FILE [--service NAME]]
                                   [--stage STAGE] [--format text|json|sarif] [--fail-on no-go|warn] [options]
            Runs the readiness gates over the settings a service will start with: its own configuration
            (YAML, properties, profiles, ${...} placeholders) and what the deploy injects (env files,
            Kubernetes env/envFrom, Compose environment). The environment wins over the files, as in
            Spring Boot; every finding names the file and line its value came from. Values are never
            printed.

            """ + CheckOptions.help() + """
              -h, --help            print this help and exit
              -V, --version         print the version and exit

            Exit status:
              0  the verdict is below --fail-on (or nothing blocks in this stage)
              1  the verdict is at or above --fail-on
              2  the command could not run: bad option, unreadable or malformed file (one line naming the
                 file and line); or no verdict was reached: a gate ended the JVM, the check was killed

            Examples:
              readiness check --app . --profile prod --env-file deploy/prod.env
              helm template charts/api | readiness check --k8s - --container api
              readiness check --config application.yml --compose compose.yaml --service api --format json
              readiness check --env-file staging.env --stage staging --fail-on warn

            'readiness' is: java -jar readiness-cli-<version>.jar
            Own gates:      java -cp readiness-cli-<version>.jar:my-gates.jar dev.readiness.cli.Main check ...
                            (run in a child JVM, so a gate that ends the JVM makes the exit status 2)
            More: docs/reference/cli.md
            """;

    private Cli() {
    }

    /**
     * Runs a command line.
     *
     * @param args the arguments
     * @param out where the report, help and version go
     * @param err where the one-line error goes
     * @param environment the process environment, read only with {@code --include-env}
     * @return the exit status
     */
    static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return execute(args, InputStream.nullInputStream(), out, err, environment);
    }

    /**
     * Runs a command line that may read standard input ({@code --k8s -}).
     *
     * @param args the arguments
     * @param in standard input
     * @param out where the report, help and version go
     * @param err where the one-line error goes
     * @param environment the process environment, read only with {@code --include-env}
     * @return the exit status; {@value ExitStatus#CANNOT_RUN} when what was printed to {@code out} could not be written
     */
    static int execute(String[] args, InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment) {
        int status = run(args, in, out, err, environment);
        if (out.checkError()) {
            // PrintStream swallows write errors: a report lost to a full disk, /dev/full or a closed pipe must not
            // leave exit status 0 standing for a verdict nobody received
            return fail(err, UNWRITTEN);
        }
        return status;
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment) {
        try {
            CommandLine commandLine = CommandLine.parse(args);
            return switch (commandLine.action()) {
                case HELP -> print(out, USAGE);
                case CHECK_HELP -> print(out, CHECK_USAGE);
                case VERSION -> print(out, NAME + "-cli " + version() + " (Java " + Runtime.version() + ")\n");
                case CHECK -> new CheckCommand(commandLine.options(), environment, in, err).run(out);
            };
        } catch (CliException e) {
            return fail(err, e.isUsage() ? e.getMessage() + " (see 'readiness check --help')" : e.getMessage());
        } catch (SettingsFileException e) {
            return fail(err, e.getMessage());
        } catch (OutOfMemoryError tooLarge) {
            return fail(err, "the inputs need more memory than this JVM may use (" + Runtime.getRuntime().maxMemory()
                    / (1024 * 1024) + " MB); split them or give the JVM more with -Xmx");
        } catch (RuntimeException | Error unexpected) {
            // The message is withheld: it might quote a value read from a file.
            return fail(err, "internal error " + unexpected.getClass().getName() + "; please report it");
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int print(PrintStream out, String text) {
        out.print(text);
        return ExitStatus.PASSED;
    }

    private static int fail(PrintStream err, String message) {
        err.println(NAME + ": " + oneLine(message));
        return ExitStatus.CANNOT_RUN;
    }

    /**
     * The message on one line, control characters replaced, so a file name with a line break cannot forge output;
     * format, bidi and line-separator characters and CI runners' commands ({@code ##vso[…}) escaped as in the report
     * ({@link dev.readiness.render.ProblemList#escape(String)}), so a file name cannot reorder the line or drive the
     * runner reading standard error.
     *
     * @param message the message
     * @return one printable line
     */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        message.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return dev.readiness.render.ProblemList.escape(line.toString().strip());
    }

    /**
     * The version the build wrote into the jar.
     *
     * @return the version, or {@code unknown}
     */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
