package dev.readiness.maven;

import dev.readiness.ExitGuard;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * What the goal's {@link ExitGuard} prints when a gate of a plugin dependency, or a thread it started, calls
 * {@code System.exit} while the gates judge the configuration: the call ends Maven's JVM, and the guard makes the
 * build's status 1, never the gate's (0 for {@code System.exit(0)}, which a CI runner reads as a passing build).
 * Prints to the error stream that was the build's when the guard was armed, not to the capture that scrubs what gates
 * print. Thread-safe.
 */
final class ExitRefusal implements Consumer<String> {

    private final PrintStream buildLog;

    ExitRefusal(PrintStream buildLog) {
        this.buildLog = buildLog;
    }

    @Override
    public void accept(String exit) {
        buildLog.println("[ERROR] readiness: " + exit + " while the gates judged the configuration; the build fails"
                + " with status 1, not the status the gate asked for, since a gate that ends the JVM is a NO-GO.");
        buildLog.flush();
    }
}
