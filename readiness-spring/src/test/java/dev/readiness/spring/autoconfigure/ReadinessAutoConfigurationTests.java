package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.FactContributor;
import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.spring.ReadinessConfigurationException;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.testgates.TestGates;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ReadinessAutoConfigurationTests {

    private static final String CANARY = "canary-Zq8wX3vR";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReadinessAutoConfiguration.class))
            .withPropertyValues("readiness.exclude-gates=" + TestGates.foreignGateIds());

    @Test
    void autoConfigurationWithCleanConfigurationShouldStartWithGoReport() {
        runner.withPropertyValues("readiness.stage=production").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(ReadinessReport.class)
                    .hasSingleBean(ReadinessGateRunner.class);
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.GO);
            assertThat(report.stage()).isEqualTo(Stage.PRODUCTION);
            assertThat(report.gates()).extracting(dev.readiness.GateResult::id)
                    .contains("stage", "test.secret", "test.endpoint", "test.warn", "test.fact");
        });
    }

    @Test
    void badProductionConfigurationShouldFailWithEveryProblemNumbered() {
        runner.withPropertyValues("readiness.stage=production", "test.jwt-secret=" + CANARY,
                "test.payment-url=https://sandbox.pay.example/" + CANARY, "test.legacy-mode=on").run((context) -> {
                    assertThat(context).hasFailed();
                    ReadinessGateException ex = findCause(context.getStartupFailure(), ReadinessGateException.class);
                    assertThat(ex.getMessage()).contains("[1] NO-GO test.endpoint.sandbox test.payment-url")
                            .contains("[2] NO-GO test.secret.too-short test.jwt-secret")
                            .contains("[3] WARN test.warn.legacy test.legacy-mode")
                            .doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 4));
                    assertThat(ex.getExitCode()).isEqualTo(78);
                });
    }

    @Test
    void exitCodeShouldBeConfigurable() {
        runner.withPropertyValues("readiness.stage=staging", "readiness.exit-code=3", "test.jwt-secret=short")
                .run((context) -> assertThat(findCause(context.getStartupFailure(), ReadinessGateException.class)
                        .getExitCode()).isEqualTo(3));
    }

    @Test
    void exitCodeOutOfRangeShouldFailNamingTheProperty() {
        runner.withPropertyValues("readiness.exit-code=0").run((context) -> assertThat(
                findCause(context.getStartupFailure(), ReadinessConfigurationException.class).getProblems())
                .containsExactly("readiness.exit-code must be between 1 and 255, but was 0"));
    }

    @Test
    void badConfigurationInTestStageShouldStartAndReportOnly() {
        runner.withPropertyValues("readiness.stage=test", "test.jwt-secret=short").run((context) -> {
            assertThat(context).hasNotFailed();
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.verdict()).isEqualTo(Status.NO_GO);
            assertThat(report.blocks()).isFalse();
        });
    }

    @Test
    void failOnWarnShouldRefuseStartOnWarnEvenInDevelopment() {
        runner.withPropertyValues("readiness.stage=development", "readiness.fail-on=warn", "test.legacy-mode=on")
                .run((context) -> assertThat(findCause(context.getStartupFailure(), ReadinessGateException.class)
                        .getReport().verdict()).isEqualTo(Status.WARN));
    }

    @Test
    void enabledFalseShouldRegisterNothingAndStartWithBadConfiguration() {
        runner.withPropertyValues("readiness.enabled=false", "readiness.stage=production", "test.jwt-secret=short")
                .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReadinessReport.class)
                        .doesNotHaveBean(ReadinessGateRunner.class).doesNotHaveBean(ReadinessProperties.class));
    }

    @Test
    void propertiesShouldBeBoundWhenAskedForAndNotBeforehand() {
        runner.withPropertyValues("readiness.stage=staging", "readiness.deadline=7s").run((context) -> {
            assertThat(context.getBeanFactory().getBeanDefinition("readinessProperties").isLazyInit()).isTrue();
            ReadinessProperties properties = context.getBean(ReadinessProperties.class);
            assertThat(properties.getStage()).isEqualTo(Stage.STAGING);
            assertThat(properties.getDeadline()).isEqualTo(java.time.Duration.ofSeconds(7));
        });
    }

    @Test
    void invalidStageShouldFailNamingTheProperty() {
        runner.withPropertyValues("readiness.stage=prdo").run((context) -> {
            assertThat(context).hasFailed();
            BindException ex = findCause(context.getStartupFailure(), BindException.class);
            assertThat(ex.getName()).hasToString("readiness.stage");
            assertThat(ex.getMessage()).contains("readiness.stage");
        });
    }

    @Test
    void activeProfileNamedProdShouldEnforceWithoutReadinessStage() {
        runner.withPropertyValues("spring.profiles.active=prod", "test.jwt-secret=short")
                .run((context) -> assertThat(findCause(context.getStartupFailure(), ReadinessGateException.class)
                        .getReport().stage()).isEqualTo(Stage.PRODUCTION));
    }

    @Test
    void devProfileShouldOnlyReport() {
        runner.withPropertyValues("spring.profiles.active=dev", "test.jwt-secret=short").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().stage())
                    .isEqualTo(Stage.DEVELOPMENT);
        });
    }

    @Test
    void developmentStageWithProductionProfileShouldRefuseStartAsStageMismatch() {
        runner.withPropertyValues("readiness.stage=development", "spring.profiles.active=prod")
                .run((context) -> {
                    ReadinessGateException ex = findCause(context.getStartupFailure(), ReadinessGateException.class);
                    assertThat(ex.getReport().stage()).isEqualTo(Stage.DEVELOPMENT);
                    assertThat(ex.getReport().failOn()).isEqualTo(Status.NO_GO);
                    assertThat(ex.getMessage()).contains("[1] NO-GO stage.mismatch spring.profiles.active");
                });
    }

    @Test
    void aWaiverForAStageMismatchShouldBeRejectedAndTheStartStillRefused() {
        runner.withPropertyValues("readiness.stage=development", "spring.profiles.active=prod",
                "test.jwt-secret=short", "readiness.waivers[0].code=stage.mismatch",
                "readiness.waivers[0].reason=local copy of prod profile",
                "readiness.waivers[0].expires=" + java.time.LocalDate.now().plusMonths(2))
                .run((context) -> {
                    Report report = findCause(context.getStartupFailure(), ReadinessGateException.class).getReport();
                    assertThat(report.blocks()).isTrue();
                    assertThat(report.findings().map(Finding::code)).contains("stage.mismatch", "waiver.not-allowed");
                });
    }

    @Test
    void waiverShouldBindAndWaiveTheFinding() {
        runner.withPropertyValues("readiness.stage=production", "test.jwt-secret=short",
                "readiness.waivers[0].code=test.secret.too-short", "readiness.waivers[0].subject=TEST_JWT_SECRET",
                "readiness.waivers[0].reason=rotated next sprint",
                "readiness.waivers[0].expires=" + java.time.LocalDate.now().plusMonths(2))
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
                    assertThat(report.findings().filter(finding -> !finding.code().startsWith("exemption.")))
                            .singleElement().satisfies(finding -> {
                        assertThat(finding.code()).isEqualTo("test.secret.too-short");
                        assertThat(finding.waived()).isTrue();
                    });
                });
    }

    @Test
    void waiverWithoutReasonAndExpiryShouldFailNamingEveryProperty() {
        runner.withPropertyValues("readiness.waivers[0].code=test.secret.too-short",
                "readiness.waivers[1].code=test.warn.legacy", "readiness.waivers[1].reason=ok",
                "readiness.waivers[1].expires=31/12/2026").run((context) -> {
                    ReadinessConfigurationException ex = findCause(context.getStartupFailure(),
                            ReadinessConfigurationException.class);
                    assertThat(ex.getProblems()).hasSize(3);
                    assertThat(ex.getProblems().get(0)).startsWith("readiness.waivers[0].reason is required");
                    assertThat(ex.getProblems().get(1)).startsWith("readiness.waivers[0].expires is required");
                    assertThat(ex.getProblems().get(2))
                            .startsWith("readiness.waivers[1].expires must be an ISO date").contains("31/12/2026");
                });
    }

    @Test
    void waiverThatMatchesNothingShouldBeReported() {
        runner.withPropertyValues("readiness.stage=production", "readiness.waivers[0].code=test.nothing",
                "readiness.waivers[0].reason=r", "readiness.waivers[0].expires=" + java.time.LocalDate.now()
                        .plusMonths(2)).run((context) -> {
                    Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
                    assertThat(report.findings().filter(finding -> finding.code().startsWith("waiver.")))
                            .extracting(Finding::code).containsExactly("waiver.unused");
                });
    }

    @Test
    void userGateBeanNoGoShouldRefuseStart() {
        runner.withPropertyValues("readiness.stage=production").withUserConfiguration(NoGoGateConfiguration.class)
                .run((context) -> assertThat(findCause(context.getStartupFailure(), ReadinessGateException.class)
                        .getMessage()).contains("[1] NO-GO acme.carriers.down carrier-api"));
    }

    @Test
    void gateBeanWithTheIdOfAServiceLoaderGateShouldBeRefusedNamingBoth() {
        runner.withPropertyValues("readiness.stage=production", "test.jwt-secret=a-long-enough-secret-for-the-test-gate")
                .withBean("lenientSecretGate", Gate.class,
                        () -> Gate.of("test.secret", "replaced", (context) -> Outcome.go()))
                .run((context) -> {
                    Finding duplicate = findCause(context.getStartupFailure(), ReadinessGateException.class)
                            .getReport().findings().filter(finding -> finding.code().equals("gate.duplicate-id"))
                            .findFirst().orElseThrow();
                    assertThat(duplicate.subject()).isEqualTo("test.secret");
                    assertThat(duplicate.message()).contains("bean 'lenientSecretGate'",
                            TestGates.SecretGate.class.getName());
                });
    }

    @Test
    void excludedGateShouldNotRun() {
        runner.withPropertyValues("readiness.stage=production",
                "readiness.exclude-gates=acme.carriers," + TestGates.foreignGateIds())
                .withUserConfiguration(NoGoGateConfiguration.class)
                .run((context) -> assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().gate(
                        "acme.carriers")).isEmpty());
    }

    @Test
    void factContributorBeanShouldFeedGatesThatNeedFacts() {
        runner.withPropertyValues("readiness.stage=production").withUserConfiguration(FactConfiguration.class)
                .run((context) -> {
                    ReadinessGateException ex = findCause(context.getStartupFailure(), ReadinessGateException.class);
                    assertThat(ex.getReport().gate("test.fact").orElseThrow().findings())
                            .extracting(Finding::subject).containsExactly("unscoped_orders");
                });
    }

    @Test
    void failingFactContributorShouldBeNoGoWithoutItsMessage() {
        runner.withPropertyValues("readiness.stage=test")
                .withBean(FactContributor.class, () -> (sink) -> {
                    throw new IllegalStateException("jdbc:postgresql://db/app?password=" + CANARY);
                })
                .run((context) -> {
                    Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
                    assertThat(report.gate(dev.readiness.Readiness.FACTS_GATE_ID).orElseThrow().findings()).singleElement()
                            .satisfies(finding -> {
                                assertThat(finding.code()).isEqualTo("facts.failed");
                                assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                                assertThat(finding.message()).contains("IllegalStateException")
                                        .doesNotContain(CANARY);
                            });
                });
    }

    @Test
    void userSuppliedReadinessReportShouldReplaceTheDefault() {
        ReadinessReport mine = new ReadinessReport();
        runner.withPropertyValues("readiness.stage=test").withBean(ReadinessReport.class, () -> mine)
                .run((context) -> {
                    assertThat(context).getBean(ReadinessReport.class).isSameAs(mine);
                    assertThat(mine.report()).isPresent();
                });
    }

    @Test
    void userSuppliedRunnerShouldReplaceTheDefault() {
        runner.withPropertyValues("readiness.stage=production", "test.jwt-secret=short")
                .withBean("myRunner", ReadinessGateRunner.class, () -> new ReadinessGateRunner(
                        new org.springframework.core.env.StandardEnvironment(), ReadinessProperties::new,
                        new ReadinessReport(), java.util.Map::of, List::of, null, getClass().getClassLoader(),
                        java.time.Clock.systemUTC()) {
                    @Override
                    public void afterSingletonsInstantiated() {
                    }
                })
                .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ReadinessGateRunner.class)
                        .hasBean("myRunner"));
    }

    @Test
    void configurationMetadataShouldBeGeneratedForIdes() throws Exception {
        java.nio.file.Path metadata = java.nio.file.Path.of("target/classes/META-INF/spring-configuration-metadata.json");
        assertThat(metadata).exists();
        assertThat(java.nio.file.Files.readString(metadata)).contains("\"readiness.enabled\"", "\"readiness.stage\"",
                "\"readiness.fail-on\"", "\"readiness.waivers\"", "\"readiness.exit-code\"",
                "\"readiness.gate-timeout\"", "\"readiness.deadline\"", "\"readiness.settings.required\"",
                "\"readiness.tenant.attributes\"", "\"readiness.tenant.global-types\"",
                "\"management.health.gates.enabled\"", "Whether to run the gates at start-up");
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        Throwable current = failure;
        while (current != null) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
    }

    @Configuration(proxyBeanMethods = false)
    static class NoGoGateConfiguration {

        @Bean
        Gate carriersGate() {
            return Gate.of("acme.carriers", "Carrier API reachable", (context) -> Outcome.of(
                    Finding.of(Severity.NO_GO, "acme.carriers.down", "carrier-api").message("Carrier API is down.")
                            .remediation("Check the carrier API.").build()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FactConfiguration {

        @Bean
        FactContributor tables() {
            return (sink) -> sink.put(TestGates.Tables.class, new TestGates.Tables(List.of("orders", "unscoped_orders")));
        }
    }
}
