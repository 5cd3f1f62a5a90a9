package dev.readiness.spring;

import dev.readiness.Finding;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.render.TextReportRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Thrown at boot when the gates' report blocks start-up ({@link Report#blocks()}). Its message numbers every
 * problem (code, subject, origin and message, never a value); Spring Boot's failure analysis turns it into a
 * banner with a description and an action, and the process exits with {@link #getExitCode()} (78, EX_CONFIG, by
 * default) so orchestrators can tell bad configuration from a crash. Immutable.
 */
public class ReadinessGateException extends RuntimeException implements ExitCodeGenerator {

    private static final long serialVersionUID = 1L;

    /** The exit code used unless {@code readiness.exit-code} says otherwise: EX_CONFIG from sysexits.h. */
    public static final int DEFAULT_EXIT_CODE = 78;

    private final transient Report report;

    private final int exitCode;

    /**
     * Creates the exception for a blocking report.
     *
     * @param report the report
     * @param exitCode the process exit code to use
     */
    public ReadinessGateException(Report report, int exitCode) {
        super(message(Objects.requireNonNull(report, "report")));
        this.report = report;
        this.exitCode = exitCode;
    }

    /**
     * The report that blocked start-up.
     *
     * @return the report
     */
    public Report getReport() {
        return report;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * The problems to list, numbered from 1 in this order: every finding that is not waived and not INFO, grouped
     * by gate in report order.
     *
     * @param report the report
     * @return the problems
     */
    public static List<Problem> problems(Report report) {
        List<Problem> problems = new ArrayList<>();
        for (GateResult gate : report.gates()) {
            for (Finding finding : gate.findings()) {
                if (!finding.waived() && finding.severity() != Severity.INFO) {
                    problems.add(new Problem(problems.size() + 1, gate, finding));
                }
            }
        }
        return problems;
    }

    private static String message(Report report) {
        StringBuilder message = new StringBuilder(TextReportRenderer.summary(report));
        for (Problem problem : problems(report)) {
            Finding finding = problem.finding();
            message.append(String.format(Locale.ROOT, "%n[%d] %s %s %s (%s): %s", problem.number(),
                    finding.severity().displayName(), finding.code(), finding.subject(),
                    finding.origin().description(), finding.message()));
        }
        return message.toString();
    }

    /**
     * One numbered problem of a blocking report.
     *
     * @param number its number, from 1
     * @param gate the gate that found it
     * @param finding the finding
     */
    public record Problem(int number, GateResult gate, Finding finding) {
    }
}
