package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Starts real Spring Boot applications with the settings a newcomer's service has and earlier passes left unjudged:
 * a {@code ${X}} that nothing defines where the service runs, and settings of a {@code @PropertySource} file, which
 * Spring adds while it parses configuration classes, after the environment was prepared.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootSettingsTests {

    private static final String MISSING = "NEWCOMER_SIGNING_SECRET_NOBODY_DEFINES";

    static final AtomicInteger singletonsCreated = new AtomicInteger();

    /** A configuration class with its own properties file, as many services still have. */
    @Configuration(proxyBeanMethods = false)
    @PropertySource("classpath:newcomer/extra.properties")
    static class WithPropertySource {

        @Bean
        Object countedSingleton() {
            singletonsCreated.incrementAndGet();
            return new Object();
        }
    }

    /**
     * Adds a property source once every registry post-processor has run (as a late framework integration might),
     * after the second judgement could start in the background.
     */
    static class AddsASourceLate {

        @Bean
        static org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor lateSource(
                org.springframework.core.env.ConfigurableEnvironment environment) {
            return new org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor() {

                @Override
                public void postProcessBeanDefinitionRegistry(
                        org.springframework.beans.factory.support.BeanDefinitionRegistry registry) {
                }

                @Override
                public void postProcessBeanFactory(
                        org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
                    environment.getPropertySources().addLast(new org.springframework.core.env.MapPropertySource(
                            "late-source", java.util.Map.of("jwt.secret", "changeme")));
                }
            };
        }

        @Bean
        Object countedSingleton() {
            singletonsCreated.incrementAndGet();
            return new Object();
        }
    }

    /** An empty properties file: nothing to judge again. */
    @Configuration(proxyBeanMethods = false)
    @PropertySource("classpath:newcomer/empty.properties")
    static class EmptyPropertySource {
    }

    /** A properties file that defines what {@code application} properties refer to. */
    @Configuration(proxyBeanMethods = false)
    @PropertySource("classpath:newcomer/signing.properties")
    static class DefinesTheReference {
    }

    /** A bean of the service's own that cannot be created, as a connection pool given a bad URL fails. */
    @Configuration(proxyBeanMethods = false)
    static class FailingBean {

        @Bean
        Object failingClient() {
            throw new IllegalStateException("the client could not be created");
        }
    }

    @BeforeEach
    void reset() {
        singletonsCreated.set(0);
    }

    private static SpringApplicationBuilder application(Class<?>... more) {
        return BootReportTests.application(more).properties("readiness.exclude-gates=test.fact,database.boot-default");
    }

    private static List<Finding> unresolved(Report report) {
        return report.findings().filter(finding -> finding.code().equals("settings.unresolved")).toList();
    }

    @Test
    void aReferenceNothingDefinesShouldRefuseAProductionStartNamingTheKeyAndTheVariable() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().properties("readiness.stage=production",
                        "acme.signing.secret=${" + MISSING + "}").run())
                .satisfies(refused -> {
                    List<Finding> unresolved = unresolved(refused.getReport());
                    assertThat(unresolved).singleElement().satisfies(finding -> {
                        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                        assertThat(finding.subject()).isEqualTo("acme.signing.secret");
                        assertThat(finding.message()).contains("the property or variable " + MISSING + ", which nothing defines");
                        assertThat(finding.remediation()).contains("Define " + MISSING + " where the service is");
                    });
                    assertThat(refused.getMessage()).contains("settings.unresolved", "acme.signing.secret");
                });
    }

    @Test
    void aReferenceNothingDefinesShouldBeAWarnInDevelopmentAndTheServiceStarts() {
        try (ConfigurableApplicationContext context = application().properties("readiness.stage=development",
                "acme.carrier.url=https://${" + MISSING + "}/v2/labels").run()) {
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(unresolved(report)).singleElement().satisfies(finding -> {
                assertThat(finding.severity()).isEqualTo(Severity.WARN);
                assertThat(finding.subject()).isEqualTo("acme.carrier.url");
                assertThat(finding.message()).contains(MISSING);
            });
        }
    }

    @Test
    void anOptionalPlainSettingWithAReferenceNothingDefinesShouldWarnAndLetAProductionServiceStart() {
        try (ConfigurableApplicationContext context = application().properties("readiness.stage=production",
                "acme.reports.archive-bucket=${" + MISSING + "}").run()) {
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(unresolved(report)).singleElement().satisfies(finding -> {
                assertThat(finding.severity()).isEqualTo(Severity.WARN);
                assertThat(finding.subject()).isEqualTo("acme.reports.archive-bucket");
            });
        }
    }

    @Test
    void aBrokerHostThatBootIgnoresBesideItsAddressesShouldNotBeReportedAtBoot() {
        // session 23's worker: spring.rabbitmq.host=localhost for development, spring.rabbitmq.addresses in the
        // production profile; Boot connects to the addresses, and the start was logged with a sandbox.local-host WARN
        try (ConfigurableApplicationContext context = application().properties("readiness.stage=production",
                "spring.rabbitmq.host=localhost",
                "spring.rabbitmq.addresses=amqps://rabbit-1.mq.acme-cloud.net:5671").run()) {
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.findings().map(Finding::subject)).doesNotContain("spring.rabbitmq.host");
        }
        try (ConfigurableApplicationContext context = application().properties("readiness.stage=production",
                "spring.rabbitmq.host=localhost").run()) {
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(report.findings().filter(finding -> finding.code().equals("sandbox.local-host"))
                    .map(Finding::subject)).containsExactly("spring.rabbitmq.host");
        }
    }

    /** A strong value whose SHA-256 the service's own catalog {@code newcomer/retired-secrets.tsv} lists. */
    private static final String RETIRED = "Lg7pQ2rT9wXz4KvB8nM1sD6fH3jY5cA0eR2uW7iO9pL4kN8b";

    @Test
    void aCatalogShippedOnTheClassPathShouldBeReadAtBootAndNamedWhenMissing() {
        // spring.md: readiness.secrets.catalog takes classpath: locations. Session 23's service packaged its catalog
        // and was refused with "the secrets catalog [redacted]: cannot be read (file not found)".
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().properties("readiness.stage=production",
                        "readiness.secrets.catalog=classpath:newcomer/retired-secrets.tsv",
                        "ledger.signing-secret=" + RETIRED).run())
                .satisfies(refused -> assertThat(refused.getReport().findings()
                        .filter(finding -> finding.severity() == Severity.NO_GO).toList())
                        .singleElement().satisfies(finding -> {
                            assertThat(finding.code()).isEqualTo("secrets.published-default");
                            assertThat(finding.subject()).isEqualTo("ledger.signing-secret");
                            assertThat(finding.message()).contains("retired-secrets.tsv:2");
                        }));
        try (ConfigurableApplicationContext context = application().properties("readiness.stage=production",
                "readiness.secrets.catalog=classpath:newcomer/retired-secrets.tsv").run()) {
            assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().findings()
                    .filter(finding -> finding.code().endsWith("catalog-invalid"))).isEmpty();
        }
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().properties("readiness.stage=production",
                        "readiness.secrets.catalog=classpath:newcomer/no-such-catalog.tsv").run())
                .satisfies(refused -> assertThat(refused.getMessage())
                        .contains("secrets.catalog-invalid", "classpath:newcomer/no-such-catalog.tsv")
                        .doesNotContain("[redacted]"));
    }

    @Test
    void aReferenceWithADefaultOrDefinedElsewhereShouldNotBeReported() {
        try (ConfigurableApplicationContext context = application().properties("readiness.stage=production",
                "acme.timeout=${" + MISSING + ":30s}", "acme.region=eu-west-1", "acme.where=${acme.region}",
                "acme.escaped=\\${" + MISSING + "}").run()) {
            assertThat(unresolved(context.getBean(ReadinessReport.class).report().orElseThrow())).isEmpty();
        }
    }

    @Test
    void aRequiredKeyWithAReferenceNothingDefinesShouldBeReportedOnce() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().properties("readiness.stage=production",
                        "readiness.settings.required=acme.signing.secret",
                        "acme.signing.secret=${" + MISSING + "}").run())
                .satisfies(refused -> assertThat(unresolved(refused.getReport())).singleElement()
                        .satisfies(finding -> assertThat(finding.message()).contains(MISSING)));
    }

    @Test
    void aPropertySourceFileShouldBeJudgedBeforeAnySingletonIsCreated() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(WithPropertySource.class).properties("readiness.stage=production")
                        .run())
                .satisfies(refused -> {
                    Finding placeholder = refused.getReport().findings()
                            .filter(finding -> finding.subject().equals("jwt.secret")).findFirst().orElseThrow();
                    assertThat(placeholder.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(placeholder.origin().toString()).contains("newcomer/extra.properties");
                    assertThat(refused.getStackTrace()[0].getClassName()).as("refused at the barrier")
                            .endsWith("ReadinessBarrier");
                });
        assertThat(singletonsCreated).as("singletons of the application created").hasValue(0);
    }

    @Test
    void aReferenceThatAPropertySourceFileDefinesShouldNotBeReportedAsUnresolved() {
        try (ConfigurableApplicationContext context = application(DefinesTheReference.class)
                .properties("readiness.stage=production", "acme.signing.url=https://${APP_SIGNING_HOST}/sign")
                .run()) {
            Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(unresolved(report)).isEmpty();
            assertThat(report.findings().map(Finding::subject)).doesNotContain("acme.signing.url");
        }
    }

    @Test
    void onlyAnAddedSourceHoldingPropertiesShouldCostASecondJudgement(CapturedOutput output) {
        String debug = "logging.level.dev.readiness.spring.autoconfigure.ReadinessBarrier=debug";
        try (ConfigurableApplicationContext context = application(EmptyPropertySource.class)
                .properties("readiness.stage=development", debug).run()) {
            assertThat(output).doesNotContain("judged the settings again");
        }
        try (ConfigurableApplicationContext context = application(DefinesTheReference.class)
                .properties("readiness.stage=development", debug).run()) {
            assertThat(output).contains("judged the settings again, with the property sources added after the"
                    + " environment was prepared (class path resource [newcomer/signing.properties]), in the"
                    + " background once the configuration classes were parsed");
        }
    }

    @Test
    void aSourceAddedAfterTheConfigurationClassesWereParsedShouldStillBeJudgedBeforeAnySingleton(
            CapturedOutput output) {
        singletonsCreated.set(0);
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(AddsASourceLate.class).properties("readiness.stage=production",
                        "logging.level.dev.readiness.spring.autoconfigure.ReadinessBarrier=debug").run())
                .satisfies(refused -> assertThat(refused.getReport().findings()
                        .filter(finding -> finding.subject().equals("jwt.secret")).map(Finding::severity))
                        .containsExactly(Severity.NO_GO));
        assertThat(output).contains("(late-source), on the main thread at the barrier");
        assertThat(output).doesNotContain("in the background once the configuration classes were parsed");
        assertThat(singletonsCreated).as("singletons of the application created").hasValue(0);
    }

    @Test
    void aStartThatFailsAfterTheBarrierShouldStillShowWhatTheGatesFound(CapturedOutput output) {
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> application(FailingBean.class)
                .properties("readiness.stage=production", "acme.reports.archive-bucket=${" + MISSING + "}").run());

        assertThat(output.getOut() + output.getErr())
                .contains("the start failed after the gates had judged the settings")
                .contains("settings.unresolved", "acme.reports.archive-bucket");
    }

    @Test
    void aStartThatFailsAfterAGoBarrierShouldAddNoReadinessLine(CapturedOutput output) {
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> application(FailingBean.class)
                .properties("readiness.stage=production").run());

        assertThat(output.getOut() + output.getErr()).doesNotContain("the start failed after the gates");
    }

    @Test
    void aStartThatFailsAfterAGoBarrierShouldStillShowTheWaiverThatLetItPass(CapturedOutput output) {
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> application(FailingBean.class)
                .properties("readiness.stage=production", "jwt.secret=changeme",
                        "readiness.waivers[0].code=secrets.placeholder", "readiness.waivers[0].subject=jwt.secret",
                        "readiness.waivers[0].reason=Rotated in SEC-12 before the launch",
                        "readiness.waivers[0].expires=" + java.time.LocalDate.now().plusMonths(2))
                .run());

        assertThat(output.getOut() + output.getErr())
                .contains("the start failed after the gates had judged the settings and let it go on with findings"
                        + " waived")
                .contains("secrets.placeholder", "jwt.secret")
                .contains(": Rotated in SEC-12 before the launch")
                .doesNotContain("changeme");
    }

    @Test
    void aSandboxValueTheEnvironmentGivesAReferencingKeyShouldBeOneProblemOnTheVariable() {
        org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
        environment.getPropertySources().replace(
                org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new org.springframework.core.env.SystemEnvironmentPropertySource(
                        org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        java.util.Map.of("MAILGUN_DOMAIN", "sandbox7c1f0e5a2b9d4e31a8f6c2d9e0b7a4c5.mailgun.org",
                                "TWILIO_FROM_NUMBER", "+15005550006")));

        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().environment(environment).properties("readiness.stage=production",
                        "spring.config.location=classpath:newcomer/notify.yml").run())
                .satisfies(refused -> {
                    Report report = refused.getReport();
                    List<Finding> sandbox = report.findings()
                            .filter(finding -> finding.code().startsWith("sandbox.") && !finding.waived()
                                    && finding.severity() == Severity.NO_GO)
                            .toList();
                    assertThat(sandbox).extracting(Finding::code, Finding::subject).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("sandbox.provider-host", "MAILGUN_DOMAIN"),
                            org.assertj.core.groups.Tuple.tuple("sandbox.test-credential", "TWILIO_FROM_NUMBER"));
                    assertThat(sandbox).extracting(Finding::message).anySatisfy(message -> assertThat(message)
                            .contains("MAILGUN_DOMAIN, which notify.mail.domain references; fix it there."));
                    assertThat(sandbox).extracting(finding -> finding.origin().description())
                            .containsOnly("environment variable MAILGUN_DOMAIN", "environment variable TWILIO_FROM_NUMBER");
                });
    }

    @Test
    void aBadValueInASystemPropertyOrVariableShouldStillBeReportedBesideTheLoggingPropertiesAndShellVariablesLeftOut() {
        org.springframework.core.env.StandardEnvironment environment = injected(java.util.Map.of(
                "MAILGUN_DOMAIN", "sandbox7c1f0e5a2b9d4e31a8f6c2d9e0b7a4c5.mailgun.org",
                "LC_ALL", "api.sandbox.paypal.com", "PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", "/home/app",
                "PWD", "/app", "LANG", "C.UTF-8", "TERM", "xterm", "USER", "app"));
        environment.getPropertySources().replace(
                org.springframework.core.env.StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                new org.springframework.core.env.MapPropertySource(
                        org.springframework.core.env.StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                        java.util.Map.of("jwt.secret", "changeme", "PID", "4242", "CONSOLE_LOG_CHARSET", "UTF-8",
                                "LOG_FILE", "/var/log/changeme.log")));

        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().environment(environment).properties("readiness.stage=production")
                        .run())
                .satisfies(refused -> {
                    List<Finding> problems = refused.getReport().findings()
                            .filter(finding -> finding.severity() == Severity.NO_GO && !finding.waived()).toList();
                    assertThat(problems).extracting(Finding::subject)
                            .contains("jwt.secret", "MAILGUN_DOMAIN", "LC_ALL")
                            .doesNotContain("PID", "CONSOLE_LOG_CHARSET", "LOG_FILE", "spring.application.pid", "PATH",
                                    "HOME", "PWD", "LANG", "TERM", "USER");
                });
    }

    private static org.springframework.core.env.StandardEnvironment injected(java.util.Map<String, Object> variables) {
        org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
        environment.getPropertySources().replace(
                org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new org.springframework.core.env.SystemEnvironmentPropertySource(
                        org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }

    @Test
    void connectionStringsTheEnvironmentInjectsShouldNotBeReportedAsPasswordsPackagedInTheProfileFile() {
        try (ConfigurableApplicationContext context = application().environment(injected(java.util.Map.of(
                        "MONGODB_URI", "mongodb+srv://events-svc:9f2c71d04be8a35e6d1f0c7b28a4e9d3f5b6a1c8"
                                + "@cluster0.ab12c.mongodb.net/events",
                        "REDIS_URL", "rediss://default:4e8b1d9c2f7a06e35b9d8c1f4a7e2b60d3c5f918@redis.acme-prod.com:6380",
                        "RABBITMQ_ADDRESSES", "amqps://events-svc:c3a9e1f74b2d8065f1e9a3c7d5b08e2f64a1c9d7"
                                + "@rabbit.acme-prod.com:5671",
                        "KAFKA_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"events-svc\" password=\"5d0c8e2a7f1b94c36e8a0d5f2b7c149e3a6f8d01\";")))
                .profiles("prod")
                .properties("readiness.stage=production", "spring.config.location=classpath:newcomer25/").run()) {
            assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().findings()
                    .filter(finding -> finding.code().equals("secrets.packaged"))).isEmpty();
        }
    }

    @Test
    void aDefaultBrokerLoginAndAPublishedJaasPasswordTheEnvironmentInjectsShouldEachBeOneProblemOnTheVariable() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().environment(injected(java.util.Map.of(
                                "RABBITMQ_ADDRESSES", "amqp://guest:guest@rabbit.acme-prod.com:5672",
                                "KAFKA_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule"
                                        + " required username=\"admin\" password=\"admin-secret\";")))
                        .profiles("prod")
                        .properties("readiness.stage=production", "spring.config.location=classpath:newcomer25/",
                                "MONGODB_URI=mongodb+srv://cluster0.ab12c.mongodb.net/events",
                                "REDIS_URL=rediss://redis.acme-prod.com:6380")
                        .run())
                .satisfies(refused -> {
                    List<Finding> found = refused.getReport().findings()
                            .filter(finding -> finding.code().equals("database.default-credentials")
                                    || finding.code().equals("secrets.published-default"))
                            .toList();
                    assertThat(found).extracting(Finding::code, Finding::subject).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("database.default-credentials", "RABBITMQ_ADDRESSES"),
                            org.assertj.core.groups.Tuple.tuple("secrets.published-default", "KAFKA_JAAS_CONFIG"));
                    assertThat(found).extracting(Finding::message).anySatisfy(message -> assertThat(message)
                            .endsWith("RABBITMQ_ADDRESSES, which spring.rabbitmq.addresses references; fix it there."));
                });
    }
}
