package dev.readiness.cli;

import dev.readiness.Gate;
import dev.readiness.Readiness;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs a check whose gates include code other than readiness's own in a child JVM, so that a gate ending the JVM
 * ({@link Runtime#halt}, {@link System#exit}) ends only the child, and this process judges how it ended.
 *
 * <p>The child gets the same {@code java}, class path, JVM options (less agents and debugging), arguments,
 * environment, working directory and standard input, plus a private directory with a one-time key. It reads and
 * deletes the key before any gate is loaded, writes its report and its notices to files of that directory, and after
 * the report writes a receipt holding the key and its exit status. This process passes the notices on to standard
 * error, and the report to standard output and exits with the child's status only when the receipt holds the key and
 * that very status; a child that ended any other way (halted or exited by a gate, killed, crashed) or outlived the
 * deadline plus {@link #MARGIN} is exit status {@value ExitStatus#CANNOT_RUN} with one line on standard error, and
 * no report. The child's own standard output and error are read and never shown: a gate that writes to the
 * file descriptors ({@link java.io.FileDescriptor#out}) past the capture of {@code System.out} may quote a setting's
 * value, so only how many bytes it wrote is said (they are counted as they come and kept nowhere).
 *
 * <p>The limit: the key lives in the child's memory while gates run, so a gate written to defeat this (reading the
 * key out of the process's heap) can still forge a receipt. It protects against gates that end the JVM, not against
 * hostile code, which can do anything the user running the check can.
 */
final class CheckProcess {

    /** The system property that makes {@link Main} the child and names its private directory. */
    static final String RECEIPT_PROPERTY = "readiness.cli.receipt";

    /** The system property that overrides {@link #MARGIN}, in the syntax of {@code --deadline}; for tests. */
    static final String MARGIN_PROPERTY = "readiness.cli.watchdog-margin";

    /** How long the child may run beyond the deadline: starting the JVM, reading the inputs, printing the report. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private static final String KEY_FILE = "key";
    private static final String RECEIPT_FILE = "receipt";
    private static final String REPORT_FILE = "report";
    private static final String NOTICES_FILE = "notices";

    /** The gates readiness-core registers; any other registration runs code that is not readiness's. */
    static final Set<String> BUILT_IN_GATES = Set.of(
            "dev.readiness.gates.database.DatabaseGate",
            "dev.readiness.gates.settings.RequiredSettingsGate",
            "dev.readiness.gates.settings.UnknownPropertiesGate",
            "dev.readiness.gates.sandbox.SandboxGate",
            "dev.readiness.gates.secrets.SecretsGate",
            "dev.readiness.gates.tenant.TenantGate");

    private final String[] args;
    private final Duration limit;
    private volatile @Nullable Process child;
    private volatile @Nullable Path receiptDirectory;
    private volatile boolean stopped;

    private CheckProcess(String[] args, Duration limit) {
        this.args = args.clone();
        this.limit = limit;
    }

    /**
     * The child process to run a command line in, or none when it runs no gate but readiness's own (or is no check
     * at all: help, version, an invalid command line), which then runs in this process at no extra cost.
     *
     * @param args the command line
     * @param classLoader the class loader the gates are discovered from
     * @return the child process to start, or {@code null} to run in this process
     */
    static @Nullable CheckProcess forUserGates(String[] args, ClassLoader classLoader) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (RuntimeException invalid) {
            return null;
        }
        if (commandLine.action() != CommandLine.Action.CHECK || !hasOtherGates(classLoader)) {
            return null;
        }
        Duration deadline = Objects.requireNonNullElse(commandLine.options().deadline, Readiness.DEFAULT_DEADLINE);
        return new CheckProcess(args, deadline.plus(margin()));
    }

    /**
     * Whether a gate registered for {@link ServiceLoader} is not one of readiness-core's built-in gates loaded from
     * readiness-core itself. Listing the registrations loads their classes without initializing them, so no gate code
     * runs; a registration that cannot be listed counts as another gate.
     *
     * @param classLoader the class loader to search
     * @return {@code true} if the check would run code other than readiness's own
     */
    static boolean hasOtherGates(ClassLoader classLoader) {
        CodeSource readiness = Readiness.class.getProtectionDomain().getCodeSource();
        try {
            Iterator<ServiceLoader.Provider<Gate>> providers = ServiceLoader.load(Gate.class, classLoader).stream()
                    .iterator();
            while (providers.hasNext()) {
                Class<? extends Gate> type = providers.next().type();
                if (!BUILT_IN_GATES.contains(type.getName())
                        || !sameLocation(type.getProtectionDomain().getCodeSource(), readiness)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException | LinkageError unlisted) {
            return true;
        }
    }

    private static boolean sameLocation(@Nullable CodeSource one, @Nullable CodeSource other) {
        return Objects.equals(one == null ? null : one.getLocation(), other == null ? null : other.getLocation());
    }

    private static Duration margin() {
        String margin = System.getProperty(MARGIN_PROPERTY);
        try {
            return margin == null ? MARGIN : CheckOptions.duration(MARGIN_PROPERTY, margin);
        } catch (CliException invalid) {
            return MARGIN;
        }
    }

    /**
     * How long the child may run before it is stopped: the deadline plus the margin.
     *
     * @return the limit
     */
    Duration limit() {
        return limit;
    }

    /**
     * Starts the child, waits for it at most the deadline plus the margin, and judges how it ended.
     *
     * @param out where the child's report goes when its receipt confirms it
     * @param err where the child's notices go, and the one line when the child did not end with a receipt
     * @return the child's exit status if its receipt confirms it and its report was written, else
     *     {@value ExitStatus#CANNOT_RUN}
     */
    int run(PrintStream out, PrintStream err) {
        Path directory;
        try {
            directory = Files.createTempDirectory("readiness-check-");
        } catch (IOException | RuntimeException e) {
            return fail(err, "cannot create the private directory of the check process in "
                    + System.getProperty("java.io.tmpdir") + " (" + e.getClass().getSimpleName() + ")");
        }
        receiptDirectory = directory;
        String key = key();
        try {
            Files.writeString(directory.resolve(KEY_FILE), key, StandardCharsets.US_ASCII);
            Process started = new ProcessBuilder(command(directory)).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectErrorStream(true).start();
            child = started;
            DirectWrites direct = DirectWrites.drain(started);
            if (!started.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                started.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                relay(directory, NOTICES_FILE, err);
                return fail(err, "the check process did not end within " + describe(limit)
                        + " (the deadline plus " + describe(margin()) + " to start and read the inputs); it was"
                        + " stopped and no verdict was reached");
            }
            int status = started.exitValue();
            relay(directory, NOTICES_FILE, err);
            sayDirectWrites(direct.count(), err);
            if (receipt(directory).equals(key + " " + status)) {
                relay(directory, REPORT_FILE, out);
                if (out.checkError()) {
                    return fail(err, Cli.UNWRITTEN);
                }
                return status;
            }
            return fail(err, "the check process ended with status " + status + " without finishing its report (a"
                    + " gate ended the JVM with Runtime.halt or System.exit, or the process was killed); no verdict"
                    + " was reached");
        } catch (IOException | RuntimeException e) {
            return fail(err, "cannot start the check process " + javaCommand() + " (" + e.getClass().getSimpleName()
                    + ")");
        } catch (InterruptedException e) {
            destroyChild();
            Thread.currentThread().interrupt();
            return fail(err, "interrupted while waiting for the check process; no verdict was reached");
        } finally {
            delete(directory);
        }
    }

    /** Ends the child at once if it is still running and removes its directory: this process is exiting. */
    void stop() {
        stopped = true;
        destroyChild();
        Path created = receiptDirectory;
        if (created != null) {
            delete(created);
        }
    }

    private void destroyChild() {
        Process running = child;
        if (running != null) {
            running.destroyForcibly();
        }
    }

    private List<String> command(Path directory) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (isInherited(option)) {
                command.add(option);
            }
        }
        command.add("-D" + RECEIPT_PROPERTY + "=" + directory);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Whether a JVM option of this process is given to the child: all but agents, debugging and the receipt.
     *
     * @param option one input argument of this JVM
     * @return {@code true} to pass it on
     */
    static boolean isInherited(String option) {
        return !(option.startsWith("-agentlib:") || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:") || option.equals("-Xdebug") || option.startsWith("-Xrun")
                || option.startsWith("-D" + RECEIPT_PROPERTY + "="));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String key() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String receipt(Path directory) {
        try {
            return Files.readString(directory.resolve(RECEIPT_FILE), StandardCharsets.US_ASCII).strip();
        } catch (IOException | RuntimeException missing) {
            return "";
        }
    }

    /** Copies a file the child wrote (its report or notices) to a stream of this process; a missing file is none. */
    private static void relay(Path directory, String name, PrintStream stream) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
            try {
                Files.copy(file, stream);
            } catch (IOException | RuntimeException unreadable) {
                stream.flush();
            }
        }
        stream.flush();
    }

    /**
     * Says, without showing them, that the child wrote bytes to its standard output or error directly: a gate writing
     * to the file descriptors (the report and notices have files of their own) or the JVM itself.
     */
    private void sayDirectWrites(long size, PrintStream err) {
        if (size > 0 && !stopped) {
            err.println(Cli.NAME + ": the check process wrote " + size + " bytes to its standard output or error"
                    + " directly, past System.out and System.err (a gate writing to the file descriptors, or the JVM"
                    + " itself); not shown, as they may quote a setting's value");
            err.flush();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            directory.toFile().deleteOnExit();
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private int fail(PrintStream err, String message) {
        if (!stopped) {
            err.println(Cli.NAME + ": " + message);
            err.flush();
        }
        return ExitStatus.CANNOT_RUN;
    }

    /**
     * Reads the child's own standard output and error (merged) on a daemon thread and counts the bytes, keeping
     * none: no memory or disk grows however much a gate writes there, and nothing of it is shown.
     */
    private static final class DirectWrites implements Runnable {

        private final java.io.InputStream stream;
        private final Thread thread;
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

        private DirectWrites(java.io.InputStream stream) {
            this.stream = stream;
            this.thread = new Thread(this, "readiness-check-process-output");
            thread.setDaemon(true);
        }

        static DirectWrites drain(Process process) {
            DirectWrites direct = new DirectWrites(process.getInputStream());
            direct.thread.start();
            return direct;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (java.io.InputStream in = stream) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    bytes.addAndGet(read);
                }
            } catch (IOException | RuntimeException closed) {
                // the child ended or was stopped: what it wrote until then is counted
            }
        }

        /** The bytes written, once the stream has ended (waiting at most a second for a process holding it open). */
        long count() throws InterruptedException {
            thread.join(1000);
            return bytes.get();
        }
    }

    /**
     * The child's side: the key it must put in its receipt, taken from the private directory before any gate is
     * loaded, so no gate finds it there.
     */
    static final class Receipt {

        private final Path directory;
        private final String key;

        private Receipt(Path directory, String key) {
            this.directory = directory;
            this.key = key;
        }

        /**
         * Reads the key and deletes it, and clears {@link #RECEIPT_PROPERTY}.
         *
         * @param directory the private directory the parent named
         * @return the receipt to write once the report is printed
         * @throws IOException if the key cannot be read or deleted
         */
        static Receipt claim(Path directory) throws IOException {
            Path keyFile = directory.resolve(KEY_FILE);
            String key = Files.readString(keyFile, StandardCharsets.US_ASCII);
            Files.delete(keyFile);
            System.clearProperty(RECEIPT_PROPERTY);
            return new Receipt(directory, key);
        }

        /**
         * Opens the file the child's report is written to, which the parent prints once the receipt confirms it.
         *
         * @return the stream for the report
         * @throws IOException if the file cannot be created
         */
        PrintStream report() throws IOException {
            return new PrintStream(Files.newOutputStream(directory.resolve(REPORT_FILE)), false,
                    StandardCharsets.UTF_8);
        }

        /**
         * Opens the file the child's notices and errors are written to, line by line as they come, which the parent
         * passes on to its standard error however the child ended.
         *
         * @return the stream for notices
         * @throws IOException if the file cannot be created
         */
        PrintStream notices() throws IOException {
            return new PrintStream(Files.newOutputStream(directory.resolve(NOTICES_FILE)), true,
                    StandardCharsets.UTF_8);
        }

        /**
         * Writes the receipt for an exit status, at once and whole (written aside, then moved into place).
         *
         * @param status the exit status the child is about to end with
         * @throws IOException if it cannot be written
         */
        void write(int status) throws IOException {
            Path written = Files.writeString(directory.resolve(RECEIPT_FILE + ".tmp"), key + " " + status,
                    StandardCharsets.US_ASCII);
            Files.move(written, directory.resolve(RECEIPT_FILE), StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
