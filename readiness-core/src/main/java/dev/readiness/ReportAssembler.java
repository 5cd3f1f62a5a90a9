package dev.readiness;

import dev.readiness.settings.Origin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one policy path: assembles the report of one or more phases. Gates with one id from different sources are a
 * NO-GO naming both; waivers are validated and applied once over every phase; a stage finding that is not waived
 * (none can be) makes NO-GO block even in a stage that only reports; exemptions and findings about waivers are
 * reported, capped like a gate's findings; two findings of one fix from two gates are one ({@link SameFixes}).
 */
final class ReportAssembler {

    private static final String STAGE_CODE_PREFIX = Readiness.STAGE_GATE_ID + ".";

    private static final Comparator<GateResult> BY_ID = new Comparator<>() {
        @Override
        public int compare(GateResult one, GateResult other) {
            return one.id().compareTo(other.id());
        }
    };

    private ReportAssembler() {
    }

    static Report assemble(List<Phase> phases, Stage stage, Policy policy, Clock clock, boolean complete) {
        Map<String, List<Phase.Judged>> byId = new LinkedHashMap<>();
        Set<Finding> factFailures = new LinkedHashSet<>();
        Set<Finding> exemptions = new LinkedHashSet<>();
        for (Phase phase : phases) {
            for (Phase.Judged one : phase.judged()) {
                List<Phase.Judged> same = byId.get(one.result().id());
                if (same == null) {
                    same = new ArrayList<>(1);
                    byId.put(one.result().id(), same);
                }
                same.add(one);
            }
            factFailures.addAll(phase.factFailures());
            exemptions.addAll(phase.exemptions());
        }
        if (complete) {
            exemptions.addAll(unknownExclusions(phases));
        }
        List<GateResult> results = new ArrayList<>(byId.size() + 3);
        for (Map.Entry<String, List<Phase.Judged>> entry : byId.entrySet()) {
            List<Phase.Judged> same = entry.getValue();
            results.add(same.size() == 1 ? unwaived(same.get(0).result()) : duplicate(entry.getKey(), same));
        }
        if (!factFailures.isEmpty()) {
            results.add(GateResult.of(Readiness.FACTS_GATE_ID, Readiness.FACTS_GATE_DESCRIPTION, 0,
                    List.copyOf(factFailures)));
        }
        // without waivers nothing to apply (as WaiverApplier.apply says): such a start loads none of its code
        List<Finding> waiverFindings = policy.waivers().isEmpty() ? List.of()
                : WaiverApplier.apply(results, policy.waivers(), policy.waiverHorizon(), LocalDate.now(clock));
        for (GateResult result : results) {
            if (!result.findings().isEmpty()) { // without findings nothing to merge: such a start loads none of it
                SameFixes.merge(results);
                break;
            }
        }
        if (!complete && !waiverFindings.isEmpty()) {
            List<Finding> used = new ArrayList<>(waiverFindings.size());
            for (Finding finding : waiverFindings) {
                if (!finding.code().equals("waiver.unused")) {
                    used.add(finding);
                }
            }
            waiverFindings = used;
        }
        if (!waiverFindings.isEmpty()) {
            results.add(GateResult.of(Readiness.WAIVERS_GATE_ID, "Waivers: expired, unused, expiring and rejected", 0,
                    PhaseRunner.capped(Readiness.WAIVERS_GATE_ID, waiverFindings, PhaseRunner.MAX_POLICY_FINDINGS)));
        }
        if (!exemptions.isEmpty()) {
            results.add(GateResult.of(Readiness.EXEMPTIONS_GATE_ID, "Exemptions: gates, keys and checks switched off", 0,
                    PhaseRunner.capped(Readiness.EXEMPTIONS_GATE_ID, List.copyOf(exemptions),
                            PhaseRunner.MAX_POLICY_FINDINGS)));
        }
        results.sort(BY_ID);
        Status verdict = Status.GO;
        boolean stageProblem = false;
        for (GateResult result : results) {
            verdict = verdict.worst(result.status());
            for (Finding finding : result.findings()) {
                stageProblem |= !finding.waived() && finding.severity() == Severity.NO_GO
                        && finding.code().startsWith(STAGE_CODE_PREFIX);
            }
        }
        @Nullable Status failOn = policy.failOnFor(stage).orElse(null);
        if (failOn == null && stageProblem) {
            failOn = Status.NO_GO;
        }
        return new Report(verdict, stage, results, failOn);
    }

    /**
     * An excluded gate id that no gate of any phase has ({@code readiness.exclude-gates=sandboxx}) excluded nothing:
     * a WARN naming the closest id, so a typo does not pass for an exemption. Said only when every gate's id is
     * known (a gate whose {@code id()} failed might have had it).
     */
    private static List<Finding> unknownExclusions(List<Phase> phases) {
        Map<String, Origin> named = new LinkedHashMap<>();
        Set<String> seen = new java.util.TreeSet<>();
        for (Phase phase : phases) {
            Set<String> ids = phase.gateIdsSeen();
            if (ids == null) {
                return List.of();
            }
            seen.addAll(ids);
            // a loop, not forEach(named::putIfAbsent): that lambda's class was spun on a boot's main thread
            for (Map.Entry<String, Origin> exclusion : phase.exclusions().entrySet()) {
                named.putIfAbsent(exclusion.getKey(), exclusion.getValue());
            }
        }
        List<Finding> unknown = new ArrayList<>();
        for (Map.Entry<String, Origin> exclusion : named.entrySet()) {
            String id = exclusion.getKey();
            if (seen.contains(id)) {
                continue;
            }
            String shown = Exemptions.shown(dev.readiness.internal.SecretShapedKeys.redacted(id));
            String closest = dev.readiness.internal.EditDistance.closest(id, seen).orElse(null);
            unknown.add(Finding.of(Severity.WARN, "exemption.unknown-gate", shown)
                    .origin(exclusion.getValue())
                    .message("readiness.exclude-gates names " + shown + ", which no gate has, so it excluded nothing"
                            + (closest == null ? "." : "; the closest gate id is " + closest + "."))
                    .remediation(closest == null ? "Remove it from readiness.exclude-gates."
                            : "Correct it to the id of the gate you mean (" + closest + "), or remove it; the ids"
                                    + " are the names the report lists gates under.")
                    .build());
        }
        return unknown;
    }

    private static GateResult unwaived(GateResult result) {
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).waived()) {
                List<Finding> unwaived = new ArrayList<>(findings.size());
                for (Finding finding : findings) {
                    unwaived.add(PhaseRunner.unwaived(finding));
                }
                return GateResult.of(result.id(), result.description(), result.durationMillis(),
                        List.copyOf(unwaived));
            }
        }
        return result;
    }

    private static GateResult duplicate(String id, List<Phase.Judged> same) {
        List<String> sources = new ArrayList<>(same.size());
        for (Phase.Judged one : same) {
            sources.add(one.source());
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(Severity.NO_GO, "gate.duplicate-id", id)
                .origin(Origin.of("gate " + id))
                .message("Gate id " + id + " is claimed by " + same.size() + " gates: " + String.join(", ", sources)
                        + "; one would hide the other's findings, so none of them counts as passed.")
                .remediation("Give each gate its own id, or remove the duplicate registration.")
                .build());
        double millis = 0;
        for (Phase.Judged one : same) {
            findings.addAll(unwaived(one.result()).findings());
            millis += one.result().durationMillis();
        }
        return GateResult.of(id, same.get(0).result().description(), millis,
                PhaseRunner.capped(id, findings));
    }
}
