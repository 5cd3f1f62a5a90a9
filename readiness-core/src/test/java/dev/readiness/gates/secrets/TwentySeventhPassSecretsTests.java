package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the twenty-seventh pass (secrets, precision): a comment that demands a blank in production makes the blank
 * the production value. Each rule with a catch and a tempting neighbour; every value is synthetic.
 */
class TwentySeventhPassSecretsTests {

    @ParameterizedTest
    @ValueSource(strings = {"DEV_AUTH_TOKEN=          # MUST be empty in prod (disables dev-auth bypass)",
        "# DEV ONLY. When set, requests skip JWT validation. MUST be empty in production.\nDEV_AUTH_TOKEN=",
        "# Test hook; must remain unset in production\nDEV_AUTH_TOKEN=",
        "# should stay blank on live servers\nDEV_AUTH_TOKEN="})
    void aBlankThatTheCommentDemandsInProductionShouldStayClean(String text) {
        assertThat(codesOf(text + "\n", "DEV_AUTH_TOKEN")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"# must NOT be empty in production\nDEV_AUTH_TOKEN=",
        "# must be empty in development, set it in production\nDEV_AUTH_TOKEN=",
        "# the token the dashboard sends\nDEV_AUTH_TOKEN="})
    void aBlankUnderACommentThatDoesNotDemandItShouldStayBlank(String text) {
        assertThat(codesOf(text + "\n", "DEV_AUTH_TOKEN")).containsExactly("secrets.blank");
    }

    private static List<String> codesOf(String text, String key) {
        Settings settings = Settings.builder().dotenv("deploy/prod.env", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }
}
