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

    static final String USAGE = """
            Usage: readiness COMMAND [options]
            Startup safety gates (GO / WARN / NO-GO) for what a deploy is about to inject.

            Commands:
              check          run the gates over env and properties files; exit 0, 1 or 2

            Options:
              -h, --help     print this help and exit
              -V, --version  print the version and exit

            Run 'readiness check --help' for the options of the pre-deploy check.
            'readiness' is: java -jar readiness-cli-<version>.jar
            """;

    static final String CHECK_USAGE = """
            Usage: readiness check [--env-file FILE]... [--properties FILE]... [--stage STAGE]
                                   [--format text|json] [--fail-on no-go|warn] [--require KEY]...
                                   [--waiver CODE[:SUBJECT]=EXPIRES:REASON]... [--include-env]
                                   [--gate-timeout DURATION] [--deadline DURATION] [--no-file-policy]
            Runs the readiness gates over the settings a deploy will inject and exits non-zero when the
            verdict is at or above --fail-on. Later files win over earlier ones; every finding names the
            file and line its value came from. Values are never printed.

              --env-file FILE       a dotenv file of KEY=value lines (repeatable)
              --properties FILE     a Java properties file (repeatable)
              --stage STAGE         development, test, staging or production (default: production)
              --format FORMAT       text or json; json is the report of the readiness contract
                                    (default: text)
              --fail-on LEVEL       no-go or warn: the lowest verdict that exits 1 (default: no-go in
                                    staging and production, nothing in development and test)
              --require KEY         a key that must be set, judged by the settings gate (repeatable or
                                    comma-separated; added to readiness.settings.required)
              --waiver CODE[:SUBJECT]=EXPIRES:REASON
                                    accept a finding until a date (repeatable), e.g.
                                    'sandbox.endpoint:PAYMENT_URL=2026-12-31:card sandbox until go-live';
                                    readiness.waivers[i].* in the files apply too, as at boot
              --include-env         also read this process's environment, below every file
                                    (default: off; the check judges what the files will inject)
              --gate-timeout D      how long one gate may run, e.g. 500ms, 5s (default: 5s); a gate
                                    past it is a gate.timeout NO-GO
              --deadline D          how long the whole check may run (default: 15s)
              --no-file-policy      ignore readiness.* keys inside the judged files (exclusions, waivers,
                                    allow-lists): the pipeline owns the policy; each is reported as ignored
              -h, --help            print this help and exit
              -V, --version         print the version and exit

            Exit status:
              0  the verdict is below --fail-on (or nothing blocks in this stage)
              1  the verdict is at or above --fail-on
              2  the command could not run: bad option, unreadable or malformed file

            Examples:
              readiness check --env-file deploy/prod.env
              readiness check --properties application.properties --env-file prod.env --format json
              readiness check --env-file staging.env --stage staging --fail-on warn

            'readiness' is: java -jar readiness-cli-<version>.jar
            Own gates:      java -cp readiness-cli-<version>.jar:my-gates.jar dev.readiness.cli.Main check ...
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
        try {
            Arguments arguments = Arguments.parse(args);
            return switch (arguments.action()) {
                case HELP -> print(out, USAGE);
                case CHECK_HELP -> print(out, CHECK_USAGE);
                case VERSION -> print(out, NAME + "-cli " + version() + " (Java " + Runtime.version() + ")\n");
                case CHECK -> new CheckCommand(arguments.options(), environment).run(out);
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
     * The message on one line, control characters replaced, so a file name with a line break cannot forge output.
     *
     * @param message the message
     * @return one printable line
     */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        message.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
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
