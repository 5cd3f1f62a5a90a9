package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.Gate;
import dev.readiness.Phase;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.settings.Settings;
import dev.readiness.spring.EnvironmentSettings;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The late phase: once every singleton exists, and so before runners run, before the web server accepts a
 * connection and before schedulers start, runs the gates that need beans or facts (every {@link Gate} bean, and
 * the {@link java.util.ServiceLoader} gates the early phases deferred) with the facts of every
 * {@link FactContributor} (beans and {@code ServiceLoader}), asks core for the one report of every phase of this
 * boot, publishes it to {@link ReadinessReport}, logs it once, and throws {@link ReadinessGateException} when it
 * blocks (in a class data sharing training run, {@link BootGates#trainingRun()}, it logs it instead). Two gates with
 * one id, in any phase, are a NO-GO naming both.
 *
 * <p>Without an early phase (an application context not started by {@code SpringApplication}, such as one in a
 * test), runs every gate here.
 */
class ReadinessGateRunner implements SmartInitializingSingleton {

    private static final Log log = LogFactory.getLog(ReadinessGateRunner.class);

    private final ConfigurableEnvironment environment;

    private final Supplier<ReadinessProperties> properties;

    private final ReadinessReport report;

    private final Supplier<Map<String, Gate>> gateBeans;

    private final Supplier<List<FactContributor>> contributorBeans;

    private final @Nullable EarlyPhase early;

    private final ClassLoader classLoader;

    private final Clock clock;

    ReadinessGateRunner(ConfigurableEnvironment environment, Supplier<ReadinessProperties> properties,
            ReadinessReport report,
            Supplier<Map<String, Gate>> gateBeans, Supplier<List<FactContributor>> contributorBeans,
            @Nullable EarlyPhase early, ClassLoader classLoader, Clock clock) {
        this.environment = environment;
        this.properties = properties;
        this.report = report;
        this.gateBeans = gateBeans;
        this.contributorBeans = contributorBeans;
        this.early = early;
        this.classLoader = classLoader;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        ReadinessOptions options = early != null ? early.options()
                : ReadinessOptions.of(properties.get(), environment, Launch.UNKNOWN);
        Settings settings = early != null ? early.settings() : EnvironmentSettings.from(environment);
        List<Phase> phases = new ArrayList<>(early != null ? early.phases() : List.of());
        Readiness.Builder late = BootGates.builder(options, settings).clock(clock);
        Phase last = early != null ? early.last() : null;
        List<FactContributor> contributors = null;
        if (last != null && !last.deferred().isEmpty() && early.withoutFacts() != null) {
            contributors = contributing(contributorBeans.get());
            if (contributors.isEmpty()) {
                last = early.withoutFacts();
                phases.add(last);
            }
        }
        if (last != null) {
            late.deferredFrom(last);
        }
        else {
            BootGates.withAdapterGates(late, options, environment).discoveredGates(classLoader);
        }
        Map<String, Gate> beans = gateBeans.get();
        for (Map.Entry<String, Gate> bean : beans.entrySet()) {
            late.gate(bean.getValue(), "bean '" + bean.getKey() + "'");
        }
        boolean nothingLeft = last != null && last.deferred().isEmpty() && beans.isEmpty();
        Readiness runner;
        int lateGates = 0;
        if (nothingLeft) {
            runner = late.build();
        }
        else {
            runner = late.factContributors(contributors != null ? contributors : contributorBeans.get())
                    .discoveredFactContributors(classLoader).build();
            Phase phase = runner.runPhase();
            lateGates = phase.gateIds().size();
            phases.add(phase);
        }
        Report complete = runner.report(phases.toArray(new Phase[0]));
        double lateMillis = (System.nanoTime() - start) / 1_000_000.0;
        double mainMillis = lateMillis + (early != null ? early.mainThreadMillis() : 0);
        if (log.isDebugEnabled()) {
            log.debug(String.format(Locale.ROOT, "readiness: the main thread spent %.1f ms on the gates before"
                    + " singletons (reading the settings, the barrier) and %.1f ms after them, where the late phase"
                    + " ran %d gates", mainMillis - lateMillis, lateMillis, lateGates));
        }
        report.set(complete);
        // a reason quotes what it waives ("rotated <the value>"): scrubbed as the CLI and the Maven goal scrub it;
        // a start without waivers (most) loads neither Waivers nor the scrubber, which reads every setting
        List<Waiver> waivers = options.policy().waivers();
        BootGates.log(log, complete, options.stage(), early != null ? early.millis() : 0, mainMillis,
                waivers.isEmpty() ? waivers : Waivers.shown(waivers, settings));
        if (early != null) {
            early.reported();
        }
        if (complete.blocks() && !BootGates.trainingRun()) {
            throw new ReadinessGateException(complete, options.exitCode(), options.stage().source(), 0);
        }
    }

    /**
     * The fact contributors that can contribute: an entity scan of no package contributes nothing (the one
     * auto-configured for a service without JPA when {@code readiness.tenant.packages} is unset).
     */
    private static List<FactContributor> contributing(List<FactContributor> contributors) {
        List<FactContributor> contributing = new ArrayList<>(contributors.size());
        for (FactContributor contributor : contributors) {
            if (!(contributor instanceof EntityScanPersistentTypesContributor scan && scan.packages().isEmpty())) {
                contributing.add(contributor);
            }
        }
        return contributing;
    }

    // The auto-configuration's suppliers of the runner: named classes rather than lambdas, so that BootClasses can
    // link them before the main thread creates them (a lambda's class is spun where it is first created, about 80 µs
    // of the main thread each); nested here, not in the auto-configuration, whose member classes Spring reads.

    record PropertiesBean(ObjectProvider<ReadinessProperties> provider) implements Supplier<ReadinessProperties> {

        @Override
        public ReadinessProperties get() {
            return provider.getObject();
        }
    }

    record GateBeans(ListableBeanFactory beanFactory) implements Supplier<Map<String, Gate>> {

        @Override
        public Map<String, Gate> get() {
            return beanFactory.getBeansOfType(Gate.class);
        }
    }

    record ContributorBeans(ObjectProvider<FactContributor> contributors) implements Supplier<List<FactContributor>> {

        @Override
        public List<FactContributor> get() {
            return contributors.orderedStream().toList();
        }
    }
}
