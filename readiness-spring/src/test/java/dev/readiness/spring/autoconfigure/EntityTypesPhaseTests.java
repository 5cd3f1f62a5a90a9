package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
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
}
