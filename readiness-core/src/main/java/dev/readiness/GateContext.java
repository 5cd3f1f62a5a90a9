package dev.readiness;

import dev.readiness.settings.Settings;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a gate may judge: the stage, the settings (each value with its origin), a clock, and typed facts
 * that adapters contribute. Gates read only what the context gives them, never globals. Immutable and
 * thread-safe.
 */
public final class GateContext {

    private final Stage stage;
    private final Settings settings;
    private final Clock clock;
    private final Map<Class<?>, Object> facts;

    GateContext(Stage stage, Settings settings, Clock clock, Map<Class<?>, Object> facts) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.facts = Map.copyOf(facts);
    }

    /**
     * A context for calling one gate directly, e.g. in a unit test.
     *
     * @param stage the stage
     * @param settings the settings
     * @return a context with the system UTC clock and no facts
     */
    public static GateContext of(Stage stage, Settings settings) {
        return new GateContext(stage, settings, Clock.systemUTC(), Map.of());
    }

    /**
     * A context for calling one gate directly.
     *
     * @param stage the stage
     * @param settings the settings
     * @param clock the clock
     * @param facts the facts by type
     * @return the context
     */
    public static GateContext of(Stage stage, Settings settings, Clock clock, Map<Class<?>, Object> facts) {
        facts.forEach((type, fact) -> {
            if (!type.isInstance(fact)) {
                throw new IllegalArgumentException("fact for " + type.getName() + " must be an instance of it, but was "
                        + fact.getClass().getName());
            }
        });
        return new GateContext(stage, settings, clock, facts);
    }

    /**
     * The stage being judged for.
     *
     * @return the stage
     */
    public Stage stage() {
        return stage;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * The clock to read the time from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * A fact an adapter contributed.
     *
     * @param type the fact's type
     * @param <T> the fact's type
     * @return the fact, or empty when no adapter contributed one
     */
    public <T> Optional<T> fact(Class<T> type) {
        Object fact = facts.get(type);
        return fact == null ? Optional.empty() : Optional.of(type.cast(fact));
    }

    /**
     * Every fact, by type.
     *
     * @return the facts
     */
    public Map<Class<?>, Object> facts() {
        return facts;
    }
}
