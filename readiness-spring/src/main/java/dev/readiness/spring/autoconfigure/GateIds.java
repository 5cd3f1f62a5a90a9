package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateResult;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gates of one boot by id, each with where it came from, so that two gates with one id (gate beans,
 * {@link java.util.ServiceLoader} gates, built-in gates) are a NO-GO naming both instead of one silently replacing
 * the other. Not thread-safe.
 */
final class GateIds {

    /** The id of the pseudo-gate reporting gates that share an id. */
    static final String GATE_ID = "readiness.gates";

    /** The finding code. */
    static final String CODE = "gate.duplicate-id";

    private final Map<String, String> sources = new LinkedHashMap<>();

    private final List<Finding> duplicates = new ArrayList<>();

    GateIds() {
    }

    GateIds(Map<String, String> known) {
        sources.putAll(known);
    }

    /**
     * Records a gate.
     *
     * @return whether it is the first with its id, and so should run
     */
    boolean add(Gate gate, String source) {
        String id = gate.id();
        String first = sources.putIfAbsent(id, source);
        if (first == null) {
            return true;
        }
        duplicates.add(Finding.of(Severity.NO_GO, CODE, id)
                .origin(Origin.of(source))
                .message("Two gates have the id " + id + ": " + first + " and " + source
                        + ". Only the first ran, so the report cannot say both were judged.")
                .remediation("Give each gate its own id, or remove one of them.")
                .build());
        return false;
    }

    boolean addServiceLoaderGate(Gate gate) {
        String type = gate.getClass().getName();
        return add(gate, (type.startsWith("dev.readiness.gates.") ? "built-in gate " : "ServiceLoader gate ") + type);
    }

    Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    Optional<GateResult> result() {
        return duplicates.isEmpty() ? Optional.empty()
                : Optional.of(GateResult.of(GATE_ID, "Every gate has its own id", 0, duplicates));
    }
}
