package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-fourth pass: the thirty-third pass drops a template address's {@code sandbox.reserved-host}
 * when its section's own switch says off. A switch that only looks off hid it: {@code enabled: ${FLAG:false}} is off
 * only until the deploy sets one variable, and {@code disabled: false} beside {@code enabled: false} says the section
 * runs. Both keep the finding now; a plain {@code enabled: false} (and Spring's trimmed {@code "false "}) still drops it.
 */
class ThirtyFourthPassRedteamSwitchedOffTests {

    private static List<String> reserved(Map<String, String> environment, String yaml) {
        var settings = ApplicationConfig.builder().environment(environment).configText("settings.yml", yaml).build()
                .settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.code().equals("sandbox.reserved-host")).map(f -> f.subject()).toList();
    }

    @Test
    void aSwitchThatIsOnlyAVariablesDefaultShouldNotHideTheTemplateAddress() {
        String yaml = "scaling:\n  enabled: ${SCALING_ENABLED:false}\n  endpoint: https://nomad.example.com/v1\n";
        assertThat(reserved(Map.of(), yaml)).containsExactly("scaling.endpoint");
        assertThat(reserved(Map.of("SCALING_ENABLED", "true"), yaml)).containsExactly("scaling.endpoint");
        assertThat(reserved(Map.of(), "scaling:\n  enabled: ${SCALING_ENABLED}\n  endpoint: https://nomad.example.com/\n"))
                .containsExactly("scaling.endpoint");
    }

    @Test
    void aDisabledSiblingSayingFalseShouldNotLetAnEnabledFalseHideTheTemplateAddress() {
        String yaml = "scaling:\n  enabled: false\n  disabled: false\n  endpoint: https://nomad.example.com/v1\n";
        assertThat(reserved(Map.of(), yaml)).containsExactly("scaling.endpoint");
    }

    @Test
    void aPlainOffSwitchShouldStillDropIt() {
        assertThat(reserved(Map.of(), "scaling:\n  enabled: false\n  endpoint: https://nomad.example.com/v1\n")).isEmpty();
        assertThat(reserved(Map.of(), "scaling:\n  enabled: \"false \"\n  endpoint: https://nomad.example.com/v1\n"))
                .isEmpty();
        assertThat(reserved(Map.of(), "scaling:\n  enabled: false\n  disabled: true\n  endpoint: https://nomad.example.com/v1\n"))
                .isEmpty();
        // the variable set to false by the deploy's own environment given here is off as written there
        assertThat(reserved(Map.of(), "scaling:\n  enabled: 'no'\n  endpoint: https://nomad.example.com/v1\n")).isEmpty();
    }
}
