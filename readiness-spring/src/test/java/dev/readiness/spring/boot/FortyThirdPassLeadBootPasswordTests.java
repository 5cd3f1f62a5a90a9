package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessGateException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts real Spring Boot applications whose data source password is {@code ${…:}} with the variable unset: Spring
 * resolves it blank, and the boot names that mistake with the code the build and the CLI give the empty default,
 * {@code database.default-credentials}, so that one waiver covers it in all three places.
 */
class FortyThirdPassLeadBootPasswordTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    private static SpringApplicationBuilder application(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "readiness.stage=production",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX", "readiness.exclude-gates=test.fact",
                        "spring.datasource.url=jdbc:postgresql://orders-db.prod.internal:5432/orders",
                        "spring.datasource.username=orders")
                .properties(properties);
    }

    @Test
    void anEmptyDefaultPasswordResolvedBlankAtBootShouldBeTheDefaultCredentialsTheCliNames() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(
                        "spring.datasource.password=${READINESS_S43_UNSET_ORDERS_DB_PASSWORD:}").run())
                .satisfies(refused -> assertThat(refused.getReport().findings()
                        .filter(finding -> finding.subject().equals("spring.datasource.password"))
                        .map(finding -> finding.severity() + " " + finding.code()))
                        .containsExactly("NO_GO database.default-credentials"));
    }

    @Test
    void aWaiverOfThatCodeShouldCoverTheBlankPasswordAtBoot() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application(
                        "spring.datasource.password=${READINESS_S43_UNSET_ORDERS_DB_PASSWORD:}",
                        "readiness.waivers[0].code=database.default-credentials",
                        "readiness.waivers[0].subject=spring.datasource.password",
                        "readiness.waivers[0].reason=trust authentication on the private network until 2027",
                        "readiness.waivers[0].expires=" + LocalDate.now().plusDays(30),
                        "readiness.settings.required=ORDERS_FEATURE_FLAG").run())
                .satisfies(refused -> {
                    assertThat(refused.getReport().findings()
                            .filter(finding -> !finding.waived() && finding.severity() != Severity.INFO)
                            .map(Finding::code)).containsExactly("settings.missing");
                    assertThat(refused.getReport().findings().filter(Finding::waived).map(Finding::code))
                            .containsExactly("database.default-credentials");
                });
    }
}
