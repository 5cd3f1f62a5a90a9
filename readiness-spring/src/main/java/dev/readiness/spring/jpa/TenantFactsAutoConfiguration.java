package dev.readiness.spring.jpa;

import dev.readiness.spring.autoconfigure.OnReadinessEnabled;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Contributes the persistent types the {@code tenant} gate judges: from the JPA metamodel when the application has
 * an {@link EntityManagerFactory}, otherwise from a scan of the packages named by {@code readiness.tenant.packages}
 * (comma-separated or indexed; nothing is scanned when unset). Off when {@code readiness.enabled} is {@code false}.
 * A service started by {@code SpringApplication} has its entity types judged from their class files before any
 * singleton exists; these contributors serve the gates that run once beans exist.
 */
@AutoConfiguration(afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@Conditional(OnReadinessEnabled.class)
public final class TenantFactsAutoConfiguration {

    /** The property naming packages to scan for {@code @Entity} classes when there is no JPA. */
    public static final String PACKAGES = "readiness.tenant.packages";

    TenantFactsAutoConfiguration() {
    }

    /** Reads the metamodel Hibernate built. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(EntityManagerFactory.class)
    @ConditionalOnBean(EntityManagerFactory.class)
    static final class Jpa {

        @Bean
        @ConditionalOnMissingBean
        JpaPersistentTypesContributor readinessJpaPersistentTypesContributor(
                ObjectProvider<EntityManagerFactory> factories) {
            return new JpaPersistentTypesContributor(() -> factories.orderedStream().toList());
        }
    }

    /** Scans named packages when there is no entity manager factory. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(type = {"jakarta.persistence.EntityManagerFactory",
        "dev.readiness.spring.jpa.EntityScanPersistentTypesContributor"})
    static final class Scan {

        @Bean
        EntityScanPersistentTypesContributor readinessEntityScanPersistentTypesContributor(Environment environment,
                ResourceLoader resourceLoader) {
            List<String> packages = new ArrayList<>();
            for (String name : Binder.get(environment).bind(PACKAGES, Bindable.listOf(String.class))
                    .orElse(List.of())) {
                if (!name.isBlank()) {
                    packages.add(name.strip());
                }
            }
            ClassLoader classLoader = resourceLoader.getClassLoader();
            return new EntityScanPersistentTypesContributor(packages, classLoader != null ? classLoader
                    : TenantFactsAutoConfiguration.class.getClassLoader());
        }
    }
}
