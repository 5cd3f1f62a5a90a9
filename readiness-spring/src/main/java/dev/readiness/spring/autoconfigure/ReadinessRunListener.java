package dev.readiness.spring.autoconfigure;

import dev.readiness.ExitGuard;
import dev.readiness.FactContributor;
import dev.readiness.Phase;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.render.ProblemList;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.spring.EnvironmentSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts the early phase: as soon as the environment is prepared (every configuration file, profile and variable
 * loaded, logging initialized), checks the {@code readiness.*} properties and resolves the stage on the main
 * thread, then discovers the {@link java.util.ServiceLoader} gates and judges the settings on a background thread
 * while Spring Boot creates the context. When the context is prepared, registers the {@link EntityTypesPhase} that
 * judges the entity types (starting then when their packages can be foreseen, else once the configuration classes
 * are parsed), and the {@link ReadinessBarrier} that joins both before any singleton that can connect is created.
 *
 * <p>Ordered last, after Spring Boot's own listener that prepares the environment. Does nothing when
 * {@code readiness.enabled} is {@code false}, except log once, as a WARN, that it does nothing and where that was set.
 */
class ReadinessRunListener implements SpringApplicationRunListener, Ordered {

    private static final long PRELOAD_WAIT_MILLIS = 1_000;

    static final String ENABLED = "readiness.enabled";

    private static final String JPA_ENTITY = "jakarta.persistence.Entity";

    private final SpringApplication application;

    private @Nullable EarlyPhase early;

    private @Nullable ExitGuard exitGuard;

    private List<String> tenantPackages = List.of();

    private @Nullable Background<Settings> preload;

    private final boolean switchedOffOnLaunch;

    /** What the prepared environment said: 0 not yet, 1 readiness is on, -1 it is off (or the start failed). */
    private int environmentSays;

    ReadinessRunListener(SpringApplication application, String[] args) {
        this.application = application;
        this.switchedOffOnLaunch = switchedOffOnLaunch(args, System.getProperty(ENABLED),
                System.getenv("READINESS_ENABLED"));
    }

    /**
     * Whether the launch itself switches readiness off, where it can be seen before the environment is prepared: a
     * {@code --readiness.enabled} argument, the system property or the {@code READINESS_ENABLED} variable, with a
     * value Spring Boot converts to {@code false} ({@code false}, {@code off}, {@code no}, {@code 0}). Such a start
     * preloads nothing; one switched off in a configuration file links the main thread's classes only.
     */
    static boolean switchedOffOnLaunch(String[] args, @Nullable String systemProperty, @Nullable String variable) {
        String prefix = "--" + ENABLED + "=";
        for (String arg : args) {
            if (arg.regionMatches(true, 0, prefix, 0, prefix.length()) && off(arg.substring(prefix.length()))) {
                return true;
            }
        }
        return off(systemProperty) || off(variable);
    }

    /** Whether Spring Boot's conversion makes the value {@code false}. */
    private static boolean off(@Nullable String value) {
        if (value == null) {
            return false;
        }
        String text = value.strip();
        return text.equalsIgnoreCase("false") || text.equalsIgnoreCase("off") || text.equalsIgnoreCase("no")
                || text.equals("0");
    }

    /** Records what the prepared environment said and wakes the preload waiting for it. */
    private synchronized void environmentSays(boolean enabled) {
        environmentSays = enabled ? 1 : -1;
        notifyAll();
    }

    /**
     * Waits until the prepared environment says whether readiness is on.
     *
     * @return {@code true} when it is on; {@code false} when it is off, the start failed, or nothing was said in time
     */
    synchronized boolean awaitEnabled(long millis) {
        try {
            if (environmentSays == 0) {
                wait(millis);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return environmentSays > 0;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Loads, on a daemon thread while Spring Boot prepares the environment, the classes that reading the settings
     * needs on the main thread once it is prepared: readiness's own settings classes only (no Spring class is
     * initialized there, so nothing races the main thread's class initialization).
     */
    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (!switchedOffOnLaunch) {
            preload = Background.start("readiness-preload", new Preload(application.getClassLoader(), this));
        }
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
            ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        ReadinessProperties properties;
        try {
            if (!binder.bind(ENABLED, Boolean.class).orElse(true)) {
                environmentSays(false);
                RareRunEvents.logSwitchedOff(environment);
                return;
            }
            environmentSays(true);
            properties = bootProperties(binder, ConfigurationPropertySources.get(environment));
        }
        catch (BindException ex) {
            throw UnreadableProperty.refusal(ex, binder);
        }
        awaitPreload();
        ReadinessOptions options = ReadinessOptions.of(properties, environment, Launch.of(mainClass()));
        exitGuard = ExitGuard.arm(options.exitCode(), new ExitRefusal(options.exitCode()));
        tenantPackages = properties.getTenant().getPackages();
        ClassLoader classLoader = application.getClassLoader();
        long start = System.nanoTime();
        Settings settings = EnvironmentSettings.from(environment);
        Set<String> activeProfiles = StageResolution.activeProfiles(environment);
        boolean packagesNamed = !tenantPackages.isEmpty();
        early = EarlyPhase.start(options, settings, environment,
                new Judge(options, activeProfiles, classLoader, packagesNamed));
        early.addMainThreadMillis((System.nanoTime() - start) / 1_000_000.0);
    }

    /**
     * The properties the boot reads before the context exists (stage, fail-on, waivers, timeouts, exit code, tenant
     * packages), each bound by its name with the conversions binding the whole {@link ReadinessProperties} would
     * apply, so a bad value fails here as it would there, naming the property. Binding the whole bean instead
     * introspects it and its nested types, 20 to 40 ms of the main thread in a cold start; the properties left out
     * are lists of strings (which cannot fail to bind) that the gates read from the settings.
     */
    static ReadinessProperties bootProperties(Binder binder) {
        return bootProperties(binder, null);
    }

    /**
     * {@link #bootProperties(Binder)}, binding only the properties some source may hold: a property no source holds,
     * at its name or below it in any spelling the sources map ({@code READINESS_GATE_TIMEOUT},
     * {@code readiness.waivers[0].code}), keeps its default without being bound. Binding a property that is not there
     * still cost the main thread 0.1 to 1.3 ms each on a cold start (six of the seven on a start that sets only the
     * stage), where asking the sources costs a map look-up; a source that cannot tell whether it holds one
     * ({@code UNKNOWN}) has it bound.
     *
     * @param binder the environment's binder
     * @param sources the binder's sources, or {@code null} to bind every property
     * @return the properties
     */
    static ReadinessProperties bootProperties(Binder binder, @Nullable Iterable<ConfigurationPropertySource> sources) {
        ReadinessProperties properties = new ReadinessProperties();
        if (mayHold(sources, "readiness.stage")) {
            properties.setStage(binder.bind("readiness.stage", Stage.class).orElse(null));
        }
        if (mayHold(sources, "readiness.fail-on")) {
            properties.setFailOn(binder.bind("readiness.fail-on", ReadinessProperties.FailOn.class).orElse(null));
        }
        if (mayHold(sources, "readiness.waivers")) {
            properties.setWaivers(binder.bind("readiness.waivers", Bindable.listOf(ReadinessProperties.Waiver.class))
                    .orElse(properties.getWaivers()));
        }
        if (mayHold(sources, "readiness.gate-timeout")) {
            properties.setGateTimeout(binder.bind("readiness.gate-timeout", Duration.class)
                    .orElse(properties.getGateTimeout()));
        }
        if (mayHold(sources, "readiness.deadline")) {
            properties.setDeadline(binder.bind("readiness.deadline", Duration.class).orElse(properties.getDeadline()));
        }
        if (mayHold(sources, "readiness.exit-code")) {
            properties.setExitCode(binder.bind("readiness.exit-code", Integer.class).orElse(properties.getExitCode()));
        }
        if (mayHold(sources, "readiness.tenant.packages")) {
            properties.getTenant().setPackages(binder.bind("readiness.tenant.packages", Bindable.listOf(String.class))
                    .orElse(properties.getTenant().getPackages()));
        }
        return properties;
    }

    /**
     * Whether a source may hold a value at a property's name or below it; always for {@code null} sources.
     */
    static boolean mayHold(@Nullable Iterable<ConfigurationPropertySource> sources, String property) {
        if (sources == null) {
            return true;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
        for (ConfigurationPropertySource source : sources) {
            if (source.getConfigurationProperty(name) != null
                    || source.containsDescendantOf(name) != ConfigurationPropertyState.ABSENT) {
                return true;
            }
        }
        return false;
    }

    private void awaitPreload() {
        Background<Settings> loading = preload;
        preload = null;
        if (loading != null) {
            try {
                loading.await(PRELOAD_WAIT_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private @Nullable Class<?> mainClass() {
        for (Object source : application.getAllSources()) {
            if (source instanceof Class<?> type) {
                return type;
            }
        }
        return application.getMainApplicationClass();
    }

    /**
     * The background part of the early phase. The settings and the active profiles were read on the main thread
     * before the environment could change under them (Spring Boot still moves property sources after this
     * listener); building the adapter's gates, discovering the others and running them happens here. Rendering the
     * provisional report's summary, and escaping where the stage came from, load the renderer and its escaping here
     * too, so the GO line does not load them on the main thread.
     *
     * <p>When no fact can reach the gates held back for facts (no JPA on the class path, no
     * {@code readiness.tenant.packages}, no {@code ServiceLoader} fact contributor), they are also judged here without
     * facts, as the late phase would judge them; the late phase takes that judgement unless the context defines a
     * fact contributor, and so runs no gate on the main thread when there is nothing left to judge.
     *
     * <p>A named class rather than a lambda, so that {@link BootClasses} can link it before the main thread creates
     * it (a lambda's class is spun where it is first created, about 80 µs of the main thread).
     */
    private record Judge(ReadinessOptions options, Set<String> activeProfiles, ClassLoader classLoader,
            boolean tenantPackages) implements Function<Settings, EarlyPhase.Judged> {

        private static final String FACT_CONTRIBUTORS = "META-INF/services/" + FactContributor.class.getName();

        @Override
        public EarlyPhase.Judged apply(Settings settings) {
            long start = System.nanoTime();
            Readiness runner = BootGates.withAdapterGates(BootGates.builder(options, settings), options,
                    activeProfiles)
                    .discoveredGates(classLoader)
                    .deferGatesNeedingFacts(true)
                    .build();
            Phase phase = runner.runPhase();
            Phase withoutFacts = phase.deferred().isEmpty() || factsMayCome() ? null
                    : BootGates.builder(options, settings).deferredFrom(phase).build().runPhase();
            Report provisional = runner.provisionalReport(phase);
            ProblemList.compactTable(provisional);
            ProblemList.escape(options.stage().source()); // the GO line escapes where the stage came from
            return new EarlyPhase.Judged(phase, withoutFacts, settings, (System.nanoTime() - start) / 1_000_000.0);
        }

        /** Whether the entity types phase or a fact contributor outside the context could bring facts. */
        private boolean factsMayCome() {
            return tenantPackages || ClassUtils.isPresent(JPA_ENTITY, classLoader)
                    || classLoader.getResource(FACT_CONTRIBUTORS) != null;
        }
    }

    /**
     * Builds and reads two settings, so the classes of settings are loaded, linked and initialized; then starts
     * loading and linking, on a thread of its own that nothing waits for, the classes the main thread needs later
     * ({@link BootClasses}), and once the prepared environment says readiness is on, those of the runner and the
     * gates: a start switched off in a configuration file, which {@code starting} cannot see, links none of them.
     */
    private record Preload(ClassLoader classLoader, ReadinessRunListener listener)
            implements Supplier<Settings>, BooleanSupplier {

        private static final long DECISION_WAIT_MILLIS = 60_000;

        @Override
        public Settings get() {
            Settings settings = Settings.builder()
                    .add(Setting.of("readiness.stage", "production", Origin.of("readiness preload")))
                    .add(Setting.of("READINESS_ENABLED", "true", Origin.environmentVariable("READINESS_ENABLED")))
                    .build();
            settings.value("readiness.enabled");
            try {
                Class.forName(EnvironmentSettings.class.getName(), true, classLoader);
            }
            catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
            Background.start("readiness-preload-classes", new BootClasses(classLoader, this));
            return settings;
        }

        /** Waits until the prepared environment says whether readiness is on; {@code false} when it is off. */
        @Override
        public boolean getAsBoolean() {
            return listener.awaitEnabled(DECISION_WAIT_MILLIS);
        }
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        EarlyPhase phase = early;
        if (phase == null) {
            return;
        }
        context.getBeanFactory().registerSingleton(EarlyPhase.BEAN_NAME, phase);
        context.getBeanFactory().registerSingleton(AddedSources.BEAN_NAME,
                new AddedSources(phase, context.getEnvironment()));
        ClassLoader classLoader = context.getClassLoader() != null ? context.getClassLoader()
                : application.getClassLoader();
        if (!entityTypesToRead(tenantPackages, classLoader)) {
            context.addBeanFactoryPostProcessor(new ReadinessBarrier(phase, null, context.getEnvironment()));
            return;
        }
        EntityTypesPhase entityTypes = new EntityTypesPhase(phase, tenantPackages, classLoader, context);
        context.getBeanFactory().registerSingleton(EntityTypesPhase.BEAN_NAME, entityTypes);
        context.addBeanFactoryPostProcessor(new ReadinessBarrier(phase, entityTypes, context.getEnvironment()));
        entityTypes.startEarly(application.getAllSources());
    }

    /**
     * Runs the late phase when the context holds no {@link ReadinessGateRunner}: the early phase and the barrier come
     * from {@code spring.factories}, the late phase from {@link ReadinessAutoConfiguration}, so a context without it
     * ({@code spring.autoconfigure.exclude} naming it, an exclusion on the application class, or an AOT build whose
     * frozen bean definitions lack it) would start without judging its gate beans or completing the report, though
     * {@code readiness.enabled} is not {@code false}. Here, once the context is refreshed and before any runner, the
     * late phase runs as the auto-configuration would run it; a blocking report refuses the start as usual, and a
     * WARN says why the gates ran this late (after the web server started). Nothing happens when the late phase
     * already logged its report, when readiness is switched off, or when the barrier never let the start pass.
     */
    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        EarlyPhase phase = early;
        if (phase != null && phase.judgedAtBarrier() != null && !phase.isReported()) {
            RareRunEvents.lateReport(context, phase, application.getClassLoader());
        }
        disarmExitGuard();
    }

    /** The gates are over: an exit from here on is the service's own ({@link ExitGuard}). */
    private void disarmExitGuard() {
        ExitGuard guard = exitGuard;
        exitGuard = null;
        if (guard != null) {
            guard.disarm();
        }
    }

    /**
     * A start that fails after the barrier let it pass (a connection pool, a bean of the service's own) ends before
     * the late phase logs the report, so what the gates found would never be shown, though it may be the cause
     * ({@code spring.datasource.url=${DB_URL}} with {@code DB_URL} unset is a WARN, then Hikari's own error). Logs
     * the barrier's report then, once, as a WARN; a GO report with nothing waived, a refused start (the failure
     * analysis prints that one) and a start whose report was logged add nothing. A GO report that holds a waived
     * finding is logged too: the waiver let the start go on, and whoever reads the failed start's log must see which
     * accepted problem was in force (session 27: a production start with a waived placeholder secret failed in a bean
     * of its own, and nothing in the log said a waiver had let it pass).
     */
    @Override
    public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
        environmentSays(false);
        disarmExitGuard();
        EarlyPhase phase = early;
        dev.readiness.Report judged = phase != null ? phase.judgedAtBarrier() : null;
        if (phase == null || judged == null || phase.isReported() || judged.blocks()) {
            return;
        }
        RareRunEvents.logJudgedBeforeFailure(phase, judged);
    }

    /**
     * Whether the entity types phase can find any type to read: packages named by {@code readiness.tenant.packages},
     * or JPA on the class path (whose {@code @EntityScan} or auto-configuration packages name them). Without either,
     * the tenant gate is judged without facts on the background thread, and neither the phase nor its thread is
     * started.
     */
    static boolean entityTypesToRead(List<String> tenantPackages, ClassLoader classLoader) {
        for (String name : tenantPackages) {
            if (!name.isBlank()) {
                return true;
            }
        }
        return ClassUtils.isPresent(JPA_ENTITY, classLoader);
    }
}
