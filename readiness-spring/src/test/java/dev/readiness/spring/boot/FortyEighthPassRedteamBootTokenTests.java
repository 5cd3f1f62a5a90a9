package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.spring.ReadinessGateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hostile testing, forty-eighth pass: real Spring Boot starts whose {@code app.jwt.secret} is a Maven token no build
 * filled ({@code @orders.jwt.secret@}), reaching the running {@code Environment} by routes other than a whole value of
 * {@code application.properties}: a profile file, a YAML string, {@code SPRING_APPLICATION_JSON}, a command-line
 * argument, a placeholder's default, a value in quotes, a Spring expression. The service signs with those characters
 * whatever the route, so every start is refused, and the refusal shows no part of the token.
 */
class FortyEighthPassRedteamBootTokenTests {

    private static final String STRONG = "Hq4Zt8Wv2Ln6Xp0Rk3Ms7Dj1Fb5Gc9Ya2Te6Uo4Ie8Bn5Ku7";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    private static SpringApplicationBuilder application(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "readiness.stage=production",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX", "readiness.exclude-gates=test.fact",
                        "spring.config.location=classpath:/apps/redteam48/",
                        "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
                .properties(properties);
    }

    private static void refused(SpringApplicationBuilder application, String... args) {
        assertThatExceptionOfType(ReadinessGateException.class)
                .isThrownBy(() -> application.run(args))
                .satisfies(refused -> {
                    assertThat(refused.getReport().findings()
                            .filter(finding -> finding.severity() == Severity.NO_GO).map(Finding::subject))
                            .contains("app.jwt.secret");
                    assertThat(refused.getMessage()).doesNotContain("orders.jwt").doesNotContain("jwt.secret@");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"quoted", "defaulted", "spel", "profiled"})
    void aTokenInAProfileFileShouldRefuseTheStart(String profile) {
        refused(application("spring.profiles.active=" + profile));
    }

    @Test
    void aTokenOnTheCommandLineShouldRefuseTheStart() {
        refused(application(), "--app.jwt.secret=@orders.jwt.secret@");
    }

    @Test
    void aTokenInSpringApplicationJsonShouldRefuseTheStart() {
        refused(application("spring.application.json={\"app\":{\"jwt\":{\"secret\":\" @orders.jwt.secret@ \"}}}"));
    }

    @Test
    void aStrongSecretAndTheDefaultsEnvironmentVariableShouldStart() {
        try (ConfigurableApplicationContext context = application().run()) {
            assertThat(context.isActive()).isTrue();
        }
        try (ConfigurableApplicationContext context = application("spring.profiles.active=defaulted",
                "ORDERS_JWT_SECRET_RT48=" + STRONG).run()) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
