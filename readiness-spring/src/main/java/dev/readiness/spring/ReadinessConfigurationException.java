package dev.readiness.spring;

import java.util.List;

/**
 * Thrown at boot when {@code readiness.*} properties are invalid, e.g. a waiver without a reason or an expiry
 * date. Lists every problem at once, each naming its property. Immutable.
 */
public class ReadinessConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one line per problem, each naming the property
     */
    public ReadinessConfigurationException(List<String> problems) {
        super("Invalid readiness configuration:" + System.lineSeparator() + "- "
                + String.join(System.lineSeparator() + "- ", problems));
        this.problems = List.copyOf(problems);
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
