package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forty-eighth pass, the lead's rules from first contact with the blind sets 210 to 216. */
class FortyEighthPassLeadTests {

    private static List<String> problems(String name, String text) {
        var settings = ApplicationConfig.builder().configText(name, text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.severity() + " " + f.code() + " " + f.subject())
                .toList();
    }

    @Test
    void aKeyNamingAModelClassShouldHoldNoSecretButItsTokenStaysJudged() {
        assertThat(problems("settings.properties", """
                OAUTH2_PROVIDER_ACCESS_TOKEN_MODEL=oauth2_provider.AccessToken
                OAUTH2_PROVIDER_REFRESH_TOKEN_MODEL=oauth2_provider.RefreshToken
                """)).isEmpty();
        assertThat(problems("settings.properties", "OAUTH2_PROVIDER_ACCESS_TOKEN=AccessToken\n")).isNotEmpty();
    }

    @Test
    void aYesodEnvironmentReferenceShouldBeJudgedByItsDefaultAsAPlaceholderIs() {
        assertThat(problems("settings.properties", """
                archivebox-password=_env:ARCHIVEBOX_PASSWORD
                database.password=_env:YESOD_PGPASS:Vq3Lr8Tz1Wn6Kp4Hs9Xd2Fm7Cb5Gj0Ae
                """)).isEmpty();
        assertThat(problems("settings.properties", "database.password=_env:YESOD_PGPASS:changeme\n"))
                .containsExactly("NO_GO secrets.placeholder database.password");
        assertThat(problems("settings.properties", "database.password=_env:\n")).isNotEmpty();
    }
}
