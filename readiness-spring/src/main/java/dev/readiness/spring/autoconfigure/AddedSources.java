package dev.readiness.spring.autoconfigure;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the second judgement of the settings as soon as the property sources added after the environment was
 * prepared are known: a bean definition registry post-processor ordered after Spring's own
 * {@code ConfigurationClassPostProcessor}, so it runs once every configuration class is parsed and its
 * {@code @PropertySource} files added, while the barrier ({@link ReadinessBarrier}) runs only after every registry
 * post-processor has also post-processed the bean factory (configuration classes enhanced, and the like). Registered as
 * a singleton by {@link ReadinessRunListener}; does nothing when no source was added. Its methods run on the main
 * thread.
 */
final class AddedSources implements BeanDefinitionRegistryPostProcessor, Ordered {

    /** The name of the singleton holding it. */
    static final String BEAN_NAME = "dev.readiness.spring.autoconfigure.AddedSources";

    private final EarlyPhase early;

    private final ConfigurableEnvironment environment;

    AddedSources(EarlyPhase early, ConfigurableEnvironment environment) {
        this.early = early;
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        early.startRejudgeIfSourcesAdded(environment);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
