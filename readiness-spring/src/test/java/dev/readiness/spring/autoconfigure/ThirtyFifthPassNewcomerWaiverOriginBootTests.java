package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.testgates.TestGates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Thirty-fifth pass, newcomer: at boot a waiver's findings ({@code waiver.unused}, {@code waiver.expired}) named
 * "waiver code for subject" as their origin, not where the waiver is written; a team with waivers in three profile
 * files had to search for it. They now carry the origin of the waiver's {@code code} property.
 */
class ThirtyFifthPassNewcomerWaiverOriginBootTests {

    @Test
    void anUnusedWaiverPointsAtTheLineItIsWrittenOn() {
        Origin line = new Origin() {
            @Override
            public String toString() {
                return "class path resource [application-prod.yml] - 41:13";
            }
        };
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ReadinessAutoConfiguration.class))
                .withPropertyValues("readiness.exclude-gates=" + TestGates.foreignGateIds(), "readiness.stage=production")
                .withInitializer(context -> ((ConfigurableEnvironment) context.getEnvironment()).getPropertySources()
                        .addFirst(new OriginTrackedMapPropertySource("Config resource 'class path resource"
                                + " [application-prod.yml]'", Map.of(
                                        "readiness.waivers[0].code", OriginTrackedValue.of("acme.nothing", line),
                                        "readiness.waivers[0].reason", OriginTrackedValue.of("OPS-311", line),
                                        "readiness.waivers[0].expires", OriginTrackedValue.of(
                                                java.time.LocalDate.now().plusMonths(2).toString(), line)))))
                .run(context -> {
                    Report report = context.getBean(ReadinessReport.class).report().orElseThrow();
                    Finding unused = report.findings().filter(finding -> finding.code().equals("waiver.unused"))
                            .findFirst().orElseThrow();
                    assertThat(unused.origin().description())
                            .isEqualTo("class path resource [application-prod.yml] - 41:13");
                });
    }
}
