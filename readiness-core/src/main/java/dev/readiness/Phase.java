package dev.readiness;

import dev.readiness.settings.Origin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The raw outcome of running gates once ({@link Readiness#runPhase()}): every judged gate's result before any
 * policy (no waiver applied, no verdict), the failures of fact contributors, the exemptions the settings declare,
 * and the gates held back because they need facts this phase did not have. An adapter that judges in several
 * phases (settings early, beans and facts late) keeps its phases and asks {@link Readiness#report(Phase...)} for
 * the one report of all of them. Immutable and thread-safe.
 */
public final class Phase {

    /** A judged gate's raw result and where the gate came from. */
    record Judged(GateResult result, String source) {
    }

    /** A gate held back for a later phase, and where it came from. */
    record Deferred(Gate gate, String source) {
    }

    private final List<Judged> judged;
    private final List<Finding> factFailures;
    private final List<Finding> exemptions;
    private final List<Deferred> deferred;
    private final double millis;
    private final Map<String, Origin> exclusions;
    private final @Nullable Set<String> gateIdsSeen;

    Phase(List<Judged> judged, List<Finding> factFailures, List<Finding> exemptions, List<Deferred> deferred,
            double millis, Map<String, Origin> exclusions, @Nullable Set<String> gateIdsSeen) {
        this.judged = List.copyOf(judged);
        this.factFailures = List.copyOf(factFailures);
        this.exemptions = List.copyOf(exemptions);
        this.deferred = List.copyOf(deferred);
        this.millis = millis;
        this.exclusions = Map.copyOf(exclusions);
        this.gateIdsSeen = gateIdsSeen == null ? null : Set.copyOf(gateIdsSeen);
    }

    /**
     * The raw results of the gates judged in this phase, plus the pseudo-gate {@value Readiness#FACTS_GATE_ID} when
     * a fact contributor failed; no waiver applied.
     *
     * @return the results, in the order the gates were given
     */
    public List<GateResult> results() {
        List<GateResult> results = new ArrayList<>(judged.size() + 1);
        for (Judged one : judged) {
            results.add(one.result());
        }
        if (!factFailures.isEmpty()) {
            results.add(GateResult.of(Readiness.FACTS_GATE_ID, Readiness.FACTS_GATE_DESCRIPTION, 0, factFailures));
        }
        return results;
    }

    /**
     * The ids of the gates judged in this phase.
     *
     * @return the ids
     */
    public Set<String> gateIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Judged one : judged) {
            ids.add(one.result().id());
        }
        return ids;
    }

    /**
     * The gates held back because they need facts this phase did not have (only with
     * {@link Readiness.Builder#deferGatesNeedingFacts(boolean)}); pass the phase to
     * {@link Readiness.Builder#deferredFrom(Phase)} to judge them later.
     *
     * @return the gates, already constructed
     */
    public List<Gate> deferred() {
        List<Gate> gates = new ArrayList<>(deferred.size());
        for (Deferred one : deferred) {
            gates.add(one.gate());
        }
        return List.copyOf(gates);
    }

    /**
     * How long the phase took, in milliseconds.
     *
     * @return the duration
     */
    public double millis() {
        return millis;
    }

    List<Judged> judged() {
        return judged;
    }

    List<Finding> factFailures() {
        return factFailures;
    }

    List<Finding> exemptions() {
        return exemptions;
    }

    List<Deferred> deferredWithSources() {
        return deferred;
    }

    /** The gate ids this phase was asked to exclude, with where each was named. */
    Map<String, Origin> exclusions() {
        return exclusions;
    }

    /**
     * The ids of every gate this phase met (judged, excluded or deferred), or {@code null} when a gate's id could
     * not be learnt (its constructor or {@code id()} failed), so no exclusion can be said to match no gate.
     */
    @Nullable Set<String> gateIdsSeen() {
        return gateIdsSeen;
    }
}
