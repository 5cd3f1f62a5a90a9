package dev.readiness.cli;

import dev.readiness.settings.SettingsFileException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Wires the commands, the streams and the error handling: every way the command cannot run becomes exit status 2
 * with one line on standard error, never a stack trace.
 */
final class Cli {

    static final String NAME = "readiness";

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
            return commandLine(out, err, environment).execute(args);
        } catch (RuntimeException | Error unexpected) {
            // picocli lets Errors through; nothing may escape as a stack trace.
            return fail(err, internalError(unexpected));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command line, configured: streams, no colour, no {@code @file} expansion, one-line errors.
     *
     * @param out where the report, help and version go
     * @param err where the one-line error goes
     * @param environment the process environment, read only with {@code --include-env}
     * @return the command line
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new TopCommand());
        commandLine.addSubcommand("check", new CheckCommand(out, environment));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        // "@file" arguments would read a file as options and could echo its values in an error message.
        commandLine.setExpandAtFiles(false);
        // --env-file and --properties are recorded in command-line order by their setters, each call one file.
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> fail(err, usageError(exception)));
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> fail(err, describe(exception)));
        return commandLine;
    }

    private static String describe(Exception exception) {
        if (exception instanceof CliException || exception instanceof SettingsFileException) {
            return exception.getMessage();
        }
        if (exception instanceof ParameterException parameterException) {
            return usageError(parameterException);
        }
        return internalError(exception);
    }

    private static String usageError(ParameterException exception) {
        String command = exception.getCommandLine() == null ? NAME
                : exception.getCommandLine().getCommandSpec().qualifiedName();
        return exception.getMessage() + " (see '" + command + " --help')";
    }

    private static String internalError(Throwable unexpected) {
        // The message is withheld: it might quote a value read from a file.
        return "internal error " + unexpected.getClass().getName() + "; please report it";
    }

    private static int fail(PrintStream err, String message) {
        err.println(NAME + ": " + oneLine(message));
        err.flush();
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

    @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            synopsisSubcommandLabel = "COMMAND",
            description = "Startup safety gates (GO / WARN / NO-GO) for what a deploy is about to inject.",
            footer = {"", "Run '" + NAME + " check --help' for the options of the pre-deploy check."})
    static final class TopCommand implements Callable<Integer> {

        @Spec
        @SuppressWarnings("NullAway.Init")
        CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(), "missing command: use '" + NAME + " check [options]'");
        }
    }
}
