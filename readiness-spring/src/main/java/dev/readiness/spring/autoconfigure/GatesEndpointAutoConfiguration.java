package dev.readiness.spring.autoconfigure;

import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.actuate.GatesEndpoint;
import dev.readiness.spring.actuate.GatesEndpointProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for the {@code gates}
 * actuator endpoint, when actuator is on the class path and the endpoint is available (exposed), with
 * {@code management.endpoint.gates.show-values} and {@code management.endpoint.gates.roles}.
 */
@AutoConfiguration(after = ReadinessAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(ReadinessReport.class)
@ConditionalOnAvailableEndpoint(GatesEndpoint.class)
@EnableConfigurationProperties(GatesEndpointProperties.class)
public final class GatesEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    GatesEndpoint gatesEndpoint(ReadinessReport readinessReport, GatesEndpointProperties properties) {
        return new GatesEndpoint(readinessReport, properties.getShowValues(), properties.getRoles());
    }
}
