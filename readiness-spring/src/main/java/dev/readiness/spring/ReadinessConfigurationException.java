package dev.readiness.spring;

import java.util.List;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Thrown at boot when {@code readiness.*} properties are invalid, e.g. a waiver without a reason or an expiry
 * date, or a value that does not bind ({@code readiness.stage=prodution}). Lists every problem at once, each naming
 * its property and never its value; the process exits with {@link #getExitCode()} ({@code readiness.exit-code}
 * when that is valid, else 78), as a refused start does, so an orchestrator sees bad configuration, not a crash.
 * Immutable.
 */
public class ReadinessConfigurationException extends IllegalStateException implements ExitCodeGenerator {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    private final int exitCode;

    /**
     * Creates the exception.
     *
     * @param problems one line per problem, each naming the property
     */
    public ReadinessConfigurationException(List<String> problems) {
        this(problems, ReadinessGateException.DEFAULT_EXIT_CODE);
    }

    /**
     * Creates the exception with the exit code of a refused start.
     *
     * @param problems one line per problem, each naming the property
     * @param exitCode the process exit code, 1 to 255
     */
    public ReadinessConfigurationException(List<String> problems, int exitCode) {
        super("Invalid readiness configuration:" + System.lineSeparator() + "- "
                + String.join(System.lineSeparator() + "- ", problems));
        this.problems = List.copyOf(problems);
        this.exitCode = exitCode;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * The problems, one line each, each naming its property.
     *
     * @return the problems
     */
    public List<String> getProblems() {
        return problems;
    }
}
