package dev.readiness.spring.autoconfigure;

import dev.readiness.Report;
import dev.readiness.render.ProblemList;
import dev.readiness.spring.ReadinessGateException;
import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link ReadinessGateException} into Spring Boot's failure banner: a description listing every problem,
 * numbered and grouped by gate, each with its origin and message, where the stage came from and how many gates
 * start-up did not reach, and an action listing every remediation under the same numbers, as core's
 * {@link ProblemList} renders them (every control and bidi character escaped). Never shows a value.
 */
class ReadinessGateFailureAnalyzer extends AbstractFailureAnalyzer<ReadinessGateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReadinessGateException cause) {
        return new FailureAnalysis(ConsoleCharset.fit(description(cause)), ConsoleCharset.fit(action(cause)), cause);
    }

    private static String description(ReadinessGateException cause) {
        Report report = cause.getReport();
        String problems = ProblemList.description(report);
        int endOfSummary = problems.indexOf('\n') + 1;
        StringBuilder description = new StringBuilder("The readiness gates refused start-up.\n\n")
                .append(problems, 0, endOfSummary);
        cause.getStageSource().ifPresent(source -> description.append(String.format(Locale.ROOT,
                "Stage %s: %s.%n", report.stage().id(), ProblemList.escape(source))));
        if (cause.getGatesNotRun() > 0) {
            description.append(String.format(Locale.ROOT, "%d more gate%s (gate beans, gates that need beans' facts)"
                    + " did not run: start-up was refused before any bean was created.%n", cause.getGatesNotRun(),
                    cause.getGatesNotRun() == 1 ? "" : "s"));
        }
        return description.append(problems, endOfSummary, problems.length()).toString();
    }

    private static String action(ReadinessGateException cause) {
        Report report = cause.getReport();
        return "Fix every problem above, then start again:\n" + ProblemList.actions(report) + "\n"
                + String.format(Locale.ROOT, "The stage judged for is %s. To accept one finding for a while, add a"
                        + " waiver with a reason and an expiry date:%n", report.stage().id())
                + "  readiness.waivers[0].code=<code>, readiness.waivers[0].subject=<subject>,\n"
                + "  readiness.waivers[0].reason=<why it is acceptable>, readiness.waivers[0].expires=<ISO date>\n"
                + "If this machine is not a " + report.stage().id() + " machine, say so where the service is"
                + " started, not in a file packaged with it:\n"
                + "  SPRING_PROFILES_ACTIVE=dev or READINESS_STAGE=development in that machine's environment, or"
                + " --readiness.stage=development on its command line.\n"
                + "  A stage set in application.yml or application.properties ships in the jar and would switch"
                + " enforcement off wherever no production profile is active.";
    }
}
