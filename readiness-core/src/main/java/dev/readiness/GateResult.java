package dev.readiness;

import java.util.List;
import java.util.Objects;

/**
 * One gate's part of a {@link Report}: its id, status, duration and findings. Immutable and thread-safe.
 *
 * @param id the gate's id
 * @param description the gate's description
 * @param status the worst status of its findings that are not waived
 * @param durationMillis how long the gate took, in milliseconds
 * @param findings the findings
 */
public record GateResult(String id, String description, Status status, double durationMillis, List<Finding> findings) {

    /**
     * Validates and copies.
     *
     * @param id the gate's id
     * @param description the gate's description
     * @param status the status
     * @param durationMillis the duration in milliseconds
     * @param findings the findings
     */
    public GateResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
    }

    /**
     * A result whose status is computed from its findings.
     *
     * @param id the gate's id
     * @param description the gate's description
     * @param durationMillis the duration
     * @param findings the findings
     * @return the result
     */
    public static GateResult of(String id, String description, double durationMillis, List<Finding> findings) {
        return new GateResult(id, description, Outcome.of(findings).status(), durationMillis, findings);
    }
}
