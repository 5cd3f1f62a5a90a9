package dev.readiness.spring;

import dev.readiness.Report;
import dev.readiness.render.ProblemList;
import dev.readiness.render.TextReportRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Thrown at boot when the gates' report blocks start-up ({@link Report#blocks()}). Its message numbers every
 * problem (code, subject, origin and message, never a value, every control and bidi character escaped, as
 * {@link ProblemList#message(Report)} writes it); Spring Boot's failure analysis turns it into a
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
        super(ProblemList.message(Objects.requireNonNull(report, "report")));
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
     * The class and the report's one-line summary, without the problem list: Spring's context logs this line as it
     * cancels the refresh, and the failure analysis prints the list right after it, so a refused start shows the
     * report once. {@link #getMessage()} keeps every problem for callers that catch the exception.
     *
     * @return e.g. {@code dev.readiness.spring.ReadinessGateException: readiness NO-GO for production: 2 NO-GO,
     *     1 WARN in 5 gates (listed in the failure analysis)}
     */
    @Override
    public String toString() {
        if (report == null) {
            return super.toString();
        }
        return getClass().getName() + ": " + TextReportRenderer.summary(report) + " (listed in the failure analysis)";
    }

    /**
     * The problems to list, numbered from 1 in this order: every finding that is not waived and not INFO, grouped
     * by gate in report order, as every readiness output numbers them.
     *
     * @param report the report
     * @return the problems
     */
    public static List<ProblemList.Problem> problems(Report report) {
        return ProblemList.problems(report);
    }
}
