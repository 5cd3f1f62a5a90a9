package dev.readiness.cli;

import dev.readiness.Readiness;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the executable jar: {@code java -jar readiness-cli.jar check [options]}.
 *
 * <p>Exit status: {@value ExitStatus#PASSED} when the verdict is below {@code fail-on},
 * {@value ExitStatus#BLOCKED} when it is at or above, {@value ExitStatus#CANNOT_RUN} when the command could not run
 * (bad option, unreadable or malformed file), with one line on standard error that names the option or the file and
 * line. Only the report is written to standard output, in UTF-8.
 *
 * <p>Gates are found with {@link java.util.ServiceLoader}; to add your own, put their jar on the class path and name
 * this class: {@code java -cp readiness-cli.jar:my-gates.jar dev.readiness.cli.Main check …}. A check that runs any
 * gate other than readiness's built-in ones runs in a child JVM ({@link CheckProcess}): a gate that ends that JVM
 * with {@link Runtime#halt} or {@link System#exit} cannot make the exit status 0, since this process exits with the
 * child's status only when the child confirmed it had printed its report. A check of the built-in gates alone runs
 * in this JVM; if it is asked to exit before the report is written, a shutdown hook halts it with
 * {@value ExitStatus#CANNOT_RUN}.
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
        String receipt = System.getProperty(CheckProcess.RECEIPT_PROPERTY);
        if (receipt != null) {
            runAsChild(Path.of(receipt), args, err);
        }
        CheckProcess child = CheckProcess.forUserGates(args, Readiness.class.getClassLoader());
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> refuseEarlyExit(finished, child, err),
                "readiness-exit-guard"));
        int status = child == null ? Cli.execute(args, System.in, out, err, System.getenv()) : child.run(out, err);
        out.flush();
        err.flush();
        finished.set(true);
        System.exit(status);
    }

    /**
     * The child's side of {@link CheckProcess}: takes the key before any gate is loaded, drops what is printed to
     * {@code System.out} and {@code System.err} outside the gates' run (what gates print while they run is relayed
     * scrubbed with the notices by the check), runs the command with its report and notices written to files of the
     * private directory (the parent prints them; this process's own standard output and error are never shown, so a
     * gate writing to the file descriptors reaches nobody), and after the report is written writes the receipt and
     * halts with the status, so no shutdown hook a gate registered can change it. A gate that ends the JVM first
     * leaves no receipt, and the parent answers {@value ExitStatus#CANNOT_RUN}.
     */
    private static void runAsChild(Path directory, String[] args, PrintStream err) {
        CheckProcess.Receipt receipt;
        PrintStream report;
        PrintStream notices;
        try {
            receipt = CheckProcess.Receipt.claim(directory);
            report = receipt.report();
            notices = receipt.notices();
        } catch (IOException | RuntimeException e) {
            err.println(Cli.NAME + ": the check process cannot read its key in " + directory + " ("
                    + e.getClass().getSimpleName() + "); it is started by readiness itself");
            err.flush();
            Runtime.getRuntime().halt(ExitStatus.CANNOT_RUN);
            return;
        }
        // what gates print while they run is captured by the check, scrubbed and relayed to standard error; what is
        // printed outside that (a gate thread that outlives the check, swallowing interrupts and printing in a loop)
        // is dropped, never relayed unscrubbed: the report, notices and receipt use streams of their own
        PrintStream dropped = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(dropped);
        System.setErr(dropped);
        int status = Cli.execute(args, System.in, report, notices, System.getenv());
        report.close();
        notices.close();
        System.out.flush();
        System.err.flush();
        try {
            receipt.write(status);
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().halt(ExitStatus.CANNOT_RUN);
        }
        Runtime.getRuntime().halt(status);
    }

    /**
     * Runs when the JVM shuts down: if the command did not finish (a gate called {@link System#exit}, or the process
     * was told to stop), ends the child process if there is one, says so and halts with
     * {@value ExitStatus#CANNOT_RUN}, so that no exit status, least of all 0, stands for a check that never reported.
     */
    private static void refuseEarlyExit(AtomicBoolean finished, @Nullable CheckProcess child, PrintStream err) {
        if (finished.get()) {
            return;
        }
        if (child != null) {
            child.stop();
            err.println(Cli.NAME + ": the check was stopped before its report was written; no verdict was reached");
        } else {
            err.println(Cli.NAME + ": the JVM was asked to exit before the report was written (a gate called"
                    + " System.exit, or the process was stopped); no verdict was reached");
        }
        err.flush();
        Runtime.getRuntime().halt(ExitStatus.CANNOT_RUN);
    }
}
