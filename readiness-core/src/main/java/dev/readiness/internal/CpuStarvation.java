package dev.readiness.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Tells a call that is starved of CPU from one that is stuck, when it reaches its timeout. On a loaded machine a
 * runnable thread can wait most of its wall-clock time for a core: failing it would be a false NO-GO caused by the
 * neighbours, not by the gate. A call past its timeout is granted more time, in short steps, only while its thread
 * is runnable, has used some CPU within the last half timeout (at least half a second), and has used less CPU than
 * half the wall-clock time it ran and less than the timeout itself; never beyond {@value #MAX_FACTOR} times the
 * timeout. A thread that sleeps or waits on a lock gets no extension and fails closed at its timeout; one that
 * spins with the CPU to itself gets none either; one blocked in I/O (runnable, using no CPU) fails once it has gone
 * half a timeout (at least half a second) past its timeout without using any. Where the JVM cannot measure a thread's CPU time
 * ({@code java.management} absent, or thread CPU time unsupported) nothing is extended.
 *
 * <p>Nothing is measured before a timeout passes: a call that ends in time never loads the management classes.
 * One instance follows one call on one thread; not thread-safe.
 */
final class CpuStarvation {

    /** How many timeouts a starved call may run at most. */
    static final int MAX_FACTOR = 3;

    private static final long MIN_STEP_NANOS = 20_000_000L;
    private static final long MAX_STEP_NANOS = 500_000_000L;
    private static final long MIN_WINDOW_NANOS = 500_000_000L;

    private final Thread thread;
    private final long startNanos;
    private final long timeoutNanos;
    private final ToLongFunction<Thread> cpuClock;
    private final Predicate<Thread> runnable;
    private long lastCpuNanos = -1;
    private long lastProgressNanos;
    private boolean starved;

    /**
     * Follows one call.
     *
     * @param thread the thread running the call
     * @param startNanos the {@link System#nanoTime()} at which the call started
     * @param timeoutNanos the call's timeout
     */
    CpuStarvation(Thread thread, long startNanos, long timeoutNanos) {
        this(thread, startNanos, timeoutNanos, CpuStarvation::cpuNanos,
                running -> running.getState() == Thread.State.RUNNABLE);
    }

    /**
     * Follows one call with the given measures of a thread.
     *
     * @param cpuClock the CPU time a thread has used, or -1 when unknown
     * @param runnable whether a thread is runnable (running, or ready and waiting for a core)
     */
    CpuStarvation(Thread thread, long startNanos, long timeoutNanos, ToLongFunction<Thread> cpuClock,
            Predicate<Thread> runnable) {
        this.thread = thread;
        this.startNanos = startNanos;
        this.timeoutNanos = timeoutNanos;
        this.cpuClock = cpuClock;
        this.runnable = runnable;
    }

    /**
     * How much longer to wait for the call, asked when its timeout (or a previous extension) has passed.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     * @param deadlineNanos the overall deadline, never passed
     * @return nanoseconds to wait before asking again, or 0 when the call times out now
     */
    long extension(long nowNanos, long deadlineNanos) {
        long limit = Math.min(startNanos + MAX_FACTOR * timeoutNanos, deadlineNanos);
        if (limit - nowNanos <= 0 || !runnable.test(thread)) {
            return 0;
        }
        long cpu = cpuClock.applyAsLong(thread);
        long elapsed = nowNanos - startNanos;
        if (lastCpuNanos >= 0 && cpu > lastCpuNanos) {
            starved = true;
        }
        if (lastCpuNanos < 0 || cpu > lastCpuNanos) {
            lastProgressNanos = nowNanos;
        }
        boolean stalled = nowNanos - lastProgressNanos >= progressWindow();
        if (cpu < 0 || stalled || cpu >= timeoutNanos || cpu >= elapsed / 2) {
            return 0;
        }
        lastCpuNanos = cpu;
        long step = Math.max(MIN_STEP_NANOS, Math.min(MAX_STEP_NANOS, timeoutNanos / 4));
        return Math.min(step, limit - nowNanos);
    }

    /**
     * How long a runnable call may go without using any CPU before it counts as stuck rather than starved: on a
     * machine with many times more runnable threads than cores a thread can wait hundreds of milliseconds for a
     * turn, while a thread blocked in I/O never gets one.
     */
    private long progressWindow() {
        return Math.max(MIN_WINDOW_NANOS, timeoutNanos / 2);
    }

    /**
     * How long the call is reported to have run when it times out: its timeout, or the time it really ran when it
     * was given more.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     * @return milliseconds
     */
    double timedOutMillis(long nowNanos) {
        return (lastCpuNanos < 0 ? timeoutNanos : nowNanos - startNanos) / 1e6;
    }

    /**
     * Whether the call used CPU after its timeout had passed, so that the time it was given was time it was short
     * of CPU for; false for a call that used none (blocked in a socket read, a native call), watched past its
     * timeout only to tell it from a starved one (thirty-fifth pass: a gate hung in a socket read was reported
     * "extended to 7.7 s while it was short of CPU on a busy machine", on an idle machine).
     *
     * @return whether it was starved of CPU rather than blocked
     */
    boolean starved() {
        return starved;
    }

    /** The CPU time the thread has used, or -1 when this JVM cannot tell. */
    private static long cpuNanos(Thread thread) {
        try {
            ThreadMXBean threads = Management.THREADS;
            return threads == null ? -1 : threads.getThreadCpuTime(thread.getId());
        } catch (LinkageError | RuntimeException unavailable) {
            return -1;
        }
    }

    /** Loaded on the first timeout only; {@code null} when thread CPU time cannot be measured. */
    private static final class Management {

        static final @Nullable ThreadMXBean THREADS = threads();

        private static @Nullable ThreadMXBean threads() {
            try {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                if (!threads.isThreadCpuTimeSupported()) {
                    return null;
                }
                if (!threads.isThreadCpuTimeEnabled()) {
                    threads.setThreadCpuTimeEnabled(true);
                }
                return threads;
            } catch (LinkageError | RuntimeException unavailable) {
                return null;
            }
        }
    }
}
