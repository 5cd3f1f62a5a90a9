package dev.readiness.spring.autoconfigure;

import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.actuate.GatesInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorFallback;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the
 * {@code readiness} entry of {@code /actuator/info}, when actuator is on the class path
 * ({@code management.info.readiness.enabled=false}, or {@code management.info.defaults.enabled=false}, turns it off).
 */
@AutoConfiguration(after = ReadinessAutoConfiguration.class)
@ConditionalOnClass({ InfoContributor.class, ConditionalOnEnabledInfoContributor.class })
@ConditionalOnBean(ReadinessReport.class)
@ConditionalOnEnabledInfoContributor(value = "readiness", fallback = InfoContributorFallback.USE_DEFAULTS_PROPERTY)
public final class GatesInfoContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "readinessInfoContributor")
    GatesInfoContributor readinessInfoContributor(ReadinessReport readinessReport) {
        return new GatesInfoContributor(readinessReport);
    }
}
