package dev.readiness.spring.autoconfigure;

import dev.readiness.Gate;
import dev.readiness.Phase;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;
import org.jspecify.annotations.Nullable;

/**
 * The barrier before singletons: registered on the context by {@link ReadinessRunListener}, it runs once every
 * configuration class is parsed and every bean is defined, but before any singleton that can connect (connection
 * pool, {@code EntityManagerFactory}, web server, runner, scheduler) is created. It joins the settings gates started
 * on the background thread, judges the tenant scoping of the entity types read from the class files of the entity
 * packages ({@code @EntityScan}, else the auto-configuration packages, or {@code readiness.tenant.packages})
 * without starting JPA, and refuses start-up with one report of every settings and tenant problem when that
 * report blocks. The entity classes are loaded (not initialized) to read their fields; with a load-time weaver
 * (runtime bytecode enhancement, which needs them unloaded) the tenant gate waits for the late phase and the JPA
 * metamodel instead.
 */
final class ReadinessBarrier implements BeanFactoryPostProcessor {

    private static final Log log = LogFactory.getLog(ReadinessBarrier.class);

    private static final String ENTITY_SCAN_PACKAGES = "org.springframework.boot.persistence.autoconfigure.EntityScanPackages";

    private static final String AUTO_CONFIGURATION_PACKAGES = AutoConfigurationPackages.class.getName();

    private static final String JPA_ENTITY = "jakarta.persistence.Entity";

    private static final String SHARED_METADATA_READER_FACTORY = "org.springframework.boot.autoconfigure."
            + "internalCachingMetadataReaderFactory";

    private final EarlyPhase early;

    private final List<String> configuredPackages;

    private final ClassLoader classLoader;

    /**
     * Creates the barrier.
     *
     * @param early the phase judged in the background
     * @param configuredPackages {@code readiness.tenant.packages} as bound with the other {@code readiness.*}
     *     properties when the environment was prepared
     * @param classLoader the application's class loader
     */
    ReadinessBarrier(EarlyPhase early, List<String> configuredPackages, ClassLoader classLoader) {
        this.early = early;
        this.configuredPackages = configuredPackages;
        this.classLoader = classLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        long start = System.nanoTime();
        double waited = early.join();
        long judging = System.nanoTime();
        ReadinessOptions options = early.options();
        Readiness.Builder barrier = BootGates.builder(options, early.settings());
        if (!early.last().deferred().isEmpty()
                && !beanFactory.containsBean(ConfigurableApplicationContext.LOAD_TIME_WEAVER_BEAN_NAME)) {
            List<String> packages = entityPackages(beanFactory);
            if (!packages.isEmpty()) {
                Readiness tenant = barrier.deferredFrom(early.last())
                        .factContributor(new EntityScanPersistentTypesContributor(packages, classLoader,
                                sharedMetadataReaderFactory(beanFactory)))
                        .deferGatesNeedingFacts(true)
                        .build();
                early.phases().add(tenant.runPhase());
            }
        }
        double millis = (System.nanoTime() - judging) / 1_000_000.0;
        early.addMainThreadMillis((System.nanoTime() - start) / 1_000_000.0);
        if (log.isDebugEnabled()) {
            log.debug(String.format(Locale.ROOT, "readiness judged the settings and entity types before singletons;"
                    + " the main thread waited %.1f ms for the settings gates and %.1f ms for the entity types",
                    waited, millis));
        }
        Report report = BootGates.builder(options, early.settings()).build()
                .provisionalReport(early.phases().toArray(new Phase[0]));
        if (report.blocks()) {
            int notRun = beanFactory.getBeanNamesForType(Gate.class, true, false).length
                    + early.last().deferred().size();
            throw new ReadinessGateException(report, options.exitCode(), options.stage().source(), notRun);
        }
    }

    private static @Nullable MetadataReaderFactory sharedMetadataReaderFactory(
            ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBean(SHARED_METADATA_READER_FACTORY)) {
            return null;
        }
        Object factory = beanFactory.getBean(SHARED_METADATA_READER_FACTORY);
        return factory instanceof MetadataReaderFactory shared ? shared : null;
    }

    private List<String> entityPackages(ConfigurableListableBeanFactory beanFactory) {
        List<String> configured = new ArrayList<>();
        for (String name : configuredPackages) {
            if (!name.isBlank()) {
                configured.add(name.strip());
            }
        }
        if (!configured.isEmpty()) {
            return configured;
        }
        if (!ClassUtils.isPresent(JPA_ENTITY, classLoader)) {
            return List.of();
        }
        if (ClassUtils.isPresent(ENTITY_SCAN_PACKAGES, classLoader)) {
            List<String> scanned = EntityScan.packages(beanFactory);
            if (!scanned.isEmpty()) {
                return scanned;
            }
        }
        return autoConfigurationPackages(beanFactory);
    }

    /**
     * The auto-configuration packages, read from their bean definition (the packages are its constructor argument)
     * rather than by creating the bean: creating it here would resolve its constructor on the main thread before
     * Spring Boot does so for every other singleton. Asks Spring Boot when the definition has another shape.
     */
    static List<String> autoConfigurationPackages(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.containsBeanDefinition(AUTO_CONFIGURATION_PACKAGES)) {
            ValueHolder argument = beanFactory.getBeanDefinition(AUTO_CONFIGURATION_PACKAGES)
                    .getConstructorArgumentValues().getIndexedArgumentValue(0, String[].class);
            if (argument != null && argument.getValue() instanceof String[] names) {
                List<String> packages = new ArrayList<>(names.length);
                for (String name : names) {
                    if (name != null && !name.isBlank()) {
                        packages.add(name);
                    }
                }
                return packages;
            }
        }
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    /** Reads {@code @EntityScan}'s packages; a separate class so the barrier loads without Boot's persistence module. */
    private static final class EntityScan {

        static List<String> packages(ConfigurableListableBeanFactory beanFactory) {
            if (!beanFactory.containsBeanDefinition(ENTITY_SCAN_PACKAGES)) {
                return List.of();
            }
            return org.springframework.boot.persistence.autoconfigure.EntityScanPackages.get(beanFactory)
                    .getPackageNames();
        }
    }
}
