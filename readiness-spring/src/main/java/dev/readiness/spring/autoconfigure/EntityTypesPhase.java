package dev.readiness.spring.autoconfigure;

import dev.readiness.Phase;
import dev.readiness.Readiness;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * The phase of the gates that need the entity types (the tenant gate), judged from the class files of the entity
 * packages ({@code @EntityScan}, else the auto-configuration packages, or {@code readiness.tenant.packages}) without
 * starting JPA. It starts on a background thread as soon as every configuration class is parsed (a bean definition
 * registry post-processor ordered after Spring's own), while Spring Boot post-processes the bean factory, and the
 * {@link ReadinessBarrier} joins it before any singleton that can connect is created. The entity classes are loaded
 * (not initialized) to read their fields; with a load-time weaver (runtime bytecode enhancement, which needs them
 * unloaded) the tenant gate waits for the late phase and the JPA metamodel instead. Its public methods run on the
 * main thread.
 */
final class EntityTypesPhase implements BeanDefinitionRegistryPostProcessor, Ordered {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.EntityTypesPhase";

    private static final String ENTITY_SCAN_PACKAGES = "org.springframework.boot.persistence.autoconfigure.EntityScanPackages";

    private static final String AUTO_CONFIGURATION_PACKAGES = AutoConfigurationPackages.class.getName();

    private static final String JPA_ENTITY = "jakarta.persistence.Entity";

    private static final String SHARED_METADATA_READER_FACTORY = "org.springframework.boot.autoconfigure."
            + "internalCachingMetadataReaderFactory";

    private final EarlyPhase early;

    private final List<String> configuredPackages;

    private final ClassLoader classLoader;

    private final ResourceLoader resourceLoader;

    private boolean started;

    private @Nullable Background<Phase> judging;

    /**
     * Creates the phase.
     *
     * @param early the phase judged in the background, whose deferred gates this one judges
     * @param configuredPackages {@code readiness.tenant.packages} as bound with the other {@code readiness.*}
     *     properties when the environment was prepared
     * @param classLoader the application's class loader
     * @param resourceLoader the application context, whose resolver has just listed the class files of its own
     *     component scan
     */
    EntityTypesPhase(EarlyPhase early, List<String> configuredPackages, ClassLoader classLoader,
            ResourceLoader resourceLoader) {
        this.early = early;
        this.configuredPackages = configuredPackages;
        this.classLoader = classLoader;
        this.resourceLoader = resourceLoader;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (registry instanceof ConfigurableListableBeanFactory beanFactory) {
            start(beanFactory);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }

    /**
     * Starts judging the entity types on a background thread, once: reads the entity packages from the bean
     * definitions here, then waits there for the settings gates and judges the gates they deferred.
     *
     * @param beanFactory the bean factory, every configuration class parsed
     */
    void start(ConfigurableListableBeanFactory beanFactory) {
        if (started) {
            return;
        }
        started = true;
        if (beanFactory.containsBean(ConfigurableApplicationContext.LOAD_TIME_WEAVER_BEAN_NAME)) {
            return;
        }
        List<String> packages = entityPackages(beanFactory);
        if (!packages.isEmpty()) {
            judging = Background.start("readiness-entity-types", new Judge(early, packages, classLoader,
                    sharedMetadataReaderFactory(beanFactory), resourceLoader));
        }
    }

    /**
     * Waits for the entity types' phase, at most the deadline plus a grace period; starts it first when the bean
     * definition registry was not post-processed (a context that is no registry).
     *
     * @param beanFactory the bean factory
     * @return the phase, a NO-GO phase when it failed or hung, or {@code null} when no gate waited for entity types
     *     or there are none to read
     */
    @Nullable Phase join(ConfigurableListableBeanFactory beanFactory) {
        start(beanFactory);
        Background<Phase> running = judging;
        judging = null;
        if (running == null) {
            return null;
        }
        try {
            if (!running.await(early.waitMillis())) {
                return early.failure("gate.timeout", "The gates judging the entity types before start-up did not"
                        + " finish within readiness.deadline (" + early.options().deadline() + ").");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return early.failure("gate.failed", "Start-up was interrupted while the gates judged the entity types.");
        }
        Throwable failure = running.failure();
        if (failure != null) {
            return early.failure("gate.failed", "Judging the entity types before start-up failed with "
                    + failure.getClass().getName() + ".");
        }
        return running.value();
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
        List<String> scanned = definedPackages(beanFactory, ENTITY_SCAN_PACKAGES);
        if (scanned == null && ClassUtils.isPresent(ENTITY_SCAN_PACKAGES, classLoader)) {
            scanned = EntityScan.packages(beanFactory);
        }
        if (scanned != null && !scanned.isEmpty()) {
            return scanned;
        }
        List<String> autoConfiguration = definedPackages(beanFactory, AUTO_CONFIGURATION_PACKAGES);
        if (autoConfiguration != null) {
            return autoConfiguration;
        }
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    /**
     * The packages that Spring Boot's {@code EntityScanPackages} or {@code AutoConfigurationPackages} bean will hold,
     * read from its bean definition (the packages are its constructor argument) rather than by creating the bean,
     * which would resolve its constructor on the main thread before Spring Boot does so for every other singleton.
     *
     * @return the packages, or {@code null} when there is no such definition or it has another shape
     */
    static @Nullable List<String> definedPackages(ConfigurableListableBeanFactory beanFactory, String beanName) {
        if (!beanFactory.containsBeanDefinition(beanName)) {
            return null;
        }
        ValueHolder argument = beanFactory.getBeanDefinition(beanName).getConstructorArgumentValues()
                .getIndexedArgumentValue(0, String[].class);
        if (argument == null || !(argument.getValue() instanceof String[] names)) {
            return null;
        }
        List<String> packages = new ArrayList<>(names.length);
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                packages.add(name);
            }
        }
        return packages;
    }

    private static @Nullable MetadataReaderFactory sharedMetadataReaderFactory(
            ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBean(SHARED_METADATA_READER_FACTORY)) {
            return null;
        }
        Object factory = beanFactory.getBean(SHARED_METADATA_READER_FACTORY);
        return factory instanceof MetadataReaderFactory shared ? shared : null;
    }

    /**
     * The background part: waits for the settings gates and judges those they deferred with the entity types read
     * from the class files.
     */
    private record Judge(EarlyPhase early, List<String> packages, ClassLoader classLoader,
            @Nullable MetadataReaderFactory metadataReaderFactory, ResourceLoader resourceLoader)
            implements Supplier<Phase> {

        @Override
        public @Nullable Phase get() {
            EarlyPhase.Judged judged = early.await();
            if (judged == null || judged.phase().deferred().isEmpty()) {
                return null;
            }
            Readiness tenant = BootGates.builder(early.options(), judged.settings())
                    .deferredFrom(judged.phase())
                    .factContributor(new EntityScanPersistentTypesContributor(packages, classLoader,
                            metadataReaderFactory, resourceLoader))
                    .deferGatesNeedingFacts(true)
                    .build();
            return tenant.runPhase();
        }
    }

    /** Reads {@code @EntityScan}'s packages; a separate class so this one loads without Boot's persistence module. */
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
