package dev.readiness.spring.autoconfigure;

import dev.readiness.render.ProblemList;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * While the gates judge a start, a JVM shutdown hook that ends the JVM with the refusal code
 * ({@code readiness.exit-code}) when a gate, a gate's constructor or a fact contributor calls {@code System.exit}:
 * that call runs the shutdown hooks and then ends the JVM with the gate's status, {@code 0} for
 * {@code System.exit(0)}, which an orchestrator reads as a clean end of the service (forty-fifth pass; before, the
 * service ended with status 0 and no report). A hook cannot stop the exit, but one that halts decides the status.
 * Only an exit called beneath readiness's own executor counts; a signal, the service's own code and the start's
 * refusal keep their status. {@code Runtime.halt} runs no hook and still ends the JVM with the gate's status. Armed
 * when the early phase starts, disarmed once the start is over. Thread-safe.
 */
final class ExitGuard implements Runnable {

    private static final Log log = LogFactory.getLog(ReadinessRunListener.class);

    private static final String EXECUTOR = "dev.readiness.internal.BoundedExecutor";

    private final int exitCode;

    private final Thread hook;

    private ExitGuard(int exitCode) {
        this.exitCode = exitCode;
        this.hook = new Thread(this, "readiness-exit-guard");
    }

    /** Registers the hook; a JVM already shutting down gets none. */
    static ExitGuard arm(int exitCode) {
        ExitGuard guard = new ExitGuard(exitCode);
        try {
            Runtime.getRuntime().addShutdownHook(guard.hook);
        }
        catch (IllegalStateException shuttingDown) {
            // nothing to guard: the JVM is already ending
        }
        return guard;
    }

    /** Removes the hook; once the JVM is shutting down it stays and decides as armed. */
    void disarm() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException shuttingDown) {
            // the hook runs: it halts only for an exit called by a gate
        }
    }

    @Override
    public void run() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            String caller = gateCallingExit(thread.getValue());
            if (caller != null) {
                log.error(String.format(Locale.ROOT, "readiness refused start-up: %s called System.exit while the"
                        + " gates judged the start (on thread %s); the JVM ends with %d, not the status the gate asked"
                        + " for, since a gate that ends the JVM is a NO-GO.", ProblemList.escape(caller),
                        ProblemList.escape(thread.getKey().getName()), exitCode));
                Runtime.getRuntime().halt(exitCode);
            }
        }
    }

    /**
     * The class that called {@code Runtime.exit} (directly or through {@code System.exit}) beneath readiness's
     * executor in a thread's stack, or {@code null} when the stack shows no such call.
     */
    static @Nullable String gateCallingExit(StackTraceElement[] stack) {
        String caller = null;
        boolean exiting = false;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!exiting) {
                exiting = type.equals("java.lang.Runtime") && frame.getMethodName().equals("exit");
            }
            else if (type.startsWith(EXECUTOR)) {
                return caller != null ? caller : "a gate";
            }
            else if (caller == null && !type.equals("java.lang.System")) {
                caller = type;
            }
        }
        return null;
    }
}
