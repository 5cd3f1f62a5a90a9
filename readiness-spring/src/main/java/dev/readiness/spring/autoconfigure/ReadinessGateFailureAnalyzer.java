package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessGateException.Problem;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link ReadinessGateException} into Spring Boot's failure banner: a description listing every problem,
 * numbered and grouped by gate, each with its origin and message, and an action listing every remediation under
 * the same numbers. Never shows a value.
 */
class ReadinessGateFailureAnalyzer extends AbstractFailureAnalyzer<ReadinessGateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReadinessGateException cause) {
        return new FailureAnalysis(description(cause.getReport()), action(cause.getReport()), cause);
    }

    private static String description(Report report) {
        StringBuilder description = new StringBuilder("The readiness gates refused start-up.")
                .append(System.lineSeparator()).append(System.lineSeparator())
                .append(TextReportRenderer.summary(report)).append(System.lineSeparator());
        List<Problem> problems = ReadinessGateException.problems(report);
        GateResult gate = null;
        for (Problem problem : problems) {
            if (gate != problem.gate()) {
                gate = problem.gate();
                description.append(System.lineSeparator())
                        .append(String.format(Locale.ROOT, "Gate %s (%s)%s:", gate.id(), gate.status().displayName(),
                                gate.description().isBlank() ? "" : " - " + gate.description()))
                        .append(System.lineSeparator());
            }
            Finding finding = problem.finding();
            description.append(String.format(Locale.ROOT, "  [%d] %s %s: %s%n", problem.number(),
                    finding.severity().displayName(), finding.code(), finding.subject()));
            description.append(String.format(Locale.ROOT, "      origin: %s%n", finding.origin().description()));
            if (!finding.message().isBlank()) {
                description.append(String.format(Locale.ROOT, "      %s%n", finding.message()));
            }
        }
        long waived = report.findings().filter(Finding::waived).count();
        if (waived > 0) {
            description.append(String.format(Locale.ROOT, "%n%d finding%s waived.%n", waived, waived == 1 ? "" : "s"));
        }
        return description.toString();
    }

    private static String action(Report report) {
        StringBuilder action = new StringBuilder("Fix every problem above, then start again:")
                .append(System.lineSeparator());
        for (Problem problem : ReadinessGateException.problems(report)) {
            Finding finding = problem.finding();
            String remediation = finding.remediation().isBlank() ? "see the gate's documentation"
                    : finding.remediation();
            action.append(String.format(Locale.ROOT, "  [%d] %s (%s): %s%n", problem.number(), finding.code(),
                    finding.subject(), remediation));
            finding.documentation().ifPresent(link -> action.append(String.format(Locale.ROOT,
                    "      see %s%n", link)));
        }
        action.append(System.lineSeparator())
                .append(String.format(Locale.ROOT, "The stage judged for is %s. To accept one finding for a while,"
                        + " add a waiver with a reason and an expiry date:%n", report.stage().id()))
                .append("  readiness.waivers[0].code=<code>, readiness.waivers[0].subject=<subject>,")
                .append(System.lineSeparator())
                .append("  readiness.waivers[0].reason=<why it is acceptable>, readiness.waivers[0].expires=<ISO date>")
                .append(System.lineSeparator())
                .append("If this is not the stage you meant, set readiness.stage (development, test, staging,"
                        + " production) or activate a profile named after it.");
        return action.toString();
    }
}
