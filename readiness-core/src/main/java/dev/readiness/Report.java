package dev.readiness;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one run: the verdict, the stage, and every gate's result in a deterministic order (by gate id).
 * Immutable and thread-safe. Render it with {@link dev.readiness.render.TextReportRenderer} or
 * {@link dev.readiness.render.JsonReportRenderer}.
 *
 * @param verdict the worst status of all gates
 * @param stage the stage judged for
 * @param gates every gate's result, ordered by id
 * @param failOn the lowest status that blocks, or {@code null} when nothing blocks (report-only)
 */
public record Report(Status verdict, Stage stage, List<GateResult> gates, @Nullable Status failOn) {

    /**
     * Validates and copies.
     *
     * @param verdict the verdict
     * @param stage the stage
     * @param gates the gates' results
     * @param failOn the blocking threshold, or {@code null}
     */
    public Report {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(stage, "stage");
        gates = List.copyOf(gates);
    }

    /**
     * Whether the policy says this report must stop the deploy or the start-up: the verdict is at or above
     * {@code fail-on}.
     *
     * @return {@code true} when blocking
     */
    public boolean blocks() {
        return failOn != null && failOn != Status.GO && verdict.isAtLeast(failOn);
    }

    /**
     * The blocking threshold.
     *
     * @return {@code fail-on}, or empty when this run only reports
     */
    public Optional<Status> failOnThreshold() {
        return Optional.ofNullable(failOn);
    }

    /**
     * Every finding of every gate, in report order.
     *
     * @return the findings
     */
    public Stream<Finding> findings() {
        return gates.stream().flatMap(gate -> gate.findings().stream());
    }

    /**
     * The result of one gate.
     *
     * @param gateId the gate's id
     * @return its result, or empty when no such gate ran
     */
    public Optional<GateResult> gate(String gateId) {
        return gates.stream().filter(gate -> gate.id().equals(gateId)).findFirst();
    }

    /**
     * How many findings have a severity, waived ones excluded.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        long count = 0;
        for (GateResult gate : gates) {
            for (Finding finding : gate.findings()) {
                if (!finding.waived() && finding.severity() == severity) {
                    count++;
                }
            }
        }
        return count;
    }
}
