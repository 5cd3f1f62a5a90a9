package dev.readiness.spring.autoconfigure;

import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.actuate.ReadinessMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the readiness
 * meters, when Micrometer is on the class path. Spring Boot's metrics support binds the {@link MeterBinder} to
 * every registry.
 */
@AutoConfiguration(after = ReadinessAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(ReadinessReport.class)
public final class ReadinessMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReadinessMetrics readinessMetrics(ReadinessReport readinessReport) {
        return new ReadinessMetrics(readinessReport);
    }
}
