package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-fifth pass: the thirty-fourth pass drops a setting's address findings when the setting's
 * own switch ({@code check_origin_enable} beside {@code check_origins}) says off. A switch that only looks off hid a
 * template address, as the section switch did a pass before: {@code webhook_url_enabled=${WEBHOOK_ON:false}} is off only
 * until the deploy sets one variable, and {@code webhook_url_disabled=false} beside it says the setting is used. Both
 * keep the finding now; a plain {@code false} written in the file still drops it.
 */
class ThirtyFifthPassRedteamOwnSwitchTests {

    private static List<String> reserved(Map<String, String> environment, String properties) {
        var settings = ApplicationConfig.builder().environment(environment)
                .configText("application.properties", properties).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.code().equals("sandbox.reserved-host")).map(f -> f.subject()).toList();
    }

    @Test
    void anOwnSwitchThatIsOnlyAVariablesDefaultShouldNotHideTheTemplateAddress() {
        String file = "payments.webhook_url=https://hooks.example.com/pay\n"
                + "payments.webhook_url_enabled=${WEBHOOK_ON:false}\n";
        assertThat(reserved(Map.of(), file)).containsExactly("payments.webhook_url");
        assertThat(reserved(Map.of("WEBHOOK_ON", "true"), file)).containsExactly("payments.webhook_url");
        assertThat(reserved(Map.of(), "payments.webhook_urls=https://hooks.example.com/pay\n"
                + "payments.webhook_url-enabled=${WEBHOOK_ON}\n")).containsExactly("payments.webhook_urls");
    }

    @Test
    void aDisabledSiblingSayingFalseShouldNotLetTheOwnSwitchHideTheTemplateAddress() {
        assertThat(reserved(Map.of(), "payments.webhook_url=https://hooks.example.com/pay\n"
                + "payments.webhook_url_enabled=false\npayments.webhook_url_disabled=false\n"))
                .containsExactly("payments.webhook_url");
    }

    @Test
    void aPlainOwnSwitchOffShouldStillDropIt() {
        assertThat(reserved(Map.of(), "payments.webhook_url=https://hooks.example.com/pay\n"
                + "payments.webhook_url_enabled=false\n")).isEmpty();
        assertThat(reserved(Map.of(), "payments.webhook_urls=https://hooks.example.com/pay\n"
                + "payments.webhook_url-enabled=off\npayments.webhook_url_disabled=true\n")).isEmpty();
    }
}
