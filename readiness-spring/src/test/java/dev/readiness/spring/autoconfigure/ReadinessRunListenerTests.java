package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class ReadinessRunListenerTests {

    @Test
    void switchedOffShouldSaySoOnceWithWhereItWasSwitchedOff(CapturedOutput output) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("readiness.enabled", "false", "jwt.secret", "Vb7kQ2mLp9zX4rTn6wE1s")));
        ReadinessRunListener listener = new ReadinessRunListener(new SpringApplication(Object.class), new String[0]);

        listener.environmentPrepared(null, environment);

        assertThat(output.getOut() + output.getErr())
                .containsOnlyOnce("readiness is switched off (readiness.enabled=false")
                .contains("commandLineArgs")
                .doesNotContain("Vb7k");
    }

    @Test
    void earlyPhaseShouldJudgeTheEnvironmentAsItWasWhenPreparedThoughSpringBootMovesSourcesAfterwards() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("defaultProperties",
                Map.of("readiness.stage", "production", "readiness.sandbox.exclude-keys", "IS_SANDBOX")));
        ReadinessRunListener listener = new ReadinessRunListener(new SpringApplication(Object.class), new String[0]);

        listener.environmentPrepared(null, environment);
        environment.getPropertySources().remove("defaultProperties");

        try (GenericApplicationContext context = new GenericApplicationContext()) {
            listener.contextPrepared(context);
            EarlyPhase early = context.getBeanFactory().getBean(EarlyPhase.BEAN_NAME, EarlyPhase.class);
            early.join();
            assertThat(early.settings().value("readiness.sandbox.exclude-keys")).contains("IS_SANDBOX");
        }
    }
}
