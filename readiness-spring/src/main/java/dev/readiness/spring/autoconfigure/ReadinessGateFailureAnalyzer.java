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
        return new FailureAnalysis(description(cause), action(cause), cause);
    }

    private static String description(ReadinessGateException cause) {
        Report report = cause.getReport();
        StringBuilder description = new StringBuilder("The readiness gates refused start-up.")
                .append(System.lineSeparator()).append(System.lineSeparator())
                .append(TextReportRenderer.summary(report)).append(System.lineSeparator());
        cause.getStageSource().ifPresent(source -> description.append(String.format(Locale.ROOT,
                "Stage %s: %s.%n", report.stage().id(), source)));
        if (cause.getGatesNotRun() > 0) {
            description.append(String.format(Locale.ROOT, "%d more gate%s (gate beans, gates that need beans' facts)"
                    + " did not run: start-up was refused before any bean was created.%n", cause.getGatesNotRun(),
                    cause.getGatesNotRun() == 1 ? "" : "s"));
        }
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

    private static String action(ReadinessGateException cause) {
        Report report = cause.getReport();
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
                .append("If this machine is not a ").append(report.stage().id())
                .append(" machine, say so where the service is started, not in a file packaged with it:")
                .append(System.lineSeparator())
                .append("  SPRING_PROFILES_ACTIVE=dev or READINESS_STAGE=development in that machine's environment, or"
                        + " --readiness.stage=development on its command line.")
                .append(System.lineSeparator())
                .append("  A stage set in application.yml or application.properties ships in the jar and would"
                        + " switch enforcement off wherever no production profile is active.");
        return action.toString();
    }
}
