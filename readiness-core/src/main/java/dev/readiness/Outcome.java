package dev.readiness;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What one gate's {@link Gate#check(GateContext) check} returns: its findings. Immutable and thread-safe.
 *
 * @param findings the findings, in the order the gate found them; empty for GO
 */
public record Outcome(List<Finding> findings) {

    private static final Outcome GO = new Outcome(List.of());

    /**
     * Copies the findings.
     *
     * @param findings the findings
     */
    public Outcome {
        findings = List.copyOf(findings);
    }

    /**
     * Nothing found.
     *
     * @return an outcome without findings
     */
    public static Outcome go() {
        return GO;
    }

    /**
     * The given findings.
     *
     * @param findings the findings
     * @return an outcome holding them
     */
    public static Outcome of(Finding... findings) {
        return findings.length == 0 ? GO : new Outcome(Arrays.asList(findings));
    }

    /**
     * The given findings.
     *
     * @param findings the findings
     * @return an outcome holding them
     */
    public static Outcome of(Collection<Finding> findings) {
        return findings.isEmpty() ? GO : new Outcome(List.copyOf(findings));
    }

    /**
     * The worst status among the findings that are not waived.
     *
     * @return the status
     */
    public Status status() {
        Status status = Status.GO;
        for (Finding finding : findings) {
            status = status.worst(finding.effectiveStatus());
        }
        return status;
    }
}
