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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    private final @Nullable String stageSource;

    private final int gatesNotRun;

    /**
     * Creates the exception for a blocking report.
     *
     * @param report the report
     * @param exitCode the process exit code to use
     */
    public ReadinessGateException(Report report, int exitCode) {
        this(report, exitCode, null, 0);
    }

    /**
     * Creates the exception for a blocking report, saying where the stage came from and how many gates did not
     * run because start-up was refused before they could.
     *
     * @param report the report
     * @param exitCode the process exit code to use
     * @param stageSource where the stage came from, e.g. {@code active profile 'prod'}, or {@code null}
     * @param gatesNotRun how many gates (gate beans, gates needing facts) were not run
     */
    public ReadinessGateException(Report report, int exitCode, @Nullable String stageSource, int gatesNotRun) {
        super(message(Objects.requireNonNull(report, "report")));
        this.report = report;
        this.exitCode = exitCode;
        this.stageSource = stageSource;
        this.gatesNotRun = gatesNotRun;
    }

    /**
     * Where the stage judged for came from.
     *
     * @return e.g. {@code active profile 'prod'}, or empty when not known
     */
    public Optional<String> getStageSource() {
        return Optional.ofNullable(stageSource);
    }

    /**
     * How many gates did not run because start-up was refused before they could (gate beans, and gates that need
     * facts only beans provide).
     *
     * @return the count
     */
    public int getGatesNotRun() {
        return gatesNotRun;
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
