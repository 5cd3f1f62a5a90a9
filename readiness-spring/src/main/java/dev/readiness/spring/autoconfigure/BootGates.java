package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.GateResult;
import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.internal.WaiverApplier;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.commons.logging.Log;

/**
 * What both phases share: running a set of gates without waivers (raw results), and assembling raw results of
 * one or both phases into the report, applying the waivers once over everything.
 */
final class BootGates {

    /** The id of the pseudo-gate that reports fact contributors that failed. */
    static final String FACTS_GATE_ID = "readiness.facts";

    private BootGates() {
    }

    static List<Gate> discover(ClassLoader classLoader) {
        return Gates.discover(classLoader);
    }

    /** The adapter's own gates: stage consistency and unknown {@code readiness.*} properties. */
    static List<Gate> adapterGates(ReadinessOptions options, org.springframework.core.env.Environment environment) {
        return List.of(new StageConsistencyGate(options.stage(), StageResolution.activeProfiles(environment)),
                new UnknownPropertiesGate());
    }

    static List<FactContributor> discoverFactContributors(ClassLoader classLoader) {
        List<FactContributor> contributors = new ArrayList<>();
        ServiceLoader.load(FactContributor.class, classLoader).forEach(contributors::add);
        return contributors;
    }

    static List<GateResult> run(List<Gate> gates, Settings settings, Map<Class<?>, Object> facts,
            ReadinessOptions options) {
        if (gates.isEmpty()) {
            return List.of();
        }
        Readiness.Builder readiness = Readiness.builder()
                .stage(options.stage().stage())
                .settings(settings)
                .gates(gates)
                .gateTimeout(options.gateTimeout())
                .deadline(options.deadline());
        facts.forEach((type, fact) -> putFact(readiness, type, fact));
        return readiness.build().run().gates();
    }

    @SuppressWarnings("unchecked")
    private static void putFact(Readiness.Builder readiness, Class<?> type, Object fact) {
        readiness.fact((Class<Object>) type, fact);
    }

    /**
     * Gathers facts from every contributor; a contributor that throws becomes a NO-GO finding of
     * {@link #FACTS_GATE_ID} naming the contributor and the exception type, never its message (which might hold a
     * connection string with a password).
     */
    static Map<Class<?>, Object> gatherFacts(List<FactContributor> contributors, List<Finding> failures, Log log) {
        Map<Class<?>, Object> facts = new LinkedHashMap<>();
        for (FactContributor contributor : contributors) {
            try {
                contributor.contribute(new dev.readiness.FactSink() {
                    @Override
                    public <T> void put(Class<T> type, T fact) {
                        facts.put(type, type.cast(fact));
                    }
                });
            }
            catch (Exception | LinkageError ex) {
                if (log.isDebugEnabled()) {
                    log.debug("Fact contributor " + contributor.getClass().getName() + " failed with "
                            + ex.getClass().getName());
                }
                failures.add(Finding.of(Severity.NO_GO, "facts.failed", contributor.getClass().getName())
                        .origin(Origin.of("fact contributor " + contributor.getClass().getName()))
                        .message("The fact contributor failed with " + ex.getClass().getName()
                                + "; gates that need its facts judge without them.")
                        .remediation("Fix the contributor (its exception's message is never logged: it may quote a"
                                + " secret), or remove it.")
                        .build());
            }
        }
        return facts;
    }

    static GateResult factsFailures(List<Finding> failures) {
        return GateResult.of(FACTS_GATE_ID, "Fact contributors that failed", 0, failures);
    }

    /**
     * Assembles the report. Waivers apply once over the results of both phases; a stage mismatch that is not
     * waived makes NO-GO block even in a stage that only reports; for the early phase alone
     * ({@code complete == false}) a waiver that matches nothing yet is not reported, since it may cover a finding
     * of a gate that runs later.
     */
    static Report assemble(List<GateResult> rawResults, ReadinessOptions options, boolean complete, Clock clock) {
        Stage stage = options.stage().stage();
        Policy policy = options.policy();
        List<GateResult> results = new ArrayList<>(rawResults);
        WaiverApplier.apply(results, policy.waivers(), GateContext.of(stage, Settings.empty(), clock, Map.of()));
        if (!complete) {
            results.replaceAll(result -> result.id().equals(WaiverApplier.GATE_ID)
                    ? GateResult.of(result.id(), result.description(), result.durationMillis(),
                            result.findings().stream().filter(finding -> !finding.code().equals("waiver.unused"))
                                    .toList())
                    : result);
            results.removeIf(result -> result.id().equals(WaiverApplier.GATE_ID) && result.findings().isEmpty());
        }
        results.sort(Comparator.comparing(GateResult::id));
        Status verdict = results.stream().map(GateResult::status).reduce(Status.GO, Status::worst);
        Status failOn = policy.failOnFor(stage).orElse(null);
        boolean stageMismatch = results.stream().flatMap(result -> result.findings().stream())
                .anyMatch(finding -> !finding.waived() && finding.code().equals(StageConsistencyGate.CODE));
        if (failOn == null && stageMismatch) {
            failOn = Status.NO_GO;
        }
        return new Report(verdict, stage, results, failOn);
    }

    /**
     * Logs the report once: one line for GO, the summary and a compact table of the findings otherwise. A
     * blocking report is not logged here: the failure analysis prints it.
     */
    static void log(Log log, Report report, StageResolution stage, double millis) {
        if (report.blocks()) {
            return;
        }
        String summary = TextReportRenderer.summary(report) + String.format(Locale.ROOT, " (stage from %s, %.1f ms)",
                stage.source(), millis);
        if (report.verdict() == Status.GO) {
            log.info(summary);
            return;
        }
        StringBuilder table = new StringBuilder(summary);
        int codeWidth = 4;
        int subjectWidth = 7;
        for (Finding finding : (Iterable<Finding>) report.findings()::iterator) {
            codeWidth = Math.max(codeWidth, Math.min(finding.code().length(), 40));
            subjectWidth = Math.max(subjectWidth, Math.min(finding.subject().length(), 40));
        }
        String row = "%n  %-6s %-" + codeWidth + "s  %-" + subjectWidth + "s  %s";
        table.append(String.format(Locale.ROOT, row, "", "code", "subject", "origin"));
        for (Finding finding : (Iterable<Finding>) report.findings()::iterator) {
            if (finding.severity() == Severity.INFO && !finding.waived()) {
                continue;
            }
            table.append(String.format(Locale.ROOT, row,
                    finding.waived() ? "waived" : finding.severity().displayName(), finding.code(),
                    finding.subject(), finding.origin().description()));
        }
        log.warn(table);
    }
}
