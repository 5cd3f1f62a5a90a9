package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateResult;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The gates judged before any singleton exists, and what they found. The settings gates start on a background
 * thread as soon as the environment is prepared ({@link #start}), while Spring Boot goes on creating the context
 * and parsing configuration classes; the barrier ({@link ReadinessBarrier}) joins them before the first
 * singleton that can connect is created, adds the gates that need only class-file facts, and records everything
 * here for the late phase, which completes the one report of this boot. Confined to the main thread once joined.
 */
final class EarlyPhase {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.EarlyPhase";

    private static final long JOIN_GRACE_MILLIS = 2_000;

    private final ReadinessOptions options;

    private final CompletableFuture<Judged> judged;

    private final List<GateResult> results = new ArrayList<>();

    private final Set<String> gateIds = new LinkedHashSet<>();

    private List<Gate> factGates = List.of();

    private Map<String, String> gateSources = Map.of();

    private Settings settings = Settings.empty();

    private double millis;

    private EarlyPhase(ReadinessOptions options, CompletableFuture<Judged> judged) {
        this.options = options;
        this.judged = judged;
    }

    /**
     * Starts judging on a daemon thread.
     *
     * @param options the options
     * @param work discovers the gates, reads the settings and runs the settings gates
     * @return the phase, to be joined at the barrier
     */
    static EarlyPhase start(ReadinessOptions options, Supplier<Judged> work) {
        CompletableFuture<Judged> judged = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                judged.complete(work.get());
            }
            catch (Throwable ex) {
                judged.completeExceptionally(ex);
            }
        }, "readiness-early");
        thread.setDaemon(true);
        thread.start();
        return new EarlyPhase(options, judged);
    }

    /**
     * Waits for the settings gates, at most the deadline plus a grace period; a failure or a hang is a NO-GO of
     * the early phase, never a hung or crashed boot.
     *
     * @return how long the main thread waited, in milliseconds
     */
    double join() {
        long start = System.nanoTime();
        try {
            Judged done = judged.get(options.deadline().toMillis() + JOIN_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            results.addAll(done.results());
            gateIds.addAll(done.gateIds());
            factGates = done.factGates();
            gateSources = done.gateSources();
            settings = done.settings();
            millis = done.millis();
        }
        catch (TimeoutException ex) {
            results.add(failure("gate.timeout", "The gates judged before start-up did not finish within"
                    + " readiness.deadline (" + options.deadline() + ")."));
        }
        catch (ExecutionException ex) {
            results.add(failure("gate.failed", "Judging the settings before start-up failed with "
                    + ex.getCause().getClass().getName() + "."));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            results.add(failure("gate.failed", "Start-up was interrupted while the gates judged the settings."));
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static GateResult failure(String code, String message) {
        return GateResult.of(EARLY_GATE_ID, "The gates judged before start-up", 0, List.of(
                Finding.of(Severity.NO_GO, code, EARLY_GATE_ID).origin(Origin.of("readiness early phase"))
                        .message(message)
                        .remediation("Find the gate that blocks or fails (a thread dump shows it on the thread"
                                + " readiness-early) and fix it, or exclude it with readiness.exclude-gates.")
                        .build()));
    }

    /** The id reported when the early phase as a whole failed or hung. */
    static final String EARLY_GATE_ID = "readiness.early";

    ReadinessOptions options() {
        return options;
    }

    /** Raw results (waivers not applied) of every gate judged before singletons. */
    List<GateResult> results() {
        return results;
    }

    /** Ids of the gates judged before singletons. */
    Set<String> gateIds() {
        return gateIds;
    }

    /** Discovered gates that need facts, not yet run. */
    List<Gate> factGates() {
        return factGates;
    }

    /** Where every gate discovered before singletons came from, by id. */
    Map<String, String> gateSources() {
        return gateSources;
    }

    Settings settings() {
        return settings;
    }

    double millis() {
        return millis;
    }

    void addMillis(double more) {
        millis += more;
    }

    /**
     * What the background thread found.
     *
     * @param results raw results of the settings gates
     * @param gateIds their ids
     * @param gateSources where every discovered gate came from, by id
     * @param factGates discovered gates that need facts
     * @param settings the settings judged
     * @param millis how long it took
     */
    record Judged(List<GateResult> results, Set<String> gateIds, Map<String, String> gateSources,
            List<Gate> factGates, Settings settings, double millis) {
    }
}
