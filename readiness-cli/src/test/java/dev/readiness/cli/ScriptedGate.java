package dev.readiness.cli;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A user gate for tests, registered through ServiceLoader in the test classes: every setting whose key starts with
 * {@code SCRIPTED_} and whose value names a severity ({@code INFO}, {@code WARN}, {@code NO_GO}) yields a
 * {@code scripted.finding} of that severity about it, so tests decide the verdict without depending on the built-in
 * gates. A setting {@code SCRIPTED_THROW} makes the gate throw an exception quoting that setting's value, which the
 * runner must withhold; {@code SCRIPTED_EXIT=n} makes it call {@code System.exit(n)}, {@code SCRIPTED_HALT=n}
 * {@code Runtime.halt(n)}, {@code SCRIPTED_FORGE} makes it look for the check process's key (saying on standard error
 * whether it found it), write a receipt for status 0 with a guessed key and halt with 0, {@code SCRIPTED_STOP} makes it stop its own process with {@code SIGSTOP} (a process that
 * never ends), {@code SCRIPTED_PRINT} makes it print a line to {@code System.out}, {@code SCRIPTED_ECHO=KEY} makes it
 * print the value of setting {@code KEY} to {@code System.out} (a character at a time, flushing after each) and to
 * {@code System.err} (a line), as a careless gate debugging itself would, {@code SCRIPTED_LINGER=KEY} leaves a thread
 * that prints that value to {@code System.out} and {@code System.err} without end once they are no longer the
 * streams the gate ran with, {@code SCRIPTED_RAW=KEY} writes that value straight to the process's file descriptors
 * 1 and 2 ({@link java.io.FileDescriptor#out}, {@link java.io.FileDescriptor#err}), past {@code System.out} and
 * {@code System.err}, {@code SCRIPTED_SLEEP=ms} makes it
 * sleep, and the system property {@code scripted.block-constructor=ms}
 * makes its constructor sleep.
 */
public final class ScriptedGate implements Gate {

    private static final java.util.Set<String> CONTROLS = java.util.Set.of("SCRIPTED_THROW", "SCRIPTED_EXIT",
            "SCRIPTED_SLEEP", "SCRIPTED_HALT", "SCRIPTED_STOP",
            "SCRIPTED_FORGE", "SCRIPTED_PRINT", "SCRIPTED_ECHO", "SCRIPTED_LINGER", "SCRIPTED_RAW");

    /**
     * Creates the gate, first sleeping as long as {@code scripted.block-constructor} says.
     *
     * @throws InterruptedException when interrupted while sleeping
     */
    public ScriptedGate() throws InterruptedException {
        Thread.sleep(Long.getLong("scripted.block-constructor", 0L));
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String description() {
        return "Findings scripted by SCRIPTED_* settings, for tests";
    }

    @Override
    public Outcome check(GateContext context) throws InterruptedException, IOException {
        context.settings().get("SCRIPTED_THROW").ifPresent(setting -> {
            throw new IllegalStateException("cannot handle " + setting.value());
        });
        if (context.settings().contains("SCRIPTED_EXIT")) {
            System.exit(Integer.parseInt(context.settings().value("SCRIPTED_EXIT").orElseThrow()));
        }
        if (context.settings().contains("SCRIPTED_HALT")) {
            Runtime.getRuntime().halt(Integer.parseInt(context.settings().value("SCRIPTED_HALT").orElseThrow()));
        }
        if (context.settings().contains("SCRIPTED_FORGE")) {
            forgeReceipt();
        }
        if (context.settings().contains("SCRIPTED_STOP")) {
            new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid())).start().waitFor();
        }
        if (context.settings().contains("SCRIPTED_PRINT")) {
            System.out.println("a line a gate printed");
        }
        context.settings().value("SCRIPTED_ECHO").flatMap(key -> context.settings().value(key)).ifPresent(value -> {
            System.out.print("value: ");
            for (char c : value.toCharArray()) {
                System.out.print(c);
                System.out.flush();
            }
            System.out.println();
            System.err.println("debug: " + value);
        });
        context.settings().value("SCRIPTED_LINGER").flatMap(key -> context.settings().value(key)).ifPresent(value -> {
            java.io.PrintStream during = System.out;
            Thread linger = new Thread(() -> {
                while (true) {
                    if (System.out != during) {
                        System.out.println("late: " + value);
                        System.err.println("late: " + value);
                    }
                    Thread.onSpinWait();
                }
            }, "scripted-linger");
            linger.setDaemon(true);
            linger.start();
        });
        java.util.Optional<String> raw = context.settings().value("SCRIPTED_RAW")
                .flatMap(key -> context.settings().value(key));
        if (raw.isPresent()) {
            byte[] line = ("raw: " + raw.get() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            new java.io.FileOutputStream(java.io.FileDescriptor.out).write(line);
            new java.io.FileOutputStream(java.io.FileDescriptor.err).write(line);
        }
        Thread.sleep(Long.parseLong(context.settings().value("SCRIPTED_SLEEP").orElse("0")));
        List<Finding> findings = new ArrayList<>();
        for (Setting setting : context.settings()) {
            if (setting.key().startsWith("SCRIPTED_") && !CONTROLS.contains(setting.key())) {
                Severity severity = Severity.parse(setting.value());
                findings.add(Finding.of(severity, "scripted.finding", setting)
                        .message(setting.key() + " asks for a " + severity.displayName() + " finding.")
                        .remediation("Remove " + setting.key() + " from the file.")
                        .build());
            }
        }
        return Outcome.of(findings);
    }

    private static void forgeReceipt() throws IOException {
        String option = "-D" + CheckProcess.RECEIPT_PROPERTY + "=";
        Path directory = Path.of(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(argument -> argument.startsWith(option))
                .map(argument -> argument.substring(option.length())).findFirst().orElseThrow());
        System.err.println("scripted: key on disk " + Files.exists(directory.resolve("key"))
                + ", property " + (System.getProperty(CheckProcess.RECEIPT_PROPERTY) != null));
        System.err.flush();
        Files.writeString(directory.resolve("receipt"), "0".repeat(48) + " 0");
        Runtime.getRuntime().halt(0);
    }
}
