package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

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

    @Test
    void bootPropertiesShouldBindEachPropertyAsBindingTheWholeBeanWould() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("READINESS_TENANT_PACKAGES", "com.example.orders, com.example.billing",
                        "READINESS_EXIT_CODE", "3")));
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(
                "readiness.stage", "Staging", "readiness.fail-on", "WARN", "readiness.gate-timeout", "2s",
                "readiness.deadline", "1500", "readiness.waivers[0].code", "secrets.too-short",
                "readiness.waivers[0].reason", "rotated on Monday", "readiness.waivers[0].expires", "2026-12-31",
                "readiness.waivers[0].subject", "jwt.secret")));
        Binder binder = Binder.get(environment);

        ReadinessProperties boot = ReadinessRunListener.bootProperties(binder);
        ReadinessProperties whole = binder.bindOrCreate("readiness", ReadinessProperties.class);

        assertThat(boot.getStage()).isEqualTo(Stage.STAGING).isEqualTo(whole.getStage());
        assertThat(boot.getFailOn()).isEqualTo(ReadinessProperties.FailOn.WARN).isEqualTo(whole.getFailOn());
        assertThat(boot.getGateTimeout()).isEqualTo(Duration.ofSeconds(2)).isEqualTo(whole.getGateTimeout());
        assertThat(boot.getDeadline()).isEqualTo(Duration.ofMillis(1500)).isEqualTo(whole.getDeadline());
        assertThat(boot.getExitCode()).isEqualTo(3).isEqualTo(whole.getExitCode());
        assertThat(boot.getTenant().getPackages()).containsExactly("com.example.orders", "com.example.billing")
                .isEqualTo(whole.getTenant().getPackages());
        assertThat(boot.getWaivers()).singleElement().satisfies(waiver -> {
            assertThat(waiver.getCode()).isEqualTo("secrets.too-short");
            assertThat(waiver.getSubject()).isEqualTo("jwt.secret");
            assertThat(waiver.getReason()).isEqualTo("rotated on Monday");
            assertThat(waiver.getExpires()).isEqualTo("2026-12-31");
        });
    }

    @Test
    void bootPropertiesWhenUnsetShouldKeepTheDefaults() {
        ReadinessProperties boot = ReadinessRunListener.bootProperties(Binder.get(new StandardEnvironment()));
        ReadinessProperties defaults = new ReadinessProperties();

        assertThat(boot.getStage()).isNull();
        assertThat(boot.getFailOn()).isNull();
        assertThat(boot.getWaivers()).isEmpty();
        assertThat(boot.getGateTimeout()).isEqualTo(defaults.getGateTimeout());
        assertThat(boot.getDeadline()).isEqualTo(defaults.getDeadline());
        assertThat(boot.getExitCode()).isEqualTo(defaults.getExitCode());
        assertThat(boot.getTenant().getPackages()).isEmpty();
    }

    @Test
    void bootPropertiesWithAValueOfTheWrongTypeShouldFailNamingTheProperty() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("readiness.deadline", "soon")));

        assertThatExceptionOfType(BindException.class)
                .isThrownBy(() -> ReadinessRunListener.bootProperties(Binder.get(environment)))
                .satisfies(ex -> assertThat(ex.getName()).hasToString("readiness.deadline"));
    }

    @Test
    void entityTypesToReadWithoutJpaOrPackagesShouldBeNone() {
        ClassLoader withoutJpa = withoutJpa();

        assertThat(ReadinessRunListener.entityTypesToRead(List.of(), withoutJpa)).isFalse();
        assertThat(ReadinessRunListener.entityTypesToRead(List.of(" "), withoutJpa)).isFalse();
        assertThat(ReadinessRunListener.entityTypesToRead(List.of("com.example.orders"), withoutJpa)).isTrue();
        assertThat(ReadinessRunListener.entityTypesToRead(List.of(), getClass().getClassLoader())).isTrue();
    }

    @Test
    void contextPreparedWithNoEntityTypesToReadShouldStartNoEntityTypesPhase() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("readiness.stage", "development")));
        SpringApplication application = new SpringApplication(Object.class);
        application.setResourceLoader(new DefaultResourceLoader(withoutJpa()));
        ReadinessRunListener listener = new ReadinessRunListener(application, new String[0]);
        listener.environmentPrepared(null, environment);

        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.setClassLoader(application.getClassLoader());
            listener.contextPrepared(context);
            context.refresh();

            assertThat(context.containsBean(EntityTypesPhase.BEAN_NAME)).isFalse();
            assertThat(context.getBeanFactory().getBean(EarlyPhase.BEAN_NAME, EarlyPhase.class).phases()).hasSize(1);
        }
    }

    private ClassLoader withoutJpa() {
        return new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("jakarta.persistence.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
    }
}
