package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.render.JsonReportRenderer;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.actuate.GatesEndpoint;
import dev.readiness.spring.actuate.GatesHealthIndicator;
import dev.readiness.spring.actuate.ReadinessMetrics;
import dev.readiness.spring.testgates.TestGates;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ActuatorAutoConfigurationTests {

    private static final String CANARY = "canary-Zq8wX3vR";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReadinessAutoConfiguration.class,
                    GatesEndpointAutoConfiguration.class, GatesHealthContributorAutoConfiguration.class,
                    ReadinessMetricsAutoConfiguration.class, EndpointAutoConfiguration.class,
                    MetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("readiness.stage=test", "management.endpoints.web.exposure.include=gates",
                    "readiness.exclude-gates=" + TestGates.foreignGateIds());

    @Test
    void withActuatorAndMicrometerEveryIntegrationShouldBeRegistered() {
        runner.run((context) -> assertThat(context).hasSingleBean(GatesEndpoint.class)
                .hasSingleBean(GatesHealthIndicator.class).hasBean("gatesHealthIndicator")
                .hasSingleBean(ReadinessMetrics.class));
    }

    @Test
    void endpointShouldServeTheReportAsTheJsonContract() {
        runner.withPropertyValues("test.jwt-secret=" + CANARY).run((context) -> {
            String json = context.getBean(GatesEndpoint.class).gates(org.springframework.boot.actuate.endpoint.SecurityContext.NONE);
            assertThat(json).isEqualTo(JsonReportRenderer.compact()
                    .render(context.getBean(ReadinessReport.class).report().orElseThrow()));
            assertThat(json).contains("\"verdict\":\"NO_GO\"", "\"stage\":\"test\"", "\"code\":\"test.secret.too-short\"")
                    .doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 4));
        });
    }

    @Test
    void endpointNotExposedShouldNotBeRegistered() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=health")
                .run((context) -> assertThat(context).doesNotHaveBean(GatesEndpoint.class));
    }

    @Test
    void withoutActuatorNoEndpointShouldBeRegistered() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(GatesEndpoint.class)
                        .hasSingleBean(ReadinessReport.class));
    }

    @Test
    void withoutHealthSupportNoHealthContributorShouldBeRegistered() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(GatesHealthIndicator.class));
    }

    @Test
    void healthContributorDisabledShouldNotBeRegistered() {
        runner.withPropertyValues("management.health.gates.enabled=false")
                .run((context) -> assertThat(context).doesNotHaveBean(GatesHealthIndicator.class));
    }

    @Test
    void withoutMicrometerNoMetricsShouldBeRegistered() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ReadinessAutoConfiguration.class,
                        ReadinessMetricsAutoConfiguration.class))
                .withPropertyValues("readiness.stage=test")
                .withClassLoader(new FilteredClassLoader(MeterBinder.class))
                .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReadinessMetrics.class)
                        .hasSingleBean(ReadinessReport.class));
    }

    @Test
    void readinessDisabledShouldRegisterNoIntegration() {
        runner.withPropertyValues("readiness.enabled=false").run((context) -> assertThat(context)
                .doesNotHaveBean(GatesEndpoint.class).doesNotHaveBean(GatesHealthIndicator.class)
                .doesNotHaveBean(ReadinessMetrics.class));
    }

    @Test
    void userSuppliedIntegrationsShouldReplaceTheDefaults() {
        ReadinessReport report = new ReadinessReport();
        GatesEndpoint endpoint = new GatesEndpoint(report);
        ReadinessMetrics metrics = new ReadinessMetrics(report);
        GatesHealthIndicator health = new GatesHealthIndicator(report);
        runner.withBean(GatesEndpoint.class, () -> endpoint).withBean(ReadinessMetrics.class, () -> metrics)
                .withBean("gatesHealthIndicator", GatesHealthIndicator.class, () -> health)
                .run((context) -> {
                    assertThat(context).getBean(GatesEndpoint.class).isSameAs(endpoint);
                    assertThat(context).getBean(ReadinessMetrics.class).isSameAs(metrics);
                    assertThat(context).getBean(GatesHealthIndicator.class).isSameAs(health);
                });
    }

    @Test
    void healthShouldBeUpWithTheVerdictAsDetails() {
        runner.withPropertyValues("test.jwt-secret=" + CANARY).run((context) -> {
            Health health = context.getBean(GatesHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("verdict", "NO_GO").containsEntry("stage", "test")
                    .containsEntry("blocking", false).containsEntry("noGo", 1L);
            assertThat(health.toString()).doesNotContain(CANARY);
        });
    }

    @Test
    void healthShouldBeUnknownBeforeTheGatesRan() {
        assertThat(new GatesHealthIndicator(new ReadinessReport()).health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void metersShouldCarryGateStatusAndFindingCountsWithoutValues() {
        runner.withPropertyValues("test.jwt-secret=" + CANARY, "test.legacy-mode=" + CANARY).run((context) -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(ReadinessMetrics.GATE_STATUS).tag("gate", "test.secret").gauge().value())
                    .isEqualTo(2.0);
            assertThat(registry.get(ReadinessMetrics.GATE_STATUS).tag("gate", "test.warn").gauge().value())
                    .isEqualTo(1.0);
            assertThat(registry.get(ReadinessMetrics.GATE_STATUS).tag("gate", "test.endpoint").gauge().value())
                    .isZero();
            assertThat(registry.get(ReadinessMetrics.FINDINGS).tag("gate", "test.secret").tag("severity", "no_go")
                    .gauge().value()).isEqualTo(1.0);
            assertThat(registry.get(ReadinessMetrics.FINDINGS).tag("gate", "test.warn").tag("severity", "warn")
                    .gauge().value()).isEqualTo(1.0);
            for (Meter meter : registry.getMeters()) {
                for (Tag tag : meter.getId().getTags()) {
                    assertThat(tag.getValue()).doesNotContain(CANARY.substring(0, 4)).doesNotContain("jwt");
                }
            }
        });
    }
}
