package dev.readiness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The entry point of the executable jar: {@code java -jar readiness-cli.jar check [options]}.
 *
 * <p>Exit status: {@value ExitStatus#PASSED} when the verdict is below {@code fail-on},
 * {@value ExitStatus#BLOCKED} when it is at or above, {@value ExitStatus#CANNOT_RUN} when the command could not run
 * (bad option, unreadable or malformed file), with one line on standard error that names the option or the file and
 * line. Only the report is written to standard output, in UTF-8. If the JVM is asked to exit before the report is
 * written (a gate calling {@link System#exit}), a shutdown hook halts it with {@value ExitStatus#CANNOT_RUN}.
 *
 * <p>Gates are found with {@link java.util.ServiceLoader}; to add your own, put their jar on the class path and name
 * this class: {@code java -cp readiness-cli.jar:my-gates.jar dev.readiness.cli.Main check …}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * @param args the arguments, e.g. {@code check --env-file prod.env --format json}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> refuseEarlyExit(finished, err), "readiness-exit-guard"));
        int status = Cli.execute(args, out, err, System.getenv());
        out.flush();
        err.flush();
        finished.set(true);
        System.exit(status);
    }

    /**
     * Runs when the JVM shuts down: if the command did not finish (a gate called {@link System#exit}, or the process
     * was told to stop), says so and halts with {@value ExitStatus#CANNOT_RUN}, so that no exit status, least of all
     * 0, stands for a check that never reported.
     */
    private static void refuseEarlyExit(AtomicBoolean finished, PrintStream err) {
        if (!finished.get()) {
            err.println(Cli.NAME + ": the JVM was asked to exit before the report was written (a gate called"
                    + " System.exit, or the process was stopped); no verdict was reached");
            err.flush();
            Runtime.getRuntime().halt(ExitStatus.CANNOT_RUN);
        }
    }
}
