package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Phase;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The phases judged before any singleton exists. The settings gates start on a background thread as soon as the
 * environment is prepared ({@link #start}), while Spring Boot goes on creating the context and parsing
 * configuration classes; the barrier ({@link ReadinessBarrier}) joins them before the first singleton that can
 * connect is created, adds a phase for the gates that need only class-file facts, and the late phase completes the
 * one report of this boot from every phase kept here. Confined to the main thread once joined.
 */
final class EarlyPhase {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.EarlyPhase";

    /** The id reported when judging before start-up failed or hung as a whole. */
    static final String GATE_ID = "readiness.early";

    private static final long JOIN_GRACE_MILLIS = 2_000;

    private final ReadinessOptions options;

    private final Background<Judged> judging;

    private final List<Phase> phases = new ArrayList<>();

    private Settings settings = Settings.empty();

    private @Nullable Phase withoutFacts;

    private double millis;

    private double mainThreadMillis;

    private EarlyPhase(ReadinessOptions options, Background<Judged> judging) {
        this.options = options;
        this.judging = judging;
    }

    /**
     * Starts judging on a daemon thread.
     *
     * @param options the options
     * @param work reads the settings and runs the settings gates
     * @return the phase, to be joined at the barrier
     */
    static EarlyPhase start(ReadinessOptions options, Supplier<Judged> work) {
        return new EarlyPhase(options, Background.start("readiness-early", work));
    }

    /**
     * Waits for the settings gates: core ends a phase within the deadline plus a small constant, and this waits at
     * most the deadline plus a grace period more; a failure or a hang is a NO-GO, never a hung or crashed boot.
     *
     * @return how long the main thread waited, in milliseconds
     */
    double join() {
        long start = System.nanoTime();
        try {
            judging.await(waitMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            phases.add(failure("gate.failed", "Start-up was interrupted while the gates judged the settings."));
            return (System.nanoTime() - start) / 1_000_000.0;
        }
        Judged done = judging.value();
        Throwable failed = judging.failure();
        if (done != null) {
            phases.add(done.phase());
            withoutFacts = done.withoutFacts();
            settings = done.settings();
            millis = done.millis();
        }
        else if (failed != null) {
            phases.add(failure("gate.failed", "Judging the settings before start-up failed with "
                    + failed.getClass().getName() + "."));
        }
        else {
            phases.add(failure("gate.timeout", "The gates judged before start-up did not finish within"
                    + " readiness.deadline (" + options.deadline() + ")."));
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    /**
     * What the settings gates found, for another thread than the main one: waits for them like {@link #join()},
     * but records nothing.
     *
     * @return what they found, or {@code null} when they failed, hung or the wait was interrupted
     */
    @Nullable Judged await() {
        try {
            judging.await(waitMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
        return judging.value();
    }

    /** How long to wait for work judged before start-up: the deadline plus a grace period. */
    long waitMillis() {
        return options.deadline().toMillis() + JOIN_GRACE_MILLIS;
    }

    /** A phase of one NO-GO finding of the pseudo-gate {@value #GATE_ID}: judging before start-up failed or hung. */
    Phase failure(String code, String message) {
        Finding finding = Finding.of(Severity.NO_GO, code, GATE_ID).origin(Origin.of("readiness early phase"))
                .message(message)
                .remediation("Find the gate that blocks or fails (a thread dump shows the threads named"
                        + " readiness-*) and fix it, or exclude it with readiness.exclude-gates.")
                .build();
        return BootGates.builder(options, Settings.empty())
                .gate(Gate.of(GATE_ID, "The gates judged before start-up", context -> Outcome.of(finding)),
                        BootGates.ADAPTER_SOURCE)
                .build().runPhase();
    }

    ReadinessOptions options() {
        return options;
    }

    /** Every phase judged before singletons, in order; the last holds the gates deferred to the late phase. */
    List<Phase> phases() {
        return phases;
    }

    Phase last() {
        return phases.get(phases.size() - 1);
    }

    /**
     * The gates the settings phase held back for facts, judged without them on the background thread because no
     * fact could reach them outside the context; {@code null} when they were not, or when a later phase was added.
     */
    @Nullable Phase withoutFacts() {
        return phases.size() == 1 ? withoutFacts : null;
    }

    Settings settings() {
        return settings;
    }

    double millis() {
        return millis;
    }

    /** How long the main thread spent on the phases before singletons: waiting at the barrier and judging there. */
    double mainThreadMillis() {
        return mainThreadMillis;
    }

    void addMainThreadMillis(double more) {
        mainThreadMillis += more;
    }

    /**
     * What the background thread found.
     *
     * @param phase the settings gates' phase, gates needing facts deferred
     * @param withoutFacts the deferred gates judged without facts, or {@code null} when facts may still come
     * @param settings the settings judged
     * @param millis how long it took
     */
    record Judged(Phase phase, @Nullable Phase withoutFacts, Settings settings, double millis) {
    }
}
