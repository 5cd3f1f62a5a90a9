package dev.readiness.spring.autoconfigure;

import dev.readiness.spring.ReadinessConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link ReadinessConfigurationException} into Spring Boot's failure banner, naming every invalid
 * {@code readiness.*} property.
 */
class ReadinessConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ReadinessConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReadinessConfigurationException cause) {
        StringBuilder description = new StringBuilder("The readiness properties are invalid:");
        cause.getProblems().forEach(problem -> description.append(System.lineSeparator()).append("  - ")
                .append(problem));
        return new FailureAnalysis(description.toString(),
                "Correct the properties named above (see docs/reference/spring.md for each readiness property).",
                cause);
    }
}
