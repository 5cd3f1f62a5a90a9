package dev.readiness;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs a set of gates for a stage and returns one {@link Report}. Every gate runs, in parallel on a bounded pool,
 * each with a timeout and all within an overall deadline; a gate that throws, hangs or returns nothing becomes a
 * NO-GO for that gate and the others still run. Immutable and thread-safe once built; {@link #run()} may be
 * called more than once.
 *
 * <p><b>Every call into user code is bounded.</b> Constructing a discovered gate or fact contributor, a gate's
 * {@link Gate#id()}, {@link Gate#description()}, {@link Gate#requiredFacts()} and {@link Gate#check(GateContext)},
 * and every {@link FactContributor} run on the pool under the gate timeout and the one deadline; a failure or hang
 * is that gate's {@code gate.failed} or {@code gate.timeout} NO-GO (a contributor's: {@code facts.failed}), so a run
 * ends within the deadline plus a small constant. Logs name classes and gate ids, never an exception's message.
 *
 * <p><b>One report from several phases.</b> An adapter that judges settings early and beans late calls
 * {@link #runPhase()} once per phase and {@link #report(Phase...)} over all of them: gate ids are unique across
 * phases (two gates with one id are a {@code gate.duplicate-id} NO-GO naming both sources), waivers are validated
 * and applied once over everything, and exemptions are reported. {@link #provisionalReport(Phase...)} judges an
 * early phase alone, holding back {@code waiver.unused} for waivers a later phase may use.
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

    /**
     * The longest gate timeout or deadline accepted: one hour, as the command line's {@code --deadline} allows. A
     * start-up check that may wait longer has no limit in effect, and a duration past 292 years cannot even be
     * counted in the nanoseconds the run measures time in.
     */
    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(1);

    /** The id of the pseudo-gate that carries findings about waivers. */
    public static final String WAIVERS_GATE_ID = "readiness.waivers";

    /** The id of the pseudo-gate that reports fact contributors that failed ({@code facts.failed}). */
    public static final String FACTS_GATE_ID = "readiness.facts";

    /** The id of the pseudo-gate that lists every exemption: excluded gates and keys, allow-lists, disabled checks. */
    public static final String EXEMPTIONS_GATE_ID = "readiness.exemptions";

    /**
     * The id of the stage check an adapter may add; it cannot be excluded, its {@code stage.*} findings cannot be
     * waived, and a NO-GO among them blocks even in a stage that only reports.
     */
    public static final String STAGE_GATE_ID = "stage";

    static final String FACTS_GATE_DESCRIPTION = "Fact contributors that failed";

    private final List<Source<Gate>> gateSources;
    private final List<Source<FactContributor>> contributorSources;
    private final GateContext context;
    private final Policy policy;
    private final Duration gateTimeout;
    private final Duration deadline;
    private final int parallelism;
    private final boolean deferGatesNeedingFacts;
    private final Map<String, Origin> excludedGates;
    private final Map<Setting, String> ignoredSettings;

    private Readiness(Builder builder) {
        this.gateSources = List.copyOf(builder.gateSources);
        this.contributorSources = List.copyOf(builder.contributorSources);
        this.context = new GateContext(builder.stage, builder.settings, builder.clock, builder.facts);
        this.policy = builder.policy;
        this.gateTimeout = builder.gateTimeout;
        this.deadline = builder.deadline;
        this.parallelism = builder.parallelism;
        this.deferGatesNeedingFacts = builder.deferGatesNeedingFacts;
        this.excludedGates = Map.copyOf(builder.excludedGates);
        this.ignoredSettings = new LinkedHashMap<>(builder.ignoredSettings);
    }

    /**
     * A builder; mutable and not thread-safe.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every gate and applies the policy: {@link #report(Phase...)} of one {@link #runPhase()}.
     *
     * @return the report, with gates ordered by id
     */
    public Report run() {
        return report(runPhase());
    }

    /**
     * Runs the fact contributors, then every gate, within the deadline, and returns their raw results without
     * applying the policy.
     *
     * @return the phase
     */
    public Phase runPhase() {
        return new PhaseRunner(this).run();
    }

    /**
     * The complete report of one or more phases, judged by this runner's stage, policy and clock.
     *
     * @param phases the phases of this run, each once
     * @return the report, with gates ordered by id
     */
    public Report report(Phase... phases) {
        return ReportAssembler.assemble(Arrays.asList(phases), context.stage(), policy, context.clock(), true);
    }

    /**
     * The report of phases that are not yet all of this run: like {@link #report(Phase...)}, except that a waiver
     * matching no finding is not reported, since a later phase may use it. Use it to stop early on a blocking
     * verdict.
     *
     * @param phases the phases so far
     * @return the provisional report
     */
    public Report provisionalReport(Phase... phases) {
        return ReportAssembler.assemble(Arrays.asList(phases), context.stage(), policy, context.clock(), false);
    }

    /**
     * The gates given as instances (not those discovered during the run).
     *
     * @return the gates, in the order given
     */
    public List<Gate> gates() {
        return gateSources.stream().map(Source::instance).filter(Objects::nonNull).toList();
    }

    /**
     * The context every gate gets (before facts from contributors are added).
     *
     * @return the context
     */
    public GateContext context() {
        return context;
    }

    Policy policy() {
        return policy;
    }

    Duration gateTimeout() {
        return gateTimeout;
    }

    Duration deadline() {
        return deadline;
    }

    int parallelism() {
        return parallelism;
    }

    boolean defersGatesNeedingFacts() {
        return deferGatesNeedingFacts;
    }

    Map<String, Origin> excludedGates() {
        return excludedGates;
    }

    Map<Setting, String> ignoredSettings() {
        return ignoredSettings;
    }

    List<Source<Gate>> gateSources() {
        return gateSources;
    }

    List<Source<FactContributor>> contributorSources() {
        return contributorSources;
    }

    /**
     * Something to call into user code for: a given instance, or a provider constructed during the run.
     *
     * @param factory makes or returns the instance
     * @param instance the instance when given, else {@code null}
     * @param description where it came from, for messages
     * @param className its class name, for messages and logs
     * @param brokenId the id of a provider that could not be loaded, else {@code null}
     */
    record Source<T>(Callable<T> factory, @org.jspecify.annotations.Nullable T instance, String description,
            String className, @org.jspecify.annotations.Nullable String brokenId) {

        static <T> Source<T> of(T instance, String description) {
            return new Source<>(new Given<>(instance), instance, description, instance.getClass().getName(), null);
        }

        /** Returns a given instance: a named class, not a lambda, whose first use a boot would pay to link. */
        private record Given<T>(T instance) implements Callable<T> {

            @Override
            public T call() {
                return instance;
            }
        }

        /**
         * The id to report it under when its own id is unknown: made from the class name only then, since it takes
         * several regular expressions.
         */
        String fallbackId() {
            return brokenId != null ? brokenId : Gates.fallbackId(className);
        }

        T create() throws Exception {
            T created = factory.call();
            if (created == null) {
                throw new IllegalStateException("no instance");
            }
            return created;
        }
    }

    /**
     * Builds a {@link Readiness}; mutable and not thread-safe. Adding gates and contributors calls none of their
     * methods: every call into them happens during the run, under the deadline.
     */
    public static final class Builder {

        private final List<Source<Gate>> gateSources = new ArrayList<>();
        private final List<Source<FactContributor>> contributorSources = new ArrayList<>();
        private Stage stage = Stage.PRODUCTION;
        private Settings settings = Settings.empty();
        private Clock clock = Clock.systemUTC();
        private final Map<Class<?>, Object> facts = new LinkedHashMap<>();
        private Policy policy = Policy.defaults();
        private Duration gateTimeout = DEFAULT_GATE_TIMEOUT;
        private Duration deadline = DEFAULT_DEADLINE;
        private int parallelism = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private boolean deferGatesNeedingFacts;
        private final Map<String, Origin> excludedGates = new LinkedHashMap<>();
        private final Map<Setting, String> ignoredSettings = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a gate; its source in messages is its class name. Its id is read during the run: two gates with
         * one id are a {@code gate.duplicate-id} NO-GO naming both.
         *
         * @param gate the gate
         * @return this builder
         */
        public Builder gate(Gate gate) {
            Objects.requireNonNull(gate, "gate");
            return gate(gate, gate.getClass().getName());
        }

        /**
         * Adds a gate and says where it came from, e.g. {@code bean 'carrierGate'}; the source is named when the
         * gate cannot be judged or its id is also another gate's.
         *
         * @param gate the gate
         * @param source where it came from
         * @return this builder
         */
        public Builder gate(Gate gate, String source) {
            Objects.requireNonNull(gate, "gate");
            Objects.requireNonNull(source, "source");
            gateSources.add(Source.of(gate, source));
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
         * Adds every gate registered in {@code META-INF/services/dev.readiness.Gate} visible to a class loader. The
         * registrations are listed now; each gate is constructed during the run, under its timeout, so a
         * constructor that throws or hangs is that gate's NO-GO and not a hung run.
         *
         * @param classLoader the class loader to search
         * @return this builder
         */
        public Builder discoveredGates(ClassLoader classLoader) {
            gateSources.addAll(Gates.sources(Gate.class, classLoader));
            return this;
        }

        /**
         * Adds a fact contributor; it runs at the start of the run, under the gate timeout and the deadline, and a
         * failure or hang is a {@code facts.failed} NO-GO (never waivable) of the pseudo-gate
         * {@value #FACTS_GATE_ID}.
         *
         * @param contributor the contributor
         * @return this builder
         */
        public Builder factContributor(FactContributor contributor) {
            Objects.requireNonNull(contributor, "contributor");
            contributorSources.add(Source.of(contributor, contributor.getClass().getName()));
            return this;
        }

        /**
         * Adds fact contributors.
         *
         * @param contributors the contributors
         * @return this builder
         */
        public Builder factContributors(Iterable<? extends FactContributor> contributors) {
            contributors.forEach(this::factContributor);
            return this;
        }

        /**
         * Adds every fact contributor registered in {@code META-INF/services/dev.readiness.FactContributor}; each
         * is constructed during the run, under the timeout.
         *
         * @param classLoader the class loader to search
         * @return this builder
         */
        public Builder discoveredFactContributors(ClassLoader classLoader) {
            contributorSources.addAll(Gates.sources(FactContributor.class, classLoader));
            return this;
        }

        /**
         * Holds back, instead of judging, every gate whose {@link Gate#requiredFacts()} are not all in the context;
         * they are listed in {@link Phase#deferred()} for a later phase (default {@code false}: such gates judge
         * without those facts).
         *
         * @param defer whether to hold them back
         * @return this builder
         */
        public Builder deferGatesNeedingFacts(boolean defer) {
            this.deferGatesNeedingFacts = defer;
            return this;
        }

        /**
         * Adds the gates an earlier phase held back, with their sources.
         *
         * @param earlier the earlier phase
         * @return this builder
         */
        public Builder deferredFrom(Phase earlier) {
            for (Phase.Deferred one : earlier.deferredWithSources()) {
                gate(one.gate(), one.source());
            }
            return this;
        }

        /**
         * Excludes a gate, in addition to those {@code readiness.exclude-gates} in the settings names. Every
         * excluded gate is reported ({@code exemption.gate-excluded}) with the origin; the stage check and the
         * runner's own pseudo-gates cannot be excluded ({@code exemption.refused}).
         *
         * @param id the gate's id
         * @param origin where the exclusion was set
         * @return this builder
         */
        public Builder excludeGate(String id, Origin origin) {
            excludedGates.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(origin, "origin"));
            return this;
        }

        /**
         * Reports settings the caller left out of the settings on purpose (for example {@code readiness.*} keys of a
         * judged file when the pipeline owns the policy), as {@code exemption.policy-ignored} with their origin.
         *
         * @param settings the settings left out
         * @param why why, e.g. {@code --no-file-policy}
         * @return this builder
         */
        public Builder ignoredSettings(Iterable<Setting> settings, String why) {
            Objects.requireNonNull(why, "why");
            settings.forEach(setting -> ignoredSettings.put(setting, why));
            return this;
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
         * Sets how long one gate (or fact contributor) may run before it is a {@code gate.timeout} NO-GO (default
         * 5 seconds).
         *
         * @param gateTimeout a positive duration of at most {@link #MAX_TIME_LIMIT}
         * @return this builder
         */
        public Builder gateTimeout(Duration gateTimeout) {
            this.gateTimeout = requireTimeLimit("gateTimeout", gateTimeout);
            return this;
        }

        /**
         * Sets how long the whole run (one phase) may take; gates unfinished by then are {@code gate.timeout}
         * NO-GOs (default 15 seconds).
         *
         * @param deadline a positive duration of at most {@link #MAX_TIME_LIMIT}
         * @return this builder
         */
        public Builder deadline(Duration deadline) {
            this.deadline = requireTimeLimit("deadline", deadline);
            return this;
        }

        /**
         * Sets how many gates run at once (default 2 to 4, by available processors). With 1 the gates run in turn
         * on one thread and no pool is created; timeouts and the deadline hold the same way.
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

        private static Duration requireTimeLimit(String name, Duration duration) {
            Objects.requireNonNull(duration, name);
            if (duration.isZero() || duration.isNegative() || duration.compareTo(MAX_TIME_LIMIT) > 0) {
                throw new IllegalArgumentException(name + " must be positive and at most 1h, but was " + duration);
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
