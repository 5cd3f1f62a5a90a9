package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, first contact with the blind set 198: a room display's {@code adhoc_ask_for_password = False}
 * was judged as a password of five characters and refused. A key whose secret word follows {@code ask} says whether to ask for a secret, as {@code LOG_MASK_PASSWORDS} says what to do with one; the
 * secret itself, under any key that names it, is judged as before.
 */
class FortySixthPassLeadSwitchVerbTests {

    private static List<String> problems(String text) {
        var settings = ApplicationConfig.builder().configText("room.properties", text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.subject()).toList();
    }

    @Test
    void aSwitchThatAsksForASecretShouldBeNoSecret() {
        assertThat(problems("display.adhoc_ask_for_password=False\nkiosk.ask-pin-password=true\n")).isEmpty();
    }

    @Test
    void theSecretsBesideItShouldStillBeJudged() {
        assertThat(problems("display.adhoc_ask_for_password=True\ndisplay.admin_password=kiosk1\n"))
                .containsExactly("display.admin_password");
    }
}
