package dev.readiness.spring.autoconfigure;

import dev.readiness.Phase;
import dev.readiness.Readiness;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import java.lang.annotation.Annotation;
import java.lang.instrument.ClassFileTransformer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.instrument.classloading.InstrumentationLoadTimeWeaver;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The phase of the gates that need the entity types (the tenant gate), judged from the class files of the entity
 * packages ({@code @EntityScan}, else the auto-configuration packages, or {@code readiness.tenant.packages}) without
 * starting JPA, on a background thread that the {@link ReadinessBarrier} joins before any singleton that can connect
 * is created.
 *
 * <p>When the packages can be foreseen as the context is prepared ({@link #startEarly}:
 * {@code readiness.tenant.packages}, or the {@code @AutoConfigurationPackage} of the application's own sources
 * without {@code @EntityScan}), judging starts then, on its own thread that also foresees them, while Spring Boot
 * parses the configuration classes, so the barrier finds it done. Once every configuration class is parsed (a bean
 * definition registry post-processor ordered after Spring's own), the packages the bean definitions name decide: the
 * early run is kept when it judged exactly those, else a run of those starts there and the early one is dropped.
 *
 * <p>The entity classes are loaded (not initialized) to read their fields; with a load-time weaver (runtime bytecode
 * enhancement, which needs them unloaded) the tenant gate waits for the late phase and the JPA metamodel instead, and
 * nothing starts early where a weaver could work (an instrumentation agent, or a class loader that takes class file
 * transformers). Its public methods run on the main thread.
 */
final class EntityTypesPhase implements BeanDefinitionRegistryPostProcessor, Ordered {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.EntityTypesPhase";

    private static final String ENTITY_SCAN_PACKAGES = "org.springframework.boot.persistence.autoconfigure.EntityScanPackages";

    private static final String AUTO_CONFIGURATION_PACKAGES = AutoConfigurationPackages.class.getName();

    private static final String JPA_ENTITY = "jakarta.persistence.Entity";

    private static final String ENTITY_SCAN = "org.springframework.boot.persistence.autoconfigure.EntityScan";

    private static final String SHARED_METADATA_READER_FACTORY = "org.springframework.boot.autoconfigure."
            + "internalCachingMetadataReaderFactory";

    private final EarlyPhase early;

    private final List<String> configuredPackages;

    private final ClassLoader classLoader;

    private final ResourceLoader resourceLoader;

    private boolean started;

    private @Nullable Background<Phase> judging;

    private Packages judgedPackages = new Packages();

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
            judging = null;
            return;
        }
        List<String> packages = entityPackages(beanFactory);
        if (packages.isEmpty()) {
            judging = null;
        }
        else if (judging == null
                || !judgedPackages.await(early.waitMillis()).equals(new LinkedHashSet<>(packages))) {
            judge(packages, sharedMetadataReaderFactory(beanFactory));
        }
    }

    /**
     * Starts, as the context is prepared, a run that foresees the packages on its own thread and judges them when no
     * load-time weaver could need the entity classes unloaded: {@code readiness.tenant.packages}, else the packages
     * that the {@code @AutoConfigurationPackage} of the application's sources registers when none of them has
     * {@code @EntityScan}. {@link #start} keeps this run only when the bean definitions name the same packages.
     *
     * @param sources the application's primary sources
     */
    void startEarly(Collection<?> sources) {
        if (started || judging != null) {
            return;
        }
        Packages foreseen = new Packages();
        judgedPackages = foreseen;
        judging = Background.start("readiness-entity-types", new Foresee(this, List.copyOf(sources), foreseen));
    }

    /** The packages of the run {@link #join} waits for; empty when there is none. */
    Set<String> judgedPackages() {
        return judging != null ? judgedPackages.await(early.waitMillis()) : Set.of();
    }

    /** The thread of the run {@link #join} waits for, or {@code null}. */
    @Nullable Thread running() {
        return judging;
    }

    private void judge(List<String> packages, @Nullable MetadataReaderFactory metadataReaderFactory) {
        judgedPackages = new Packages();
        judgedPackages.publish(packages);
        judging = Background.start("readiness-entity-types", new Judge(early, packages, classLoader,
                metadataReaderFactory, resourceLoader));
    }

    private List<String> foreseenPackages(Collection<?> sources) {
        if (LoadTimeWeaving.possible(classLoader)) {
            return List.of();
        }
        List<String> configured = configuredPackages();
        if (!configured.isEmpty() || !ClassUtils.isPresent(JPA_ENTITY, classLoader)) {
            return configured;
        }
        List<String> packages = new ArrayList<>();
        for (Object source : sources) {
            if (!(source instanceof Class<?> type)) {
                return List.of();
            }
            List<Annotation> annotations = MetaAnnotations.of(type);
            if (MetaAnnotations.find(annotations, ENTITY_SCAN) != null) {
                return List.of();
            }
            if (MetaAnnotations.find(annotations, AutoConfigurationPackage.class.getName())
                    instanceof AutoConfigurationPackage registered) {
                int before = packages.size();
                for (String name : registered.basePackages()) {
                    packages.add(name);
                }
                for (Class<?> member : registered.basePackageClasses()) {
                    packages.add(ClassUtils.getPackageName(member));
                }
                if (packages.size() == before) {
                    packages.add(ClassUtils.getPackageName(type));
                }
            }
        }
        return packages;
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

    private List<String> configuredPackages() {
        List<String> configured = new ArrayList<>();
        for (String name : configuredPackages) {
            if (!name.isBlank()) {
                configured.add(name.strip());
            }
        }
        return configured;
    }

    private List<String> entityPackages(ConfigurableListableBeanFactory beanFactory) {
        List<String> configured = configuredPackages();
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

    /**
     * The background part of a run started as the context is prepared: foresees the packages from the application's
     * sources (the annotation look-ups cost the main thread tens of milliseconds on a cold JVM, so they happen here),
     * publishes them for {@link #start} to compare, and judges them; judges nothing when none can be foreseen.
     */
    private record Foresee(EntityTypesPhase phase, List<Object> sources, Packages published)
            implements Supplier<Phase> {

        @Override
        public @Nullable Phase get() {
            List<String> packages = List.of();
            try {
                packages = phase.foreseenPackages(sources);
            }
            finally {
                published.publish(packages);
            }
            return packages.isEmpty() ? null : new Judge(phase.early, packages, phase.classLoader, null,
                    phase.resourceLoader).get();
        }
    }

    /** The packages a run judges, published once by the thread that knows them first. Thread-safe. */
    private static final class Packages {

        private @Nullable Set<String> names;

        synchronized void publish(List<String> packages) {
            if (names == null) {
                names = new LinkedHashSet<>(packages);
                notifyAll();
            }
        }

        /** The packages, or empty when they were not published within the time given. */
        synchronized Set<String> await(long millis) {
            long until = System.nanoTime() + millis * 1_000_000;
            while (names == null) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return Set.of();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return Set.of();
                }
            }
            return names;
        }
    }

    /**
     * The annotations of a class and of their types, nearest first, each type once: what the foreseen packages
     * depend on, read with the JDK's reflection alone. Spring's merged annotations would also resolve attribute
     * aliases, at a cold cost of tens of milliseconds on this thread; a composed annotation that aliases
     * {@code @AutoConfigurationPackage}'s attributes is rare, and {@link #start} compares the foreseen packages with
     * those of the bean definitions and judges those instead when they differ.
     */
    static final class MetaAnnotations {

        private MetaAnnotations() {
        }

        static List<Annotation> of(Class<?> type) {
            List<Annotation> found = new ArrayList<>();
            Set<Class<?>> seen = new HashSet<>();
            ArrayDeque<Annotation> queue = new ArrayDeque<>();
            Collections.addAll(queue, type.getDeclaredAnnotations());
            while (!queue.isEmpty()) {
                Annotation annotation = queue.poll();
                Class<? extends Annotation> annotationType = annotation.annotationType();
                if (!annotationType.getName().startsWith("java.lang.") && seen.add(annotationType)) {
                    found.add(annotation);
                    Collections.addAll(queue, annotationType.getDeclaredAnnotations());
                }
            }
            return found;
        }

        static @Nullable Annotation find(List<Annotation> annotations, String typeName) {
            for (Annotation annotation : annotations) {
                if (annotation.annotationType().getName().equals(typeName)) {
                    return annotation;
                }
            }
            return null;
        }
    }

    /**
     * Whether a load-time weaver could transform classes loaded by a class loader, as Spring's
     * {@code DefaultContextLoadTimeWeaver} would find one: an application server's class loader, an instrumentation
     * agent ({@code spring-instrument}), or a class loader with an {@code addTransformer} method.
     */
    static final class LoadTimeWeaving {

        /** The agent class that {@link InstrumentationLoadTimeWeaver} reads the instrumentation from. */
        private static final String INSTRUMENTATION_AGENT = "org.springframework.instrument.InstrumentationSavingAgent";

        /** The JDK's own class loaders, which take no class file transformers. */
        private static final String JDK_CLASS_LOADERS = "jdk.internal.loader.";

        private static final String[] SERVER_CLASS_LOADERS = { "org.apache.catalina", "org.glassfish",
                "org.jboss.modules", "weblogic", "com.ibm" };

        private LoadTimeWeaving() {
        }

        static boolean possible(ClassLoader classLoader) {
            String name = classLoader.getClass().getName();
            for (String server : SERVER_CLASS_LOADERS) {
                if (name.startsWith(server)) {
                    return true;
                }
            }
            return instrumentationAgent(classLoader)
                    || !name.startsWith(JDK_CLASS_LOADERS) && ReflectionUtils.findMethod(classLoader.getClass(),
                            "addTransformer", ClassFileTransformer.class) != null;
        }

        /**
         * Whether Spring's instrumentation agent holds an instrumentation; asked only when its class is there, so a
         * boot without the agent loads none of the weaver's classes.
         */
        private static boolean instrumentationAgent(ClassLoader classLoader) {
            return ClassUtils.isPresent(INSTRUMENTATION_AGENT, classLoader)
                    && InstrumentationLoadTimeWeaver.isInstrumentationAvailable();
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
