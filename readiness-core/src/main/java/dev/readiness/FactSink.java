package dev.readiness;

/**
 * Receives facts from a {@link FactContributor}.
 * Mutable and not thread-safe: the runner gives each contributor its own sink, to use only during
 * {@link FactContributor#contribute(FactSink)}.
 */
@FunctionalInterface
public interface FactSink {

    /**
     * Puts a fact, replacing any earlier fact of the same type.
     *
     * @param type the fact's type, the key gates ask for
     * @param fact the fact
     * @param <T> the fact's type
     */
    <T> void put(Class<T> type, T fact);
}
