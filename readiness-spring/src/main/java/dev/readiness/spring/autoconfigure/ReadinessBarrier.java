package dev.readiness.spring.autoconfigure;

import dev.readiness.Gate;
import dev.readiness.Phase;
import dev.readiness.Report;
import dev.readiness.render.ProblemList;
import dev.readiness.spring.ReadinessGateException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The barrier before singletons: registered on the context by {@link ReadinessRunListener}, it runs once every
 * configuration class is parsed and every bean is defined, but before any singleton that can connect (connection
 * pool, {@code EntityManagerFactory}, web server, runner, scheduler) is created. It joins the settings gates started
 * on a background thread when the environment was prepared (judging them again, with every property source, when one
 * was added since: a {@code @PropertySource} file is added while configuration classes are parsed) and the tenant
 * scoping of the entity types started on
 * another once the configuration classes were parsed ({@link EntityTypesPhase}), and refuses start-up with one
 * report of every settings and tenant problem when that report blocks (not in a class data sharing training run,
 * {@link BootGates#trainingRun()}, where the late phase logs the report).
 */
final class ReadinessBarrier implements BeanFactoryPostProcessor {

    private static final Log log = LogFactory.getLog(ReadinessBarrier.class);

    private final EarlyPhase early;

    private final @Nullable EntityTypesPhase entityTypes;

    private final @Nullable ConfigurableEnvironment environment;

    /**
     * Creates the barrier.
     *
     * @param early the phase judged in the background
     * @param entityTypes the phase of the entity types, started once the configuration classes are parsed, or
     *     {@code null} when there are no entity types to read
     */
    ReadinessBarrier(EarlyPhase early, @Nullable EntityTypesPhase entityTypes) {
        this(early, entityTypes, null);
    }

    /**
     * Creates the barrier.
     *
     * @param early the phase judged in the background
     * @param entityTypes the phase of the entity types, or {@code null} when there are no entity types to read
     * @param environment the context's environment, judged again here when a property source was added to it after
     *     it was prepared ({@code @PropertySource}), or {@code null}
     */
    ReadinessBarrier(EarlyPhase early, @Nullable EntityTypesPhase entityTypes,
            @Nullable ConfigurableEnvironment environment) {
        this.early = early;
        this.entityTypes = entityTypes;
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        long start = System.nanoTime();
        double waited = early.join();
        List<String> added = environment != null ? early.rejudgeIfSourcesAdded(environment) : List.of();
        if (!added.isEmpty() && log.isDebugEnabled()) {
            log.debug("readiness judged the settings again, with the property sources added after the environment"
                    + " was prepared (" + ProblemList.escape(String.join(", ", added)) + "), "
                    + (early.judgedAgainInBackground() ? "in the background once the configuration classes were parsed"
                            : "on the main thread at the barrier"));
        }
        long judging = System.nanoTime();
        Phase tenant = entityTypes != null ? entityTypes.join(beanFactory) : null;
        if (tenant != null) {
            early.phases().add(tenant);
        }
        // a service without a dataSource bean never loads BootDataSource
        Gate bootDataSource = environment != null && beanFactory.containsBeanDefinition(BootDataSource.BEAN)
                ? BootDataSource.gate(beanFactory, environment,
                beanFactory.getBeanClassLoader() != null ? beanFactory.getBeanClassLoader()
                        : ReadinessBarrier.class.getClassLoader()) : null;
        if (bootDataSource != null) {
            early.addBeforeLast(BootGates.builder(early.options(), early.settings())
                    .gate(bootDataSource, BootGates.ADAPTER_SOURCE).build().runPhase());
        }
        double millis = (System.nanoTime() - judging) / 1_000_000.0;
        early.addMainThreadMillis((System.nanoTime() - start) / 1_000_000.0);
        if (log.isDebugEnabled()) {
            log.debug(String.format(Locale.ROOT, "readiness judged the settings and entity types before singletons;"
                    + " the main thread waited %.1f ms for the settings gates and %.1f ms for the entity types",
                    waited, millis));
        }
        ReadinessOptions options = early.options();
        Report report = BootGates.builder(options, early.settings()).build()
                .provisionalReport(early.phases().toArray(new Phase[0]));
        early.judgedAtBarrier(report);
        if (report.blocks() && !BootGates.trainingRun()) {
            int notRun = beanFactory.getBeanNamesForType(Gate.class, true, false).length
                    + early.last().deferred().size();
            throw new ReadinessGateException(report, options.exitCode(), options.stage().source(), notRun);
        }
    }
}
