package dev.readiness;

import dev.readiness.internal.GateExecutor;
import dev.readiness.internal.WaiverApplier;
import dev.readiness.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a set of gates for a stage and returns one {@link Report}. Every gate runs, in parallel on a bounded pool,
 * each with a timeout and all within an overall deadline; a gate that throws, hangs or returns nothing becomes a
 * NO-GO for that gate and the others still run. Immutable and thread-safe once built; {@link #run()} may be
 * called more than once.
 *
 * <p>Gates run on daemon threads named {@code readiness-*}; when {@link #run()} returns, none of them is left
 * running except one executing a gate that ignores interrupts, which, being a daemon, never keeps the JVM alive.
 * As defense in depth, any finding that quotes the value of a secret-looking setting (a key with a word such as
 * secret, password, token, key or credential, a value of four characters or more) has that value replaced by
 * {@code [redacted]} before it reaches the report.
 *
 * <pre>{@code
 * Report report = Readiness.builder()
 *         .stage(Stage.PRODUCTION)
 *         .settings(Settings.standard())
 *         .gates(Gates.discover())
 *         .build()
 *         .run();
 * }</pre>
 */
public final class Readiness {

    /** The default time one gate may take. */
    public static final Duration DEFAULT_GATE_TIMEOUT = Duration.ofSeconds(5);

    /** The default time the whole run may take. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(15);

    private final List<Gate> gates;
    private final GateContext context;
    private final Policy policy;
    private final Duration gateTimeout;
    private final Duration deadline;
    private final int parallelism;

    private Readiness(Builder builder) {
        this.gates = List.copyOf(builder.gates.values());
        this.context = new GateContext(builder.stage, builder.settings, builder.clock, builder.facts);
        this.policy = builder.policy;
        this.gateTimeout = builder.gateTimeout;
        this.deadline = builder.deadline;
        this.parallelism = builder.parallelism;
    }

    /**
     * A builder; not thread-safe.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every gate and applies the policy.
     *
     * @return the report, with gates ordered by id
     */
    public Report run() {
        List<GateResult> results = new ArrayList<>(
                new GateExecutor(parallelism, gateTimeout, deadline).run(gates, context));
        WaiverApplier.apply(results, policy.waivers(), context);
        results.sort(Comparator.comparing(GateResult::id));
        Status verdict = results.stream().map(GateResult::status).reduce(Status.GO, Status::worst);
        return new Report(verdict, context.stage(), results, policy.failOnFor(context.stage()).orElse(null));
    }

    /**
     * The gates this runner runs.
     *
     * @return the gates, in the order given
     */
    public List<Gate> gates() {
        return gates;
    }

    /**
     * The context every gate gets.
     *
     * @return the context
     */
    public GateContext context() {
        return context;
    }

    /**
     * Builds a {@link Readiness}; not thread-safe.
     */
    public static final class Builder {

        private final Map<String, Gate> gates = new LinkedHashMap<>();
        private Stage stage = Stage.PRODUCTION;
        private Settings settings = Settings.empty();
        private Clock clock = Clock.systemUTC();
        private final Map<Class<?>, Object> facts = new LinkedHashMap<>();
        private Policy policy = Policy.defaults();
        private Duration gateTimeout = DEFAULT_GATE_TIMEOUT;
        private Duration deadline = DEFAULT_DEADLINE;
        private int parallelism = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

        private Builder() {
        }

        /**
         * Adds a gate.
         *
         * @param gate the gate
         * @return this builder
         * @throws IllegalArgumentException when another gate already has its id
         */
        public Builder gate(Gate gate) {
            Objects.requireNonNull(gate, "gate");
            String id = Gates.requireValidId(gate.id());
            if (gates.putIfAbsent(id, gate) != null) {
                throw new IllegalArgumentException("gate id must be unique, but '" + id + "' was given twice");
            }
            return this;
        }

        /**
         * Adds gates.
         *
         * @param gates the gates
         * @return this builder
         */
        public Builder gates(Iterable<? extends Gate> gates) {
            gates.forEach(this::gate);
            return this;
        }

        /**
         * Adds gates.
         *
         * @param gates the gates
         * @return this builder
         */
        public Builder gates(Gate... gates) {
            return gates(List.of(gates));
        }

        /**
         * Sets the stage to judge for (default production).
         *
         * @param stage the stage
         * @return this builder
         */
        public Builder stage(Stage stage) {
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Sets the settings the gates read.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Sets the clock gates and waivers read the date from (default the system UTC clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Contributes a typed fact.
         *
         * @param type the fact's type
         * @param fact the fact
         * @param <T> the fact's type
         * @return this builder
         */
        public <T> Builder fact(Class<T> type, T fact) {
            Objects.requireNonNull(type, "type");
            facts.put(type, type.cast(Objects.requireNonNull(fact, "fact")));
            return this;
        }

        /**
         * Sets the policy (default {@link Policy#defaults()}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how long one gate may run before it is a {@code gate.timeout} NO-GO (default 5 seconds).
         *
         * @param gateTimeout a positive duration
         * @return this builder
         */
        public Builder gateTimeout(Duration gateTimeout) {
            this.gateTimeout = requirePositive("gateTimeout", gateTimeout);
            return this;
        }

        /**
         * Sets how long the whole run may take; gates unfinished by then are {@code gate.timeout} NO-GOs
         * (default 15 seconds).
         *
         * @param deadline a positive duration
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = requirePositive("deadline", deadline);
            return this;
        }

        /**
         * Sets how many gates run at once (default 2 to 4, by available processors).
         *
         * @param parallelism at least 1
         * @return this builder
         */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, but was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        private static Duration requirePositive(String name, Duration duration) {
            Objects.requireNonNull(duration, name);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, but was " + duration);
            }
            return duration;
        }

        /**
         * Builds the runner.
         *
         * @return the runner
         */
        public Readiness build() {
            return new Readiness(this);
        }
    }
}
