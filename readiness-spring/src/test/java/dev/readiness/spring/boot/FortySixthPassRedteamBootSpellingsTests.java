package dev.readiness.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Finding;
import dev.readiness.spring.ReadinessGateException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Forty-sixth pass, hostile tester, at real Spring Boot starts: the actuator's {@code show-values=always} on an
 * exposed {@code env} endpoint (found: a production start that serves every secret unmasked at {@code /actuator/env}
 * was GO), and relaxed and environment-variable spellings of {@code readiness.*} that try to bring the stage down
 * under a production signal (held: the stage check refuses the start, whatever the spelling).
 */
@ExtendWith(OutputCaptureExtension.class)
class FortySixthPassRedteamBootSpellingsTests {

    private static final String CANARY = "Qx7Vb2Nm9Lp4WzKt8Rj3hT5cY1uE6oA3sD8fG2jK4lZ0xC9v";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    /** An application whose process environment (as Spring Boot reads environment variables) holds {@code env}. */
    private static SpringApplicationBuilder application(Map<String, Object> env, String... properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).environment(environment)
                .properties("spring.main.banner-mode=off", "spring.datasource.generate-unique-name=true",
                        "readiness.sandbox.exclude-keys=IS_SANDBOX",
                        "readiness.exclude-gates=test.secret,test.endpoint,test.warn,test.fact,database.boot-default")
                .properties(properties);
    }

    private static ReadinessGateException refused(SpringApplicationBuilder application) {
        ReadinessGateException[] refused = new ReadinessGateException[1];
        assertThatExceptionOfType(ReadinessGateException.class).isThrownBy(application::run)
                .satisfies(exception -> refused[0] = exception);
        return refused[0];
    }

    @Test
    void valuesShownOnAnExposedEnvEndpointShouldRefuseAProductionStart(CapturedOutput output) {
        ReadinessGateException refused = refused(application(
                Map.of("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "*", "JWT_SECRET", CANARY),
                "readiness.stage=production", "management.endpoint.env.show-values=always"));
        assertThat(refused.getReport().findings().filter(finding -> finding.severity().name().equals("NO_GO"))
                .map(Finding::code)).containsExactly("secrets.shown-by-actuator");
        assertThat(refused.getMessage()).doesNotContain(CANARY.substring(0, 4));
        assertThat(output.getAll()).doesNotContain(CANARY.substring(0, 4)).doesNotContain(CANARY.substring(8, 12));
    }

    @Test
    void valuesShownOnlyToAuthorizedUsersShouldStart() {
        try (ConfigurableApplicationContext context = application(
                Map.of("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "*", "JWT_SECRET", CANARY),
                "readiness.stage=production", "management.endpoint.env.show-values=when-authorized").run()) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void aStageVariableSaidDevelopmentUnderAProductionProfileShouldRefuseTheStart() {
        for (String spelling : new String[] {"READINESS_STAGE", "READINESS_Stage", "readiness_stage"}) {
            ReadinessGateException refused = refused(application(Map.of(spelling, "development"),
                    "spring.profiles.active=prod", "jwt.secret=changeme"));
            assertThat(refused.getReport().findings().map(Finding::code)).as(spelling)
                    .contains("stage.mismatch", "secrets.placeholder");
        }
    }

    @Test
    void aRelaxedStagePropertyUnderAProductionVariableShouldRefuseTheStart() {
        for (String spelling : new String[] {"readiness.Stage=development", "readiness[stage]=development",
                "readiness.STAGE=test"}) {
            ReadinessGateException refused = refused(application(Map.of("APP_ENV", "production"), spelling,
                    "jwt.secret=changeme"));
            assertThat(refused.getReport().findings().map(Finding::code)).as(spelling).contains("stage.mismatch");
        }
    }
}
