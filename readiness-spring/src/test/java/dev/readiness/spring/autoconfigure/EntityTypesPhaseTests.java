package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.instrument.ClassFileTransformer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EntityTypesPhaseTests {

    private static final String AUTO_CONFIGURATION_PACKAGES = AutoConfigurationPackages.class.getName();

    private static final String ENTITY_SCAN_PACKAGES = EntityScanPackages.class.getName();

    @Test
    void definedPackagesShouldReadTheAutoConfigurationPackagesWithoutCreatingTheirBean() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        AutoConfigurationPackages.register(beanFactory, "com.acme.billing", "com.acme.orders");
        DefaultListableBeanFactory asSpringBootReadsIt = new DefaultListableBeanFactory();
        AutoConfigurationPackages.register(asSpringBootReadsIt, "com.acme.billing", "com.acme.orders");

        assertThat(EntityTypesPhase.definedPackages(beanFactory, AUTO_CONFIGURATION_PACKAGES))
                .containsExactly("com.acme.billing", "com.acme.orders")
                .isEqualTo(AutoConfigurationPackages.get(asSpringBootReadsIt));
        assertThat(beanFactory.containsSingleton(AUTO_CONFIGURATION_PACKAGES)).isFalse();
    }

    @Test
    void definedPackagesShouldReadTheEntityScanPackagesWithoutCreatingTheirBean() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        EntityScanPackages.register(beanFactory, "com.acme.billing.domain");

        assertThat(EntityTypesPhase.definedPackages(beanFactory, ENTITY_SCAN_PACKAGES))
                .containsExactly("com.acme.billing.domain");
        assertThat(beanFactory.containsSingleton(ENTITY_SCAN_PACKAGES)).isFalse();
    }

    @Test
    void definedPackagesShouldLeaveADefinitionOfAnotherShapeToSpringBoot() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerBeanDefinition(AUTO_CONFIGURATION_PACKAGES, new RootBeanDefinition(Object.class));

        assertThat(EntityTypesPhase.definedPackages(beanFactory, AUTO_CONFIGURATION_PACKAGES)).isNull();
        assertThat(EntityTypesPhase.definedPackages(beanFactory, ENTITY_SCAN_PACKAGES)).isNull();
    }

    @Test
    void entityTypesShouldJudgeTheGatesTheSettingsPhaseDeferredOnceTheBeanDefinitionsAreKnown() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("test",
                Map.of("readiness.stage", "production", "readiness.tenant.packages", "dev.readiness.spring.nowhere")));
        ReadinessRunListener listener = new ReadinessRunListener(new SpringApplication(Object.class), new String[0]);
        listener.environmentPrepared(null, environment);

        try (GenericApplicationContext context = new GenericApplicationContext()) {
            listener.contextPrepared(context);
            EntityTypesPhase entityTypes = context.getBeanFactory().getBean(EntityTypesPhase.BEAN_NAME,
                    EntityTypesPhase.class);
            EarlyPhase early = context.getBeanFactory().getBean(EarlyPhase.BEAN_NAME, EarlyPhase.class);

            entityTypes.postProcessBeanDefinitionRegistry(context);
            early.join();

            assertThat(early.last().deferred()).isNotEmpty();
            assertThat(entityTypes.join(context.getBeanFactory()).gateIds()).contains("tenant");
        }
    }

    @Test
    void entityTypesShouldStartAsTheContextIsPreparedWithTheConfiguredPackagesAndKeepThatRun() {
        ReadinessRunListener listener = preparedListener("dev.readiness.spring.nowhere");

        try (GenericApplicationContext context = new GenericApplicationContext()) {
            listener.contextPrepared(context);
            EntityTypesPhase entityTypes = context.getBeanFactory().getBean(EntityTypesPhase.BEAN_NAME,
                    EntityTypesPhase.class);
            assertThat(entityTypes.judgedPackages()).containsExactly("dev.readiness.spring.nowhere");
            Thread early = entityTypes.running();

            entityTypes.postProcessBeanDefinitionRegistry(context.getDefaultListableBeanFactory());

            assertThat(entityTypes.running()).isNotNull().isSameAs(early);
            assertThat(entityTypes.judgedPackages()).containsExactly("dev.readiness.spring.nowhere");
            assertThat(entityTypes.join(context.getBeanFactory()).gateIds()).contains("tenant");
        }
    }

    @Test
    void anEarlyRunOfForeseenPackagesShouldGiveWayToThePackagesTheBeanDefinitionsName() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            EntityTypesPhase entityTypes = foreseeingPackagedApplication(context);
            assertThat(entityTypes.judgedPackages()).containsExactly(PackagedApplication.class.getPackageName());
            Thread foreseen = entityTypes.running();

            EntityScanPackages.register(context, "dev.readiness.testfixtures.jpa");
            entityTypes.postProcessBeanDefinitionRegistry(context.getDefaultListableBeanFactory());

            assertThat(entityTypes.running()).isNotNull().isNotSameAs(foreseen);
            assertThat(entityTypes.judgedPackages()).containsExactly("dev.readiness.testfixtures.jpa");
            assertThat(entityTypes.join(context.getBeanFactory()).gateIds()).contains("tenant");
        }
    }

    @Test
    void anEarlyRunShouldBeKeptWhenTheBeanDefinitionsNameTheForeseenPackages() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            EntityTypesPhase entityTypes = foreseeingPackagedApplication(context);
            Thread foreseen = entityTypes.running();

            AutoConfigurationPackages.register(context, PackagedApplication.class.getPackageName());
            entityTypes.postProcessBeanDefinitionRegistry(context.getDefaultListableBeanFactory());

            assertThat(entityTypes.running()).isNotNull().isSameAs(foreseen);
            assertThat(entityTypes.judgedPackages()).containsExactly(PackagedApplication.class.getPackageName());
            assertThat(entityTypes.join(context.getBeanFactory()).gateIds()).contains("tenant");
        }
    }

    @Test
    void nothingShouldBeJudgedEarlyWhenASourceChoosesItsEntityPackagesOrIsNoClass() {
        ReadinessRunListener listener = preparedListener("");
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            EarlyPhase early = earlyPhase(listener);
            EntityTypesPhase scanned = new EntityTypesPhase(early, List.of(), getClass().getClassLoader(), context);
            EntityTypesPhase named = new EntityTypesPhase(early, List.of(), getClass().getClassLoader(), context);

            scanned.startEarly(List.of(PackagedApplication.class, ScanningApplication.class));
            named.startEarly(List.of("classpath:beans.xml"));

            assertThat(scanned.judgedPackages()).isEmpty();
            assertThat(named.judgedPackages()).isEmpty();
        }
    }

    @Test
    void nothingShouldBeJudgedEarlyWhereALoadTimeWeaverCouldTransformTheEntityClasses() {
        ReadinessRunListener listener = preparedListener("dev.readiness.spring.nowhere");
        ClassLoader weaving = new TransformingClassLoader(getClass().getClassLoader());
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            EarlyPhase early = earlyPhase(listener);
            EntityTypesPhase entityTypes = new EntityTypesPhase(early, List.of("dev.readiness.spring.nowhere"),
                    weaving, context);

            entityTypes.startEarly(List.of(PackagedApplication.class));

            assertThat(EntityTypesPhase.LoadTimeWeaving.possible(weaving)).isTrue();
            assertThat(EntityTypesPhase.LoadTimeWeaving.possible(getClass().getClassLoader())).isFalse();
            assertThat(entityTypes.judgedPackages()).isEmpty();
        }
    }

    private static ReadinessRunListener preparedListener(String tenantPackages) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("test",
                Map.of("readiness.stage", "production", "readiness.tenant.packages", tenantPackages)));
        ReadinessRunListener listener = new ReadinessRunListener(new SpringApplication(Object.class), new String[0]);
        listener.environmentPrepared(null, environment);
        return listener;
    }

    /** The entity types' phase of an application whose one source is {@link PackagedApplication}, started early. */
    private EntityTypesPhase foreseeingPackagedApplication(GenericApplicationContext context) {
        EntityTypesPhase entityTypes = new EntityTypesPhase(earlyPhase(preparedListener("")), List.of(),
                getClass().getClassLoader(), context);
        entityTypes.startEarly(List.of(PackagedApplication.class));
        return entityTypes;
    }

    private static EarlyPhase earlyPhase(ReadinessRunListener listener) {
        try (GenericApplicationContext prepared = new GenericApplicationContext()) {
            listener.contextPrepared(prepared);
            return prepared.getBeanFactory().getBean(EarlyPhase.BEAN_NAME, EarlyPhase.class);
        }
    }

    @AutoConfigurationPackage
    static final class PackagedApplication {
    }

    @EntityScan("dev.readiness.testfixtures.jpa")
    static final class ScanningApplication {
    }

    /** A class loader that takes class file transformers, as a load-time weaver needs. */
    static final class TransformingClassLoader extends ClassLoader {

        TransformingClassLoader(ClassLoader parent) {
            super(parent);
        }

        public void addTransformer(ClassFileTransformer transformer) {
        }
    }
}
