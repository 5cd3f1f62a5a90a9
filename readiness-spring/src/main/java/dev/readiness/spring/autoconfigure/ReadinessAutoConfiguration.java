package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.spring.ReadinessReport;
import java.time.Clock;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the readiness
 * gates: the late phase that runs gates needing beans or facts and completes the one report of the boot, and the
 * {@link ReadinessReport} holding it. The early phase (settings-only gates, before the context exists) is
 * {@code ReadinessRunListener}, registered in {@code META-INF/spring.factories}. Off when {@code readiness.enabled}
 * is {@code false}.
 */
@AutoConfiguration
@Conditional(OnReadinessEnabled.class)
@EnableConfigurationProperties
public final class ReadinessAutoConfiguration {

    /**
     * The bound {@code readiness.*} properties, created when first asked for: a boot started by
     * {@code SpringApplication} reads what it needs before the context exists, and binding the whole bean again
     * would cost the main thread the introspection that reading avoided.
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    ReadinessProperties readinessProperties() {
        return new ReadinessProperties();
    }

    @Bean
    @ConditionalOnMissingBean
    ReadinessReport readinessReport() {
        return new ReadinessReport();
    }

    @Bean
    @ConditionalOnMissingBean
    ReadinessGateRunner readinessGateRunner(ConfigurableEnvironment environment,
            ObjectProvider<ReadinessProperties> properties,
            ReadinessReport readinessReport, ObjectProvider<FactContributor> contributors,
            ObjectProvider<EarlyPhase> earlyPhase, ResourceLoader resourceLoader, ListableBeanFactory beanFactory) {
        ClassLoader classLoader = resourceLoader.getClassLoader();
        return new ReadinessGateRunner(environment, new ReadinessGateRunner.PropertiesBean(properties), readinessReport,
                new ReadinessGateRunner.GateBeans(beanFactory), new ReadinessGateRunner.ContributorBeans(contributors),
                earlyPhase.getIfAvailable(),
                classLoader != null ? classLoader : ReadinessAutoConfiguration.class.getClassLoader(),
                Clock.systemUTC());
    }
}
