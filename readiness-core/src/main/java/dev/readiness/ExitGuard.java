package dev.readiness;

import dev.readiness.internal.BoundedExecutor;
import dev.readiness.internal.GateThreadGroup;
import dev.readiness.render.ProblemList;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * While gates run, a JVM shutdown hook that decides the JVM's exit status when a gate ends the JVM: a gate, its
 * constructor, a fact contributor or a thread one of them started that calls {@code System.exit} runs the shutdown
 * hooks and then ends the JVM with the gate's status, {@code 0} for {@code System.exit(0)}, which an orchestrator or a
 * CI runner reads as a clean end. A hook cannot stop the exit, but one that halts decides the status: this one halts
 * with the status it was armed with, after telling the refusal consumer which class called the exit and on which
 * thread (both escaped for one line; no value of a setting).
 *
 * <p>Only an exit called on a thread that runs a gate counts: beneath readiness's executor, or on a thread of a
 * {@code GateThreadGroup}, which threads a gate starts belong to. A signal (the JVM's own
 * shutdown, not {@code Runtime.exit}), the caller's own code and an exit once the guard is disarmed keep their status.
 * {@code Runtime.halt} runs no hook and still ends the JVM with the gate's status; no hook can change that. The Spring
 * adapter arms it while the gates judge a start (with {@code readiness.exit-code}), the Maven goal while they judge
 * the build (with 1); a program of its own that runs gates in its JVM may do the same.
 * Immutable and thread-safe (the hook's registration is the JVM's).
 */
public final class ExitGuard implements Runnable {

    private static final String EXECUTOR = BoundedExecutor.class.getName();

    private final int status;

    private final Consumer<String> refusal;

    private final Thread hook;

    private ExitGuard(int status, Consumer<String> refusal) {
        this.status = status;
        this.refusal = refusal;
        this.hook = new Thread(this, "readiness-exit-guard");
    }

    /**
     * Registers the hook; a JVM already shutting down gets none.
     *
     * @param status the status the JVM ends with when a gate ends it
     * @param refusal what is told, before the halt, which class called the exit and on which thread, e.g.
     *        {@code "com.acme.PingGate called System.exit on thread readiness-1-gate-1"}
     * @return the guard, to {@linkplain #disarm() disarm} once the gates are over
     */
    public static ExitGuard arm(int status, Consumer<String> refusal) {
        ExitGuard guard = new ExitGuard(status, refusal);
        try {
            Runtime.getRuntime().addShutdownHook(guard.hook);
        } catch (IllegalStateException shuttingDown) {
            // nothing to guard: the JVM is already ending
        }
        return guard;
    }

    /** Removes the hook; once the JVM is shutting down it stays and decides as armed. */
    public void disarm() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs: it halts only for an exit called by a gate
        }
    }

    @Override
    public void run() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            String caller = gateCallingExit(thread.getKey(), thread.getValue());
            if (caller != null) {
                try {
                    refusal.accept(ProblemList.escape(caller) + " called System.exit on thread "
                            + ProblemList.escape(thread.getKey().getName()));
                } finally {
                    Runtime.getRuntime().halt(status);
                }
            }
        }
    }

    /**
     * The class that called {@code Runtime.exit} (directly or through {@code System.exit}) on a thread that runs a
     * gate, or {@code null} when the thread's stack shows no such call or the thread runs no gate.
     *
     * @param thread the thread
     * @param stack its stack, innermost frame first
     * @return the calling class, {@code "a gate"} when only readiness's frames are there, or {@code null}
     */
    static @Nullable String gateCallingExit(Thread thread, StackTraceElement[] stack) {
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
        if (exiting && GateThreadGroup.runsGates(thread)) {
            return caller != null ? caller : "a thread a gate started";
        }
        return null;
    }
}
