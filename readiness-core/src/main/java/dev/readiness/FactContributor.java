package dev.readiness;

/**
 * Contributes typed facts that gates judge beyond settings, for example the application's persistent types.
 * Adapters call contributors before the gates that {@link Gate#requiredFacts() need} those facts run.
 * Contributors are found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.readiness.FactContributor}) or, in Spring, as beans.
 * Implementations must be thread-safe: contributors run in parallel on the runner's pool; ideally they are immutable.
 */
@FunctionalInterface
public interface FactContributor {

    /**
     * Puts facts into the sink.
     *
     * @param sink where to put them
     * @throws Exception when the facts cannot be gathered; adapters report it as a NO-GO
     */
    void contribute(FactSink sink) throws Exception;
}
