package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ReadinessRunListenerTests {

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
