package dev.readiness.spring.autoconfigure;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Phase;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import dev.readiness.spring.EnvironmentSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The phases judged before any singleton exists. The settings gates start on a background thread as soon as the
 * environment is prepared ({@link #start}), while Spring Boot goes on creating the context and parsing
 * configuration classes; the barrier ({@link ReadinessBarrier}) joins them before the first singleton that can
 * connect is created, adds a phase for the gates that need only class-file facts, and the late phase completes the
 * one report of this boot from every phase kept here. Confined to the main thread once joined.
 */
final class EarlyPhase {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.EarlyPhase";

    /** The id reported when judging before start-up failed or hung as a whole. */
    static final String GATE_ID = "readiness.early";

    private static final long JOIN_GRACE_MILLIS = 2_000;

    private final ReadinessOptions options;

    private final Background<Judged> judging;

    private final Function<Settings, Judged> judge;

    private final Set<PropertySource<?>> judgedSources;

    private final List<Phase> phases = new ArrayList<>();

    private Settings settings = Settings.empty();

    private @Nullable Phase withoutFacts;

    private double millis;

    private double mainThreadMillis;

    private int inserted;

    private @Nullable Background<Judged> again;

    private Set<PropertySource<?>> againSources = Set.of();

    private List<String> againAdded = List.of();

    private boolean againInBackground;

    private volatile dev.readiness.@Nullable Report judgedAtBarrier;

    private volatile boolean reported;

    private EarlyPhase(ReadinessOptions options, Background<Judged> judging, Function<Settings, Judged> judge,
            Set<PropertySource<?>> judgedSources) {
        this.options = options;
        this.judging = judging;
        this.judge = judge;
        this.judgedSources = judgedSources;
    }

    /**
     * Starts judging on a daemon thread.
     *
     * @param options the options
     * @param work reads the settings and runs the settings gates
     * @return the phase, to be joined at the barrier
     */
    static EarlyPhase start(ReadinessOptions options, Supplier<Judged> work) {
        return new EarlyPhase(options, Background.start("readiness-early", work), settings -> work.get(), Set.of());
    }

    /**
     * Starts judging the settings read from an environment on a daemon thread, remembering which property sources
     * they came from so that the barrier can judge them again when a source was added since
     * ({@link #rejudgeIfSourcesAdded}).
     *
     * @param options the options
     * @param settings the settings read from the environment
     * @param environment the environment they were read from
     * @param judge runs the settings gates on settings
     * @return the phase, to be joined at the barrier
     */
    static EarlyPhase start(ReadinessOptions options, Settings settings, ConfigurableEnvironment environment,
            Function<Settings, Judged> judge) {
        return new EarlyPhase(options, Background.start("readiness-early", new Judging(judge, settings)), judge,
                judgedSources(environment));
    }

    /**
     * Judges settings read before: a named class rather than a lambda, so that {@link BootClasses} can link it before
     * the main thread creates it.
     */
    record Judging(Function<Settings, Judged> judge, Settings settings) implements Supplier<Judged> {

        @Override
        public Judged get() {
            return judge.apply(settings);
        }
    }

    /**
     * Starts judging the settings again on a daemon thread when a property source was added to the environment after
     * it was prepared: called once every configuration class is parsed ({@link AddedSources}), which is when Spring
     * adds the {@code @PropertySource} files of configuration classes, so the second judgement runs while Spring goes
     * on (enhancing configuration classes, other post-processors) instead of on the main thread at the barrier. The
     * settings are read on that thread too. Does nothing when no source holding a property was added, or when it was
     * already started.
     *
     * @param environment the environment as the service will read it
     */
    void startRejudgeIfSourcesAdded(ConfigurableEnvironment environment) {
        if (judgedSources.isEmpty() || again != null) {
            return;
        }
        List<String> added = addedSources(environment, judgedSources);
        if (added.isEmpty()) {
            return;
        }
        againSources = judgedSources(environment);
        againAdded = added;
        again = Background.start("readiness-added-sources", () -> judge.apply(EnvironmentSettings.from(environment)));
    }

    /**
     * Takes the judgement of the settings with every property source added after the environment was prepared: a
     * {@code @PropertySource} file of a configuration class is added while the configuration classes are parsed, and an
     * {@code ApplicationContextInitializer} or a test's inlined properties may add one too. The service reads those
     * settings as it reads the others, so they are judged with them, in one phase replacing the first, before any
     * singleton exists. The judgement started in the background once the configuration classes were parsed
     * ({@link #startRejudgeIfSourcesAdded}) is awaited; only when a source was added after that (or none was started)
     * is it done here, on the calling thread. Does nothing when the first judgement failed or hung (that is already a
     * NO-GO) or no source holding a property was added.
     *
     * @param environment the environment as the service will read it
     * @return the names of the sources added and judged, empty when nothing was judged again
     */
    List<String> rejudgeIfSourcesAdded(ConfigurableEnvironment environment) {
        if (judgedSources.isEmpty() || phases.size() != 1 || judging.value() == null) {
            return List.of();
        }
        Background<Judged> started = again;
        List<String> later = addedSources(environment, started != null ? againSources : judgedSources);
        if (started != null && later.isEmpty()) {
            try {
                started.await(waitMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            Judged done = started.value();
            if (done != null) {
                replaceFirst(done);
                againInBackground = true;
            }
            else {
                addBeforeLast(failure(started.failure() != null ? "gate.failed" : "gate.timeout",
                        "Judging the settings again with the property sources added while the configuration classes"
                                + " were parsed " + (started.failure() != null ? "failed with "
                                        + started.failure().getClass().getName() + "."
                                        : "did not finish within readiness.deadline (" + options.deadline() + ").")));
            }
            return againAdded;
        }
        List<String> added = addedSources(environment, judgedSources);
        if (added.isEmpty()) {
            return added;
        }
        replaceFirst(judge.apply(EnvironmentSettings.from(environment)));
        return added;
    }

    /** Whether the settings were judged again on a background thread started before the barrier. */
    boolean judgedAgainInBackground() {
        return againInBackground;
    }

    private void replaceFirst(Judged again) {
        phases.set(0, again.phase());
        withoutFacts = again.withoutFacts();
        settings = again.settings();
        millis += again.millis();
    }

    /** The names of the sources holding a property that are not among those judged. */
    private static List<String> addedSources(ConfigurableEnvironment environment, Set<PropertySource<?>> judged) {
        List<String> added = new ArrayList<>(1);
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (isJudged(source) && !judged.contains(source)
                    && ((EnumerablePropertySource<?>) source).getPropertyNames().length > 0) {
                added.add(source.getName());
            }
        }
        return added;
    }

    /** The property sources whose properties {@link EnvironmentSettings} reads, by identity. */
    private static Set<PropertySource<?>> judgedSources(ConfigurableEnvironment environment) {
        Set<PropertySource<?>> sources = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (isJudged(source)) {
                sources.add(source);
            }
        }
        return sources;
    }

    /** Spring Boot's {@code configurationProperties} source only re-presents the others, and is made again. */
    private static boolean isJudged(PropertySource<?> source) {
        return source instanceof EnumerablePropertySource<?> && !"configurationProperties".equals(source.getName());
    }

    /**
     * Waits for the settings gates: core ends a phase within the deadline plus a small constant, and this waits at
     * most the deadline plus a grace period more; a failure or a hang is a NO-GO, never a hung or crashed boot.
     *
     * @return how long the main thread waited, in milliseconds
     */
    double join() {
        long start = System.nanoTime();
        try {
            judging.await(waitMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            phases.add(failure("gate.failed", "Start-up was interrupted while the gates judged the settings."));
            return (System.nanoTime() - start) / 1_000_000.0;
        }
        Judged done = judging.value();
        Throwable failed = judging.failure();
        if (done != null) {
            phases.add(done.phase());
            withoutFacts = done.withoutFacts();
            settings = done.settings();
            millis = done.millis();
        }
        else if (failed != null) {
            phases.add(failure("gate.failed", "Judging the settings before start-up failed with "
                    + failed.getClass().getName() + "."));
        }
        else {
            phases.add(failure("gate.timeout", "The gates judged before start-up did not finish within"
                    + " readiness.deadline (" + options.deadline() + ")."));
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    /**
     * What the settings gates found, for another thread than the main one: waits for them like {@link #join()},
     * but records nothing.
     *
     * @return what they found, or {@code null} when they failed, hung or the wait was interrupted
     */
    @Nullable Judged await() {
        try {
            judging.await(waitMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
        return judging.value();
    }

    /** How long to wait for work judged before start-up: the deadline plus a grace period. */
    long waitMillis() {
        return options.deadline().toMillis() + JOIN_GRACE_MILLIS;
    }

    /** A phase of one NO-GO finding of the pseudo-gate {@value #GATE_ID}: judging before start-up failed or hung. */
    Phase failure(String code, String message) {
        Finding finding = Finding.of(Severity.NO_GO, code, GATE_ID).origin(Origin.of("readiness early phase"))
                .message(message)
                .remediation("Find the gate that blocks or fails (a thread dump shows the threads named"
                        + " readiness-*) and fix it, or exclude it with readiness.exclude-gates.")
                .build();
        return BootGates.builder(options, Settings.empty())
                .gate(Gate.of(GATE_ID, "The gates judged before start-up", context -> Outcome.of(finding)),
                        BootGates.ADAPTER_SOURCE)
                .build().runPhase();
    }

    ReadinessOptions options() {
        return options;
    }

    /** Every phase judged before singletons, in order; the last holds the gates deferred to the late phase. */
    List<Phase> phases() {
        return phases;
    }

    /**
     * Adds a phase judged at the barrier whose gates defer nothing (the data source Spring Boot picks by itself),
     * before the last phase, so the last still holds the gates deferred to the late phase and
     * {@link #withoutFacts()} still applies.
     */
    void addBeforeLast(Phase phase) {
        phases.add(Math.max(0, phases.size() - 1), phase);
        inserted++;
    }

    Phase last() {
        return phases.get(phases.size() - 1);
    }

    /**
     * The gates the settings phase held back for facts, judged without them on the background thread because no
     * fact could reach them outside the context; {@code null} when they were not, or when a later phase was added.
     */
    @Nullable Phase withoutFacts() {
        return phases.size() - inserted == 1 ? withoutFacts : null;
    }

    Settings settings() {
        return settings;
    }

    double millis() {
        return millis;
    }

    /** How long the main thread spent on the phases before singletons: waiting at the barrier and judging there. */
    double mainThreadMillis() {
        return mainThreadMillis;
    }

    /**
     * Keeps the report the barrier judged when it let the start go on, so that a start that fails after the barrier
     * (a bean that cannot be created) still shows what the gates found ({@link ReadinessRunListener#failed}).
     */
    void judgedAtBarrier(dev.readiness.Report report) {
        judgedAtBarrier = report;
    }

    /** The report the barrier judged and let pass, or {@code null} when the barrier did not run or refused. */
    dev.readiness.@Nullable Report judgedAtBarrier() {
        return judgedAtBarrier;
    }

    /** Marks the complete report as logged: once the late phase has logged it, a failure need not repeat it. */
    void reported() {
        reported = true;
    }

    boolean isReported() {
        return reported;
    }

    void addMainThreadMillis(double more) {
        mainThreadMillis += more;
    }

    /**
     * What the background thread found.
     *
     * @param phase the settings gates' phase, gates needing facts deferred
     * @param withoutFacts the deferred gates judged without facts, or {@code null} when facts may still come
     * @param settings the settings judged
     * @param millis how long it took
     */
    record Judged(Phase phase, @Nullable Phase withoutFacts, Settings settings, double millis) {
    }
}
