package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Status;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Starts real Spring Boot applications and checks what the one report of a boot says: every gate counted the same
 * way whether the start is refused or goes ahead, duplicate gate ids refused naming both sources, and typos in
 * {@code readiness.*} keys named with the key they probably meant.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootReportTests {

    private static final Pattern GATE_COUNT = Pattern.compile("in (\\d+) gates");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    static class TwoGatesWithOneId {

        @Bean
        Gate carrierUrlsStrict() {
            return Gate.of("acme.carrier", "Carrier URLs are live", context -> Outcome.of(
                    Finding.of(Severity.NO_GO, "acme.carrier-sandbox", "carrier.url").message("sandbox carrier")
                            .remediation("use the live carrier").build()));
        }

        @Bean
        Gate carrierUrlsLenient() {
            return Gate.of("acme.carrier", "Carrier URLs are fine", context -> Outcome.go());
        }
    }

    static class BeanNamedLikeABuiltInGate {

        @Bean
        Gate databaseLookalike() {
            return Gate.of("database", "Looks like the built-in gate", context -> Outcome.go());
        }
    }

    /** A non-web application of {@link App} and more sources, with the properties every boot test here shares. */
    static SpringApplicationBuilder application(Class<?>... more) {
        Class<?>[] sources = new Class<?>[more.length + 1];
        sources[0] = App.class;
        System.arraycopy(more, 0, sources, 1, more.length);
        return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX",
                        // Boot's own in-memory H2 (no spring.datasource.url) is BootDataSourceTests' subject
                        "readiness.exclude-gates=database.boot-default");
    }

    private static int gateCount(String line) {
        Matcher matcher = GATE_COUNT.matcher(line);
        assertThat(matcher.find()).as(line).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void aRefusedStartShouldCountAsManyGatesAsTheGoLineOfAGoodStart(CapturedOutput output) {
        String[] common = { "readiness.stage=production", "readiness.exclude-gates=test.fact,database.boot-default" };
        try (ConfigurableApplicationContext context = application().properties(common).run()) {
            Report good = context.getBean(ReadinessReport.class).report().orElseThrow();
            assertThat(good.verdict()).isEqualTo(Status.GO);
        }
        String goLine = output.getOut().lines().filter(line -> line.contains("readiness GO for production"))
                .findFirst().orElseThrow();
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().properties(common).properties("jwt.secret=changeme").run())
                .satisfies(refused -> {
                    String summary = refused.getMessage().lines().findFirst().orElseThrow();
                    assertThat(gateCount(summary)).as(summary + " vs " + goLine).isEqualTo(gateCount(goLine));
                    assertThat(refused.getGatesNotRun()).isZero();
                });
    }

    @Test
    void theGoLineTheBannerAndTheJsonReportShouldCountTheSameGatesWhenAnExemptionIsListed(CapturedOutput output) {
        String[] common = { "readiness.stage=production", "readiness.exclude-gates=test.fact,database.boot-default",
                "readiness.sandbox.exclude-keys=IS_SANDBOX,LEGACY_URL" };
        Report good;
        try (ConfigurableApplicationContext context = application().properties(common).run()) {
            good = context.getBean(ReadinessReport.class).report().orElseThrow();
        }
        List<String> entries = good.gates().stream().map(dev.readiness.GateResult::id).toList();
        assertThat(entries).contains(dev.readiness.Readiness.EXEMPTIONS_GATE_ID);
        String json = JsonReportRenderer.compact().render(good);
        Matcher ids = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"status\"").matcher(json);
        int jsonGates = 0;
        while (ids.find()) {
            jsonGates += ids.group(1).equals(dev.readiness.Readiness.EXEMPTIONS_GATE_ID) ? 0 : 1;
        }
        String goLine = output.getOut().lines().filter(line -> line.contains("readiness GO for production"))
                .findFirst().orElseThrow();
        assertThat(goLine).contains("exemption");
        assertThat(gateCount(goLine)).as(goLine + " vs " + json).isEqualTo(jsonGates)
                .isEqualTo(entries.size() - 1);
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().properties(common).properties("jwt.secret=changeme").run())
                .satisfies(refused -> assertThat(gateCount(refused.getMessage())).isEqualTo(gateCount(goLine)));
        String banner = output.getAll().lines().dropWhile(line -> !line.contains("APPLICATION FAILED TO START"))
                .filter(line -> line.contains("readiness NO-GO for production")).findFirst().orElseThrow();
        assertThat(gateCount(banner)).as(banner + " vs " + goLine).isEqualTo(gateCount(goLine));
    }

    @Test
    void anEntityMappedWithPropertyAccessShouldBeJudgedByItsPropertiesBeforeJpaStarts() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application()
                        .properties("readiness.stage=production", "readiness.exclude-gates=test.fact,database.boot-default",
                                "readiness.tenant.attributes=organizationId",
                                "readiness.tenant.packages=dev.readiness.testfixtures.propertyaccess")
                        .run())
                .satisfies(refused -> assertThat(refused.getReport().findings()
                        .filter(finding -> finding.code().startsWith("tenant.")).map(Finding::subject))
                        .containsExactly("dev.readiness.testfixtures.propertyaccess.Forklift"));
    }

    @Test
    void aRefusedStartShouldSayHowManyGatesItDidNotReach() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(TwoGatesWithOneId.class)
                        .properties("readiness.stage=production", "jwt.secret=changeme").run())
                .satisfies(refused -> assertThat(refused.getGatesNotRun()).as("test.fact and two gate beans")
                        .isEqualTo(3));
    }

    @Test
    void twoGateBeansWithOneIdShouldBeRefusedNamingBoth() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(TwoGatesWithOneId.class).properties("readiness.stage=production").run())
                .satisfies(refused -> {
                    Finding duplicate = refused.getReport().findings()
                            .filter(finding -> finding.code().equals("gate.duplicate-id")).findFirst().orElseThrow();
                    assertThat(duplicate.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(duplicate.subject()).isEqualTo("acme.carrier");
                    assertThat(duplicate.message()).contains("bean 'carrierUrlsStrict'", "bean 'carrierUrlsLenient'");
                    assertThat(refused.getReport().findings().map(Finding::code)).contains("acme.carrier-sandbox");
                });
    }

    @Test
    void aGateBeanWithABuiltInGatesIdShouldBeRefusedNamingTheBeanAndTheBuiltInGate() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(BeanNamedLikeABuiltInGate.class)
                        .properties("readiness.stage=production").run())
                .satisfies(refused -> {
                    Finding duplicate = refused.getReport().findings()
                            .filter(finding -> finding.code().equals("gate.duplicate-id")).findFirst().orElseThrow();
                    assertThat(duplicate.message()).contains("bean 'databaseLookalike'",
                            DatabaseGate.class.getName());
                });
    }

    @Test
    void aTypoInAReadinessKeyShouldBeAWarnNamingTheKeyItProbablyMeant() {
        try (ConfigurableApplicationContext context = application()
                .properties("readiness.stage=development", "readiness.sandbox.allowed-host=api.test-lab.acme.com",
                        "readiness.sanbox.exclude-keys=LEGACY_URL", "readiness.acme.carrier-mode=live")
                .run()) {
            List<Finding> unknown = context.getBean(ReadinessReport.class).report().orElseThrow().findings()
                    .filter(finding -> finding.code().equals("properties.unknown")).toList();
            assertThat(unknown).extracting(Finding::subject).containsExactlyInAnyOrder(
                    "readiness.sandbox.allowed-host", "readiness.sanbox.exclude-keys");
            assertThat(unknown).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.WARN));
            assertThat(unknown).extracting(Finding::message).containsExactlyInAnyOrder(
                    "readiness.sandbox.allowed-host is not a readiness property and is ignored; did you mean"
                            + " readiness.sandbox.allowed-hosts?",
                    "readiness.sanbox.exclude-keys is not a readiness property and is ignored; did you mean"
                            + " readiness.sandbox.exclude-keys?");
        }
    }

    @Test
    void anEnvironmentVariableSpellingOfAKnownKeyShouldNotBeReported() {
        try (ConfigurableApplicationContext context = application()
                .properties("readiness.stage=development", "READINESS_SANDBOX_ALLOWED_HOSTS=api.test-lab.acme.com",
                        "readiness.waivers[0].code=sandbox.host", "readiness.waivers[0].reason=lab",
                        "readiness.waivers[0].expires=" + java.time.LocalDate.now().plusMonths(2), "readiness.settings.required[0]=JWT_SECRET")
                .run()) {
            assertThat(context.getBean(ReadinessReport.class).report().orElseThrow().findings()
                    .map(Finding::code)).doesNotContain("properties.unknown");
        }
    }

    @Test
    void disabledReadinessShouldLeaveNoTenantFactsEither() {
        try (ConfigurableApplicationContext context = application().properties("readiness.enabled=false",
                "readiness.tenant.packages=dev.readiness.testfixtures.jpa").run()) {
            assertThat(context.getBeanNamesForType(dev.readiness.FactContributor.class)).isEmpty();
            assertThat(context.getBeanNamesForType(ReadinessReport.class)).isEmpty();
        }
    }
}
