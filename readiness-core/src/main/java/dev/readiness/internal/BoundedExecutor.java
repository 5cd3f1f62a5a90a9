package dev.readiness.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs calls into user code on daemon threads named {@code readiness-*}, each call with a timeout and all of them by
 * an absolute deadline, and tells for every call how it ended. A call past its timeout is interrupted, unless it is
 * starved of CPU rather than stuck ({@link CpuStarvation}: then it may run up to three timeouts, never past the
 * deadline); {@link #run}
 * returns by the deadline even when a call ignores interrupts, and before returning gives the interrupted threads a
 * short grace to end. With a parallelism of 1, or a single call, the calls run in turn on one thread and the calling
 * thread keeps the time (no pool, no timer thread: what a boot on a small machine wants); a call that outlives its
 * timeout is abandoned and the next ones go on on a fresh thread. Otherwise they run in parallel on a bounded pool.
 * Thread-safe; results come back in the order of the calls.
 */
public final class BoundedExecutor {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    /** How long run() waits at most for interrupted pool threads to end before returning. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofMillis(100);

    private final int parallelism;
    private final Duration callTimeout;

    /**
     * Creates an executor.
     *
     * @param parallelism how many calls run at once
     * @param callTimeout how long one call may take
     */
    public BoundedExecutor(int parallelism, Duration callTimeout) {
        this.parallelism = parallelism;
        this.callTimeout = callTimeout;
    }

    /** How a call ended. */
    public enum State {
        /** It returned a value. */
        DONE,
        /** It threw. */
        FAILED,
        /** It ran past its timeout. */
        TIMED_OUT,
        /** The deadline passed before it started. */
        NOT_STARTED,
        /** The deadline passed while it ran. */
        UNFINISHED,
        /** The thread waiting for the calls was interrupted. */
        INTERRUPTED
    }

    /**
     * How one call ended.
     *
     * @param state how it ended
     * @param value what it returned, when {@link State#DONE}
     * @param failure what it threw, when {@link State#FAILED}
     * @param millis how long it ran
     * @param starved whether, timed out, it had been given more time because it used CPU past its timeout while
     *        short of it (false for a call blocked in I/O, watched past its timeout only to tell the two apart)
     * @param <T> the type of value
     */
    public record Call<T>(State state, @Nullable T value, @Nullable Throwable failure, double millis,
            boolean starved) {

        /**
         * How one call ended, not starved.
         *
         * @param state how it ended
         * @param value what it returned
         * @param failure what it threw
         * @param millis how long it ran
         */
        public Call(State state, @Nullable T value, @Nullable Throwable failure, double millis) {
            this(state, value, failure, millis, false);
        }
    }

    /**
     * Runs the calls.
     *
     * @param calls the calls
     * @param deadlineNanos the {@link System#nanoTime()} by which every call must have ended
     * @param name part of the threads' names, e.g. {@code gate}
     * @param <T> the type of value
     * @return how each call ended, in the order of {@code calls}
     */
    public <T> List<Call<T>> run(List<? extends Callable<T>> calls, long deadlineNanos, String name) {
        if (calls.isEmpty()) {
            return List.of();
        }
        if (parallelism == 1 || calls.size() == 1) {
            return new InTurn<T>(calls, callTimeout, "readiness-" + POOL_NUMBER.incrementAndGet() + "-" + name + "-")
                    .run(deadlineNanos);
        }
        int pool = POOL_NUMBER.incrementAndGet();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelism, calls.size()),
                daemonThreads("readiness-" + pool + "-" + name + "-"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                daemonThreads("readiness-" + pool + "-watchdog-"));
        List<Running<T>> running = new ArrayList<>(calls.size());
        try {
            for (Callable<T> call : calls) {
                Running<T> one = new Running<>(call, watchdog, callTimeout, deadlineNanos);
                running.add(one);
                workers.execute(one::run);
            }
            awaitAll(running, deadlineNanos);
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
        awaitPoolExit(workers, watchdog, deadlineNanos);
        List<Call<T>> results = new ArrayList<>(running.size());
        for (Running<T> one : running) {
            results.add(one.result.getNow(one.deadlinePassed()));
        }
        return results;
    }

    private static <T> void awaitAll(List<Running<T>> running, long deadlineNanos) {
        CompletableFuture<?>[] futures = running.stream().map(one -> one.result).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(futures).get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            running.forEach(one -> one.result.complete(one.deadlinePassed()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(one -> one.result.complete(new Call<>(State.INTERRUPTED, null, null, one.elapsedMillis())));
        }
    }

    private static void awaitPoolExit(ExecutorService workers, ExecutorService watchdog, long deadlineNanos) {
        long grace = Math.min(SHUTDOWN_GRACE.toNanos(), deadlineNanos - System.nanoTime());
        if (grace <= 0 || Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            long until = System.nanoTime() + grace;
            if (watchdog.awaitTermination(grace, TimeUnit.NANOSECONDS)) {
                workers.awaitTermination(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The group a thread that runs calls is started in: the current thread's when it already runs gates (a check
     * {@code GateOutput} runs in a group of its own, which must know the threads), else one group for all such
     * threads, made the first time it is needed.
     */
    private static ThreadGroup threadGroup() {
        Thread current = Thread.currentThread();
        return GateThreadGroup.runsGates(current) ? current.getThreadGroup() : OwnGroup.THREADS;
    }

    /** Holds the group of the threads that run calls outside a group of gate threads, made on first use. */
    private static final class OwnGroup {
        static final ThreadGroup THREADS = new GateThreadGroup("readiness");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        ThreadGroup group = threadGroup();
        return runnable -> {
            Thread thread = new Thread(group, runnable, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Running<T> {

        private final Callable<T> call;
        private final ScheduledExecutorService watchdog;
        private final Duration timeout;
        private final long deadlineNanos;
        private final CompletableFuture<Call<T>> result = new CompletableFuture<>();
        private final Object lock = new Object();
        private @Nullable Thread runner;
        private @Nullable CpuStarvation starvation;
        private volatile long startNanos;

        Running(Callable<T> call, ScheduledExecutorService watchdog, Duration timeout, long deadlineNanos) {
            this.call = call;
            this.watchdog = watchdog;
            this.timeout = timeout;
            this.deadlineNanos = deadlineNanos;
        }

        void run() {
            if (result.isDone()) {
                return;
            }
            startNanos = System.nanoTime();
            synchronized (lock) {
                runner = Thread.currentThread();
            }
            try {
                watchdog.schedule(this::timeOut, timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException lateStart) {
                synchronized (lock) {
                    runner = null;
                }
                return;
            }
            try {
                T value = call.call();
                result.complete(new Call<>(State.DONE, value, null, elapsedMillis()));
            } catch (Throwable failure) {
                result.complete(new Call<>(State.FAILED, null, failure, elapsedMillis()));
            } finally {
                synchronized (lock) {
                    runner = null;
                    Thread.interrupted();
                }
            }
        }

        /**
         * Runs on the watchdog when the timeout (or an extension) has passed: times the call out, unless it is
         * starved of CPU rather than stuck, when the watchdog looks again a little later.
         */
        private void timeOut() {
            if (result.isDone()) {
                return;
            }
            synchronized (lock) {
                if (runner != null) {
                    if (starvation == null) {
                        starvation = new CpuStarvation(runner, startNanos, timeout.toNanos());
                    }
                    long more = starvation.extension(System.nanoTime(), deadlineNanos);
                    if (more > 0) {
                        try {
                            watchdog.schedule(this::timeOut, more, TimeUnit.NANOSECONDS);
                            return;
                        } catch (RejectedExecutionException shutDown) {
                            // the run is over: time the call out now
                        }
                    }
                }
            }
            CpuStarvation followed = starvation;
            double millis = followed == null ? timeout.toNanos() / 1e6 : followed.timedOutMillis(System.nanoTime());
            if (result.complete(new Call<>(State.TIMED_OUT, null, null, millis,
                    followed != null && followed.starved()))) {
                synchronized (lock) {
                    if (runner != null) {
                        runner.interrupt();
                    }
                }
            }
        }

        Call<T> deadlinePassed() {
            return new Call<>(startNanos == 0 ? State.NOT_STARTED : State.UNFINISHED, null, null, elapsedMillis());
        }

        double elapsedMillis() {
            return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e6;
        }
    }

    /**
     * Calls run one after another on one worker thread while the calling thread watches the clock: it waits for
     * each call up to its timeout and the deadline, interrupts and abandons a call that outlives them, and starts a
     * fresh worker for the calls after a timed-out one. A worker goes on to the next call only after it recorded the
     * result of the last itself, so an interrupt meant for one call never reaches the next. The results are plain
     * monitors, not futures: a boot runs this path once per phase, and a future's completion machinery is classes it
     * would load for nothing else.
     */
    private static final class InTurn<T> {

        private final List<? extends Callable<T>> calls;
        private final Duration timeout;
        private final String prefix;
        private final List<Slot<T>> results;
        private final long[] starts;
        private int workers;

        InTurn(List<? extends Callable<T>> calls, Duration timeout, String prefix) {
            this.calls = calls;
            this.timeout = timeout;
            this.prefix = prefix;
            this.results = new ArrayList<>(calls.size());
            for (int i = 0; i < calls.size(); i++) {
                results.add(new Slot<>());
            }
            this.starts = new long[calls.size()];
        }

        List<Call<T>> run(long deadlineNanos) {
            Thread worker = start(0);
            for (int i = 0; i < calls.size(); i++) {
                Slot<T> result = results.get(i);
                CpuStarvation starvation = null;
                long extendedUntil = 0;
                while (!result.isDone()) {
                    long started = startOf(i);
                    long now = System.nanoTime();
                    long expiry = started == 0 ? now + timeout.toNanos()
                            : starvation == null ? started + timeout.toNanos() : extendedUntil;
                    long until = Math.min(deadlineNanos, expiry);
                    try {
                        if (result.await(until - now)) {
                            continue;
                        }
                    } catch (InterruptedException e) {
                        endAll(i, worker, State.INTERRUPTED);
                        Thread.currentThread().interrupt();
                        return collect();
                    }
                    if (System.nanoTime() - deadlineNanos >= 0) {
                        endAll(i, worker, startOf(i) == 0 ? State.NOT_STARTED : State.UNFINISHED);
                        return collect();
                    }
                    if (started != 0) {
                        if (starvation == null) {
                            starvation = new CpuStarvation(worker, started, timeout.toNanos());
                        }
                        long checked = System.nanoTime();
                        long more = starvation.extension(checked, deadlineNanos);
                        if (more > 0) {
                            extendedUntil = checked + more;
                            continue;
                        }
                    }
                    if (started != 0 && result.complete(new Call<>(State.TIMED_OUT, null, null,
                            starvation.timedOutMillis(System.nanoTime()), starvation.starved()))) {
                        worker.interrupt();
                        if (i + 1 < calls.size()) {
                            worker = start(i + 1);
                        }
                    }
                }
            }
            awaitExit(worker, deadlineNanos);
            return collect();
        }

        private Thread start(int from) {
            Thread thread = new Thread(threadGroup(), new Worker(this, from), prefix + ++workers);
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        private void work(int from) {
            for (int i = from; i < calls.size(); i++) {
                Slot<T> result = results.get(i);
                if (result.isDone()) {
                    return;
                }
                long start = System.nanoTime();
                synchronized (starts) {
                    starts[i] = start == 0 ? 1 : start;
                }
                Call<T> call;
                try {
                    call = new Call<>(State.DONE, calls.get(i).call(), null, (System.nanoTime() - start) / 1e6);
                } catch (Throwable failure) {
                    call = new Call<>(State.FAILED, null, failure, (System.nanoTime() - start) / 1e6);
                }
                if (!result.complete(call)) {
                    return;
                }
                Thread.interrupted();
            }
        }

        private long startOf(int index) {
            synchronized (starts) {
                return starts[index];
            }
        }

        private void endAll(int from, Thread worker, State current) {
            long started = startOf(from);
            double millis = started == 0 ? 0 : (System.nanoTime() - started) / 1e6;
            if (results.get(from).complete(new Call<>(current, null, null, millis))) {
                worker.interrupt();
            }
            for (int i = from + 1; i < calls.size(); i++) {
                results.get(i).complete(new Call<>(current == State.INTERRUPTED ? State.INTERRUPTED
                        : State.NOT_STARTED, null, null, 0));
            }
        }

        private List<Call<T>> collect() {
            List<Call<T>> collected = new ArrayList<>(results.size());
            for (Slot<T> result : results) {
                collected.add(result.get());
            }
            return collected;
        }

        private static void awaitExit(Thread worker, long deadlineNanos) {
            long grace = Math.min(SHUTDOWN_GRACE.toNanos(), deadlineNanos - System.nanoTime());
            if (grace <= 0 || Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(grace)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The body of an {@link InTurn} worker thread: runs the calls from one index on. */
    private record Worker(InTurn<?> calls, int from) implements Runnable {

        @Override
        public void run() {
            calls.work(from);
        }
    }

    /** How one call of an {@link InTurn} run ended, set once, by the worker or by the thread keeping the time. */
    private static final class Slot<T> {

        private @Nullable Call<T> call;

        synchronized boolean complete(Call<T> ended) {
            if (call != null) {
                return false;
            }
            call = ended;
            notifyAll();
            return true;
        }

        synchronized boolean isDone() {
            return call != null;
        }

        /** Waits at most {@code nanos} for the call to end; returns whether it has. */
        synchronized boolean await(long nanos) throws InterruptedException {
            long until = System.nanoTime() + nanos;
            while (call == null) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /** The ended call; every slot has ended when {@link InTurn#run} collects them. */
        synchronized Call<T> get() {
            return java.util.Objects.requireNonNull(call, "call");
        }
    }
}
