package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.jpa.TenantFactsAutoConfiguration;
import dev.readiness.spring.testgates.TestGates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code readiness.enabled} read one way everywhere, thirtieth pass: the run listener reads it through Spring Boot's
 * binder ({@code on}, {@code yes} and {@code 1} are true; {@code off}, {@code no} and {@code 0} false), but the
 * auto-configurations were kept only for the word {@code true}, so {@code READINESS_ENABLED=1} or
 * {@code readiness.enabled: on} ran the early phase and left out the late phase, the report bean, the actuator
 * endpoint and the tenant facts: the gates needing beans then ran only after the web server had started.
 */
class ThirtiethPassRedteamEnabledTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReadinessAutoConfiguration.class,
                    TenantFactsAutoConfiguration.class))
            .withPropertyValues("readiness.exclude-gates=" + TestGates.foreignGateIds());

    @ParameterizedTest
    @ValueSource(strings = { "true", "TRUE", "on", "yes", "1", "On" })
    void aValueTheBinderReadsAsTrueShouldKeepTheGatesAndRefuseABadStart(String value) {
        runner.withPropertyValues("readiness.enabled=" + value, "readiness.stage=production",
                "test.jwt-secret=short").run((context) -> {
                    assertThat(context).hasFailed();
                    assertThat(causes(context.getStartupFailure())).hasAtLeastOneElementOfType(ReadinessGateException.class);
                });
        runner.withPropertyValues("readiness.enabled=" + value, "readiness.stage=production")
                .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ReadinessReport.class)
                        .hasSingleBean(ReadinessGateRunner.class).hasBean("readinessEntityScanPersistentTypesContributor"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "false", "FALSE", "off", "no", "0" })
    void aValueTheBinderReadsAsFalseShouldRegisterNothing(String value) {
        runner.withPropertyValues("readiness.enabled=" + value, "readiness.stage=production",
                "test.jwt-secret=short").run((context) -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(ReadinessReport.class).doesNotHaveBean(ReadinessGateRunner.class)
                        .doesNotHaveBean("readinessEntityScanPersistentTypesContributor"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "maybe", "ture", "disabled" })
    void aValueThatIsNoBooleanShouldRefuseTheStartNamingTheProperty(String value) {
        runner.withPropertyValues("readiness.enabled=" + value, "readiness.stage=production").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(causes(context.getStartupFailure())).extracting(Throwable::getMessage)
                    .anySatisfy(message -> assertThat(message).contains("readiness.enabled"))
                    .anySatisfy(message -> assertThat(message).contains(value));
        });
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> causes = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
