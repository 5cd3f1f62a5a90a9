package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.readiness.Gate;
import dev.readiness.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The thirty-third boot pass: the boot properties are bound only where some source holds them, with the result binding
 * every one gives; the preload links core's built-in gates by name instead of reading the gates' registrations, which
 * the runner's discovery reads anyway.
 */
class ThirtyThirdPassBootTests {

    @Test
    void builtInGatesShouldBeExactlyWhatCoreRegisters() throws IOException {
        URL core = Gate.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> registered = new ArrayList<>();
        for (URL file : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/" + Gate.class.getName()))) {
            if (file.toString().contains(core.getPath())) {
                try (InputStream in = file.openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String name = line.replaceAll("#.*", "").strip();
                        if (!name.isEmpty()) {
                            registered.add(name);
                        }
                    }
                }
            }
        }

        assertThat(registered).isNotEmpty();
        assertThat(BootClasses.BUILT_IN_GATES).containsExactlyElementsOf(registered);
    }

    @Test
    void bootPropertiesOfAnEnvironmentWithoutAnyShouldBeTheDefaultsWithoutBindingAny() {
        StandardEnvironment environment = environment(Map.of("server.port", "0"), Map.of());

        assertSameAsBindingEach(environment);
        for (String name : List.of("readiness.stage", "readiness.fail-on", "readiness.waivers", "readiness.gate-timeout",
                "readiness.deadline", "readiness.exit-code", "readiness.tenant.packages")) {
            assertThat(ReadinessRunListener.mayHold(ConfigurationPropertySources.get(environment), name)).as(name)
                    .isFalse();
        }
    }

    @Test
    void bootPropertiesShouldBeWhatBindingEachGivesInEverySpelling() {
        assertSameAsBindingEach(environment(Map.of("readiness.stage", "production"), Map.of()));
        assertSameAsBindingEach(environment(Map.of("readiness.stage", "Staging", "readiness.fail-on", "WARN",
                "readiness.gate-timeout", "2s", "readiness.deadline", "1500", "readiness.exit-code", "3",
                "readiness.tenant.packages", "com.example.orders,com.example.billing",
                "readiness.waivers[0].code", "secrets.too-short", "readiness.waivers[0].reason", "rotated",
                "readiness.waivers[0].expires", "2026-12-31"), Map.of()));
        StandardEnvironment variables = environment(Map.of(), Map.of("READINESS_STAGE", "staging",
                "READINESS_FAIL_ON", "warn", "READINESS_GATE_TIMEOUT", "3s", "READINESS_DEADLINE", "4s",
                "READINESS_EXIT_CODE", "5", "READINESS_TENANT_PACKAGES", "com.example.orders",
                "READINESS_WAIVERS_0_CODE", "secrets.too-short", "READINESS_WAIVERS_0_REASON", "rotated",
                "READINESS_WAIVERS_0_EXPIRES", "2026-12-31"));
        assertSameAsBindingEach(variables);
        ReadinessProperties bound = bootProperties(variables);
        assertThat(bound.getStage()).isEqualTo(Stage.STAGING);
        assertThat(bound.getFailOn()).isEqualTo(ReadinessProperties.FailOn.WARN);
        assertThat(bound.getGateTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(bound.getDeadline()).isEqualTo(Duration.ofSeconds(4));
        assertThat(bound.getExitCode()).isEqualTo(5);
        assertThat(bound.getTenant().getPackages()).containsExactly("com.example.orders");
        assertThat(bound.getWaivers()).singleElement()
                .satisfies(waiver -> assertThat(waiver.getCode()).isEqualTo("secrets.too-short"));
        assertSameAsBindingEach(environment(Map.of("readiness.tenant.packages[0]", "com.example.orders",
                "readiness.tenant.packages[1]", "com.example.billing"), Map.of()));
    }

    @Test
    void bootPropertiesShouldBindWhatASourceThatCannotListItsNamesMayHold() {
        StandardEnvironment environment = environment(Map.of(), Map.of());
        environment.getPropertySources().addFirst(new PropertySource<Object>("opaque") {
            @Override
            public Object getProperty(String name) {
                return name.equals("readiness.gate-timeout") ? "7s" : null;
            }
        });

        assertThat(bootProperties(environment).getGateTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertSameAsBindingEach(environment);
    }

    @Test
    void bootPropertiesWithAValueOfTheWrongTypeShouldStillFailNamingTheProperty() {
        StandardEnvironment environment = environment(Map.of("readiness.deadline", "soon"), Map.of());

        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bootProperties(environment))
                .satisfies(ex -> assertThat(ex.getName()).hasToString("readiness.deadline"));
    }

    private static StandardEnvironment environment(Map<String, Object> application, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        environment.getPropertySources().addFirst(new MapPropertySource("application", application));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private static ReadinessProperties bootProperties(StandardEnvironment environment) {
        return ReadinessRunListener.bootProperties(Binder.get(environment),
                ConfigurationPropertySources.get(environment));
    }

    private static void assertSameAsBindingEach(StandardEnvironment environment) {
        ReadinessProperties asked = bootProperties(environment);
        ReadinessProperties each = ReadinessRunListener.bootProperties(Binder.get(environment));

        assertThat(asked.getStage()).isEqualTo(each.getStage());
        assertThat(asked.getFailOn()).isEqualTo(each.getFailOn());
        assertThat(asked.getGateTimeout()).isEqualTo(each.getGateTimeout());
        assertThat(asked.getDeadline()).isEqualTo(each.getDeadline());
        assertThat(asked.getExitCode()).isEqualTo(each.getExitCode());
        assertThat(asked.getTenant().getPackages()).isEqualTo(each.getTenant().getPackages());
        assertThat(asked.getWaivers()).hasSameSizeAs(each.getWaivers());
        for (int i = 0; i < asked.getWaivers().size(); i++) {
            assertThat(asked.getWaivers().get(i)).usingRecursiveComparison().isEqualTo(each.getWaivers().get(i));
        }
    }
}
