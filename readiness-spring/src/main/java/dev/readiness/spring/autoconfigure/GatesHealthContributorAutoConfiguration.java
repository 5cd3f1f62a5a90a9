package dev.readiness.spring.autoconfigure;

import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.actuate.GatesHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the {@code gates}
 * health contributor, when Spring Boot's health support is on the class path
 * ({@code management.health.gates.enabled=false} turns it off).
 */
@AutoConfiguration(after = ReadinessAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ReadinessReport.class)
@ConditionalOnEnabledHealthIndicator("gates")
public final class GatesHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "gatesHealthIndicator")
    GatesHealthIndicator gatesHealthIndicator(ReadinessReport readinessReport) {
        return new GatesHealthIndicator(readinessReport);
    }
}
