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
 * reported, capped like a gate's findings.
 */
final class ReportAssembler {

    private ReportAssembler() {
    }

    static Report assemble(List<Phase> phases, Stage stage, Policy policy, Clock clock, boolean complete) {
        Map<String, List<Phase.Judged>> byId = new LinkedHashMap<>();
        Set<Finding> factFailures = new LinkedHashSet<>();
        Set<Finding> exemptions = new LinkedHashSet<>();
        for (Phase phase : phases) {
            phase.judged().forEach(one -> byId.computeIfAbsent(one.result().id(), id -> new ArrayList<>()).add(one));
            factFailures.addAll(phase.factFailures());
            exemptions.addAll(phase.exemptions());
        }
        List<GateResult> results = new ArrayList<>(byId.size() + 3);
        byId.forEach((id, same) -> results.add(same.size() == 1 ? unwaived(same.get(0).result()) : duplicate(id, same)));
        if (!factFailures.isEmpty()) {
            results.add(GateResult.of(Readiness.FACTS_GATE_ID, Readiness.FACTS_GATE_DESCRIPTION, 0,
                    List.copyOf(factFailures)));
        }
        List<Finding> waiverFindings = WaiverApplier.apply(results, policy.waivers(), policy.waiverHorizon(),
                LocalDate.now(clock));
        if (!complete) {
            waiverFindings = waiverFindings.stream().filter(finding -> !finding.code().equals("waiver.unused")).toList();
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
        results.sort(Comparator.comparing(GateResult::id));
        Status verdict = results.stream().map(GateResult::status).reduce(Status.GO, Status::worst);
        @Nullable Status failOn = policy.failOnFor(stage).orElse(null);
        boolean stageProblem = results.stream().flatMap(result -> result.findings().stream())
                .anyMatch(finding -> !finding.waived() && finding.severity() == Severity.NO_GO
                        && finding.code().startsWith(Readiness.STAGE_GATE_ID + "."));
        if (failOn == null && stageProblem) {
            failOn = Status.NO_GO;
        }
        return new Report(verdict, stage, results, failOn);
    }

    private static GateResult unwaived(GateResult result) {
        boolean anyWaived = result.findings().stream().anyMatch(Finding::waived);
        return anyWaived ? GateResult.of(result.id(), result.description(), result.durationMillis(),
                result.findings().stream().map(PhaseRunner::unwaived).toList()) : result;
    }

    private static GateResult duplicate(String id, List<Phase.Judged> same) {
        List<String> sources = same.stream().map(Phase.Judged::source).toList();
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
