package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessGateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts real Spring Boot applications whose {@code application.properties} still holds Maven filtering tokens
 * ({@code @orders.jwt.secret@}) because the build copied it without filtering (a project without the starter parent's
 * resource filtering). The build goal and the CLI judge such a token in a packaged jar as the text the service runs
 * with (forty-seventh pass); at a real start it was skipped as one the build would fill, so the service started and
 * signed its tokens with the eighteen characters {@code @orders.jwt.secret@} (the forty-seventh hostile tester's
 * open item). At start-up nothing fills it any more: it is judged as written.
 */
class FortyEighthPassLeadBootMavenTokenTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    private static SpringApplicationBuilder application(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "readiness.stage=production",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX", "readiness.exclude-gates=test.fact",
                        "spring.config.location=classpath:/apps/unfiltered/",
                        // no pool is made, so no driver is needed: the gates judge the settings alone
                        "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
                .properties(properties);
    }

    @Test
    void tokensTheBuildLeftUnfilledShouldBeJudgedAsTheTextTheServiceStartsWith() {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application().run())
                .satisfies(refused -> {
                    assertThat(refused.getReport().findings()
                            .filter(finding -> finding.severity() == Severity.NO_GO).map(Finding::subject)
                            .distinct()).contains("app.jwt.secret", "spring.datasource.password")
                            .doesNotContain("info.app.version");
                    assertThat(refused.getMessage()).doesNotContain("@orders.jwt.secret@")
                            .doesNotContain("orders.jwt.secret@");
                });
    }

    @Test
    void valuesTheBuildFilledShouldStartAsBefore() {
        try (ConfigurableApplicationContext context = application().run(
                "--app.jwt.secret=Hq4Zt8Wv2Ln6Xp0Rk3Ms7Dj1Fb5Gc9Ya2Te6Uo4Ie8Bn5Ku7",
                "--spring.datasource.password=Vp3Lw8Qz1Rn6Tk4Hs9Xd2Fm7Cb5Gj0Ae",
                "--info.app.version=1.4.2")) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
