package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.FactContributor;
import dev.readiness.GateResult;
import dev.readiness.Phase;
import dev.readiness.Report;
import dev.readiness.Status;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.jpa.TenantFactsAutoConfiguration;
import dev.readiness.spring.testgates.TestGates;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Starts real applications and checks the late phase: the gates held back for facts (the tenant gate, the test
 * kit's {@code test.fact}) are judged without facts on the background thread when nothing outside the context can
 * contribute them, and the late phase takes that judgement unless the context defines a fact contributor.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessGateRunnerTests {

    private static final String DEBUG = "logging.level.dev.readiness.spring.autoconfigure.ReadinessGateRunner=debug";

    private static final Predicate<String> NO_JPA = name -> name.startsWith("jakarta.persistence.")
            || name.equals("META-INF/services/" + FactContributor.class.getName());

    /** A service without JPA: readiness's own auto-configuration only. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({ ReadinessAutoConfiguration.class, TenantFactsAutoConfiguration.class })
    static class App {
    }

    static class UnscopedTables {

        @Bean
        FactContributor tables() {
            return sink -> sink.put(TestGates.Tables.class, new TestGates.Tables(List.of("unscoped_orders")));
        }
    }

    private static SpringApplicationBuilder application(boolean withoutJpa, Class<?>... more) {
        Class<?>[] sources = new Class<?>[more.length + 1];
        sources[0] = App.class;
        System.arraycopy(more, 0, sources, 1, more.length);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "readiness.stage=production", "readiness.sandbox.exclude-keys=IS_SANDBOX");
        return withoutJpa ? builder.resourceLoader(new DefaultResourceLoader(new FilteredClassLoader(NO_JPA)))
                : builder;
    }

    @Test
    void bootWithoutJpaShouldJudgeGatesNeedingFactsInTheBackgroundWhenNothingCanContributeThem(CapturedOutput output) {
        try (ConfigurableApplicationContext context = application(true).properties(DEBUG).run()) {
            EarlyPhase early = context.getBean(EarlyPhase.BEAN_NAME, EarlyPhase.class);
            Phase withoutFacts = early.withoutFacts();
            assertThat(withoutFacts).isNotNull();
            assertThat(withoutFacts.gateIds()).contains("tenant", "test.fact");
            assertThat(withoutFacts.deferred()).isEmpty();
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.GO);
            GateResult judgedInTheBackground = withoutFacts.results().stream()
                    .filter(result -> result.id().equals("test.fact")).findFirst().orElseThrow();
            assertThat(report.gate("test.fact")).contains(judgedInTheBackground);
            assertThat(output.getOut()).contains("where the late phase ran 0 gates");
        }
    }

    @Test
    void bootWithoutJpaShouldStillGiveGatesTheFactsOfAContributorBean(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(true, UnscopedTables.class).properties(DEBUG).run())
                .satisfies(ex -> assertThat(ex.getReport().findings())
                        .anySatisfy(finding -> {
                            assertThat(finding.code()).isEqualTo("test.fact.unscoped");
                            assertThat(finding.subject()).isEqualTo("unscoped_orders");
                        }));
        assertThat(output.getOut()).contains("where the late phase ran 2 gates");
    }

    @Test
    void bootWithJpaOnTheClassPathShouldLeaveGatesNeedingFactsToTheEntityTypes() {
        try (ConfigurableApplicationContext context = application(false).run()) {
            EarlyPhase early = context.getBean(EarlyPhase.BEAN_NAME, EarlyPhase.class);
            assertThat(early.withoutFacts()).isNull();
            assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().gate("tenant")).isPresent();
        }
    }
}
