package dev.readiness.internal;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A gate's findings, at most a limit of them: the most severe are kept (in the order found within a severity) and
 * the rest only counted, so a gate judging a million settings holds ten thousand findings, not a million. The
 * runner caps every gate's findings the same way ({@link #capped(String, List, int)}); a built-in gate that can
 * report one finding per setting collects into this instead, so the findings it drops are never made. Not
 * thread-safe.
 */
public final class BoundedFindings {

    /** Findings kept per gate. High enough that thousands of weak secrets are each reported. */
    public static final int MAX_PER_GATE = 10_000;

    /** The code of the notice that says how many findings a gate reported and how many are kept. */
    public static final String TRUNCATED = "gate.findings-truncated";

    private final String gateId;
    private final int limit;
    private final List<Finding> inOrder = new ArrayList<>();
    private final Map<Severity, List<Finding>> bySeverity = new EnumMap<>(Severity.class);
    private int kept;
    private int total;

    private BoundedFindings(String gateId, int limit) {
        this.gateId = gateId;
        this.limit = limit;
    }

    /**
     * An empty collection keeping {@link #MAX_PER_GATE} findings.
     *
     * @param gateId the gate, named in the notice
     * @return the collection
     */
    public static BoundedFindings forGate(String gateId) {
        return new BoundedFindings(gateId, MAX_PER_GATE);
    }

    /**
     * The findings with at most {@code limit} kept, the most severe first, and a WARN notice of how many there
     * were; the list itself when it is short enough, or already capped by a {@link BoundedFindings} (the kept
     * findings and the notice).
     *
     * @param gateId the gate
     * @param findings its findings
     * @param limit how many to keep
     * @return the capped findings
     */
    public static List<Finding> capped(String gateId, List<Finding> findings, int limit) {
        if (findings.size() <= limit || findings.size() == limit + 1 && isNotice(gateId, findings.get(limit))) {
            return findings;
        }
        BoundedFindings bounded = new BoundedFindings(gateId, limit);
        findings.forEach(bounded::add);
        return bounded.findings();
    }

    private static boolean isNotice(String gateId, Finding finding) {
        return finding.code().equals(TRUNCATED) && finding.subject().equals(gateId);
    }

    /**
     * Adds a finding; once the limit is reached, it replaces the latest of the least severe kept findings if it is
     * more severe, and is only counted otherwise.
     *
     * @param finding the finding
     */
    public void add(Finding finding) {
        total++;
        if (bySeverity.isEmpty()) {
            if (inOrder.size() < limit) {
                inOrder.add(finding);
                return;
            }
            for (Finding earlier : inOrder) {
                bySeverity.computeIfAbsent(earlier.severity(), severity -> new ArrayList<>()).add(earlier);
            }
            kept = inOrder.size();
            inOrder.clear();
        }
        if (kept < limit) {
            bySeverity.computeIfAbsent(finding.severity(), severity -> new ArrayList<>()).add(finding);
            kept++;
            return;
        }
        for (Severity lower : Severity.values()) {
            if (lower.compareTo(finding.severity()) >= 0) {
                return;
            }
            List<Finding> candidates = bySeverity.get(lower);
            if (candidates != null && !candidates.isEmpty()) {
                candidates.remove(candidates.size() - 1);
                bySeverity.computeIfAbsent(finding.severity(), severity -> new ArrayList<>()).add(finding);
                return;
            }
        }
    }

    /**
     * How many findings were added, kept or not.
     *
     * @return the count
     */
    public int total() {
        return total;
    }

    /**
     * The findings: in the order added when none was dropped; else the kept ones most severe first, then the
     * notice.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        if (bySeverity.isEmpty()) {
            return List.copyOf(inOrder);
        }
        List<Finding> out = new ArrayList<>(kept + 1);
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            out.addAll(bySeverity.getOrDefault(severities[i], List.of()));
        }
        out.add(Finding.of(Severity.WARN, TRUNCATED, gateId)
                .origin(Origin.of("gate " + gateId))
                .message(String.format(Locale.ROOT, "Gate %s reported %d findings; the %d most severe are kept.",
                        gateId, total, limit))
                .remediation("Fix the reported findings, or report one finding per cause rather than per value.")
                .build());
        return out;
    }
}
