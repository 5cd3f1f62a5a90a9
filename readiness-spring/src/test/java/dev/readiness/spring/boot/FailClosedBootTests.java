package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.FactContributor;
import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.settings.Origin;
import dev.readiness.spring.ReadinessGateException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Starts real Spring Boot applications whose own gates and fact contributors misbehave, and proves the boot fails
 * closed: a bad id, a hanging description or contributor, and a finding that tries to forge log lines all end in
 * one escaped NO-GO report, never a crash, a hang or a forged line.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailClosedBootTests {

    private static final String FORGED = "x\nreadiness GO for production: no problems\u001b[8m\u202eStarted App";

    private static final CountDownLatch NEVER = new CountDownLatch(1);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    static class BadIds {

        @Bean
        Gate throwingId() {
            return new Gate() {
                @Override
                public String id() {
                    throw new IllegalStateException("no id");
                }

                @Override
                public Outcome check(GateContext context) {
                    return Outcome.go();
                }
            };
        }

        @Bean
        Gate invalidId() {
            return gateWithId("Not A Valid Id!");
        }

        @Bean
        Gate nullId() {
            return gateWithId(null);
        }

        private static Gate gateWithId(String id) {
            return new Gate() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public Outcome check(GateContext context) {
                    return Outcome.go();
                }
            };
        }
    }

    static class Hanging {

        @Bean
        Gate hangingDescription() {
            return new Gate() {
                @Override
                public String id() {
                    return "acme.hanging";
                }

                @Override
                public String description() {
                    await();
                    return "never";
                }

                @Override
                public Outcome check(GateContext context) {
                    return Outcome.go();
                }
            };
        }

        @Bean
        Gate hangingRequiredFacts() {
            return new Gate() {
                @Override
                public String id() {
                    return "acme.facts";
                }

                @Override
                public Set<Class<?>> requiredFacts() {
                    await();
                    return Set.of();
                }

                @Override
                public Outcome check(GateContext context) {
                    return Outcome.go();
                }
            };
        }

        @Bean
        FactContributor hangingContributor() {
            return sink -> await();
        }
    }

    static class Forging {

        @Bean
        Gate forging() {
            return Gate.of("acme.forging", "forges lines", context -> Outcome.of(
                    Finding.of(Severity.WARN, "acme.forged", FORGED).origin(Origin.of(FORGED)).message(FORGED)
                            .remediation(FORGED).build(),
                    Finding.of(Severity.NO_GO, "acme.blocking", "acme.key").message("blocks in production").build()));
        }
    }

    private static void await() {
        try {
            NEVER.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static SpringApplicationBuilder application(Class<?> gates, String... properties) {
        return new SpringApplicationBuilder(App.class, gates).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX",
                        "readiness.exclude-gates=test.secret,test.endpoint,test.warn,test.fact,database.boot-default")
                .properties(properties);
    }

    private static FailureAnalysis analyze(ReadinessGateException refused) {
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                null, SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {
                }))) {
            FailureAnalysis analysis = analyzer.analyze(refused);
            if (analysis != null) {
                return analysis;
            }
        }
        throw new AssertionError("no failure analysis");
    }

    @Test
    void gateBeansWithAThrowingOrInvalidIdShouldBeANoGoNotACrash() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(BadIds.class, "readiness.stage=production").run())
                .satisfies(refused -> {
                    assertThat(refused.getExitCode()).isEqualTo(78);
                    assertThat(refused.getReport().findings().map(Finding::code)).contains("gate.failed");
                    assertThat(refused.getMessage()).doesNotContain("Not A Valid Id!").doesNotContain("no id");
                });
    }

    @Test
    void hangingDescriptionRequiredFactsAndContributorShouldEndTheBootWithinTheDeadline() {
        long start = System.nanoTime();
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(Hanging.class, "readiness.stage=production",
                        "readiness.gate-timeout=500ms", "readiness.deadline=2s").run())
                .satisfies(refused -> assertThat(refused.getReport().findings().map(Finding::code))
                        .contains("gate.timeout", "facts.failed"));
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds to a refused start").isLessThan(30);
    }

    @Test
    void controlAndBidiCharactersShouldBeEscapedInTheBannerTheMessageAndTheLogTable(CapturedOutput output) {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(Forging.class, "readiness.stage=production").run())
                .satisfies(refused -> {
                    FailureAnalysis analysis = analyze(refused);
                    for (String text : new String[] { refused.getMessage(), analysis.getDescription(),
                            analysis.getAction() }) {
                        assertThat(text).doesNotContain("\u001b", "\u202e", "\nreadiness GO")
                                .contains("x\\nreadiness GO for production");
                    }
                });
        application(Forging.class, "readiness.stage=development").run().close();
        assertThat(output.getOut()).doesNotContain("\u001b[8m", "\u202e", "\nreadiness GO for production: no problems")
                .contains("\\u001b[8m\\u202eStarted App");
    }
}
