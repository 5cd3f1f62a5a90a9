package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.GateResult;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs gates in parallel on a bounded pool of daemon threads, with a per-gate timeout and an overall deadline,
 * turning every failure into a NO-GO finding for the gate at fault. Results come back in the order of the gates.
 */
public final class GateExecutor {

    /** Findings kept per gate; the worst are kept when a gate reports more. */
    public static final int MAX_FINDINGS_PER_GATE = 1000;

    private static final Logger log = LoggerFactory.getLogger(GateExecutor.class);
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    /** How long run() waits at most for interrupted pool threads to end before returning. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofMillis(100);

    private final int parallelism;
    private final Duration gateTimeout;
    private final Duration deadline;

    /**
     * Creates an executor.
     *
     * @param parallelism how many gates run at once
     * @param gateTimeout how long one gate may take
     * @param deadline how long the whole run may take
     */
    public GateExecutor(int parallelism, Duration gateTimeout, Duration deadline) {
        this.parallelism = parallelism;
        this.gateTimeout = gateTimeout;
        this.deadline = deadline;
    }

    /**
     * Runs the gates.
     *
     * @param gates the gates
     * @param context the context each gate gets
     * @return one result per gate, in the order of {@code gates}
     */
    public List<GateResult> run(List<Gate> gates, GateContext context) {
        if (gates.isEmpty()) {
            return List.of();
        }
        long startNanos = System.nanoTime();
        int pool = POOL_NUMBER.incrementAndGet();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelism, gates.size()),
                daemonThreads("readiness-" + pool + "-gate-"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                daemonThreads("readiness-" + pool + "-watchdog-"));
        List<RunningGate> running = new ArrayList<>(gates.size());
        FindingScrubber scrubber = FindingScrubber.of(context.settings());
        try {
            for (Gate gate : gates) {
                RunningGate runningGate = new RunningGate(gate, context, watchdog, scrubber);
                running.add(runningGate);
                workers.execute(runningGate::run);
            }
            awaitAll(running, startNanos);
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
        awaitPoolExit(workers, watchdog, startNanos);
        List<GateResult> results = new ArrayList<>(running.size());
        for (RunningGate runningGate : running) {
            results.add(runningGate.result.getNow(runningGate.deadlineResult()));
        }
        return results;
    }

    private void awaitAll(List<RunningGate> running, long startNanos) {
        CompletableFuture<?>[] futures = running.stream().map(gate -> gate.result).toArray(CompletableFuture[]::new);
        long remaining = deadline.toNanos() - (System.nanoTime() - startNanos);
        try {
            CompletableFuture.allOf(futures).get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            running.forEach(gate -> gate.result.complete(gate.deadlineResult()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(gate -> gate.result.complete(gate.interruptedResult()));
        }
    }

    /**
     * Gives the interrupted pool threads a moment to end, so that none is left when {@link #run} returns; never
     * waits past the deadline, and not at all for a thread stuck in a gate that ignores interrupts beyond the grace.
     */
    private void awaitPoolExit(ExecutorService workers, ExecutorService watchdog, long startNanos) {
        long remaining = deadline.toNanos() - (System.nanoTime() - startNanos);
        long grace = Math.min(SHUTDOWN_GRACE.toNanos(), remaining);
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

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class RunningGate {

        private final Gate gate;
        private final String id;
        private final String description;
        private final GateContext context;
        private final ScheduledExecutorService watchdog;
        private final FindingScrubber scrubber;
        private final CompletableFuture<GateResult> result = new CompletableFuture<>();
        private final Object lock = new Object();
        private @Nullable Thread runner;
        private volatile long startNanos;

        RunningGate(Gate gate, GateContext context, ScheduledExecutorService watchdog, FindingScrubber scrubber) {
            this.gate = gate;
            this.scrubber = scrubber;
            this.id = safeId(gate);
            this.description = safeDescription(gate);
            this.context = context;
            this.watchdog = watchdog;
        }

        void run() {
            if (result.isDone()) {
                return;
            }
            startNanos = System.nanoTime();
            synchronized (lock) {
                runner = Thread.currentThread();
            }
            ScheduledFuture<?> timeout;
            try {
                timeout = watchdog.schedule(this::timeOut, gateTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException lateStart) {
                // The run is over (deadline passed) and its result is already settled; do not start the gate.
                synchronized (lock) {
                    runner = null;
                }
                return;
            }
            try {
                Outcome outcome = gate.check(context);
                result.complete(outcome == null ? failed("returned no outcome (null)")
                        : GateResult.of(id, description, elapsedMillis(), capped(scrubbed(outcome.findings()))));
            } catch (Throwable failure) {
                if (result.complete(failed("threw " + describe(failure)))) {
                    log.warn("Gate {} failed with {}", id, failure.getClass().getName());
                }
            } finally {
                timeout.cancel(false);
                synchronized (lock) {
                    runner = null;
                    Thread.interrupted();
                }
            }
        }

        private void timeOut() {
            if (result.complete(timeoutResult("did not finish within its timeout of " + human(gateTimeout),
                    gateTimeout.toNanos() / 1e6))) {
                log.warn("Gate {} did not finish within {}", id, human(gateTimeout));
                synchronized (lock) {
                    if (runner != null) {
                        runner.interrupt();
                    }
                }
            }
        }

        GateResult deadlineResult() {
            String why = startNanos == 0 ? "did not start before the overall deadline of " + human(deadline)
                    : "did not finish before the overall deadline of " + human(deadline);
            return timeoutResult(why, startNanos == 0 ? 0 : elapsedMillis());
        }

        GateResult interruptedResult() {
            return failed("was interrupted before it finished: the thread running the gates was interrupted");
        }

        private GateResult timeoutResult(String why, double durationMillis) {
            Finding finding = Finding.of(Severity.NO_GO, "gate.timeout", id)
                    .origin(Origin.of("gate " + id))
                    .message("Gate " + id + " " + why + ", so its checks could not be judged.")
                    .remediation("Find out why the gate is slow or blocked (a network call, a lock, a large input);"
                            + " raise readiness.gate-timeout only if the gate is slow by nature.")
                    .build();
            return GateResult.of(id, description, durationMillis, List.of(finding));
        }

        private GateResult failed(String why) {
            Finding finding = Finding.of(Severity.NO_GO, "gate.failed", id)
                    .origin(Origin.of("gate " + id))
                    .message("Gate " + id + " " + why + ", so its checks could not be judged.")
                    .remediation("Fix the gate or the setting it cannot handle. The exception's message is withheld"
                            + " because it may quote a secret; reproduce with the gate's unit test.")
                    .build();
            return GateResult.of(id, description, elapsedMillis(), List.of(finding));
        }

        private List<Finding> scrubbed(List<Finding> findings) {
            List<Finding> clean = scrubber.scrub(findings);
            if (clean != findings) {
                log.warn("Gate {} put the value of a secret-looking setting into a finding; the value was replaced by {}",
                        id, FindingScrubber.REDACTED);
            }
            return clean;
        }

        private List<Finding> capped(List<Finding> findings) {
            if (findings.size() <= MAX_FINDINGS_PER_GATE) {
                return findings;
            }
            List<Finding> worstFirst = new ArrayList<>(findings);
            worstFirst.sort(Comparator.comparing(Finding::severity).reversed());
            List<Finding> kept = new ArrayList<>(worstFirst.subList(0, MAX_FINDINGS_PER_GATE));
            kept.add(Finding.of(Severity.WARN, "gate.findings-truncated", id)
                    .origin(Origin.of("gate " + id))
                    .message(String.format(Locale.ROOT, "Gate %s reported %d findings; the %d most severe are kept.",
                            id, findings.size(), MAX_FINDINGS_PER_GATE))
                    .remediation("Fix the reported findings, or report one finding per cause rather than per value.")
                    .build());
            return kept;
        }

        private double elapsedMillis() {
            return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e6;
        }
    }

    private static String safeId(Gate gate) {
        try {
            return gate.id();
        } catch (RuntimeException e) {
            return gate.getClass().getName().toLowerCase(Locale.ROOT);
        }
    }

    private static String safeDescription(Gate gate) {
        try {
            String description = gate.description();
            return description == null ? "" : description;
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String describe(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return failure.getClass().getName() + where;
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
