package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the eighteenth pass about values that are no secret (a cookie name, a keyword the product reads) and
 * templates under a credential pair's identifier: each with a catch and a tempting neighbour.
 */
class KeywordsAndPairIdsEighteenthPassTests {

    private static List<String> codes(String key, String value) {
        return codes(Settings.of(Map.of(key, value)), key);
    }

    private static List<String> codes(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_tidewren_key", "_kestrel_web_key", "_shop.web_key"})
    void aPhoenixSessionCookieNameShouldNotBeJudgedAsTheSessionKey(String value) {
        assertThat(codes("SESSION_KEY", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_my_key", "_secret_key", "_app_key_base", "tidewren_key", "_key", "_app_KEY"})
    void aKeyEndingThatIsNoPhoenixCookieNameShouldStillBeJudged(String value) {
        assertThat(codes("SESSION_KEY", value)).as(value).isNotEmpty();
    }

    /** The codes for {@code key} in a file of {@code lines} joined by {@code |}, read as properties or dotenv. */
    private static List<String> codesIn(String file, String lines, String key) {
        String text = lines.replace('|', '\n') + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return codes(settings, key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "configuration.properties; advanced.network_key=GENERATE|advanced.pan_id=GENERATE|advanced.ext_pan_id=GENERATE;"
                    + " advanced.network_key",
            "app.env; MESH_NETWORK_KEY=RANDOM|MESH_CHANNEL=RANDOM; MESH_NETWORK_KEY"})
    void aMakeTheValueKeywordThatANonSecretSiblingAlsoHoldsShouldBeTheProductsKeyword(String file, String lines,
            String key) {
        assertThat(codesIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"app.env; SECRET_KEY=GENERATE|DEBUG=false; SECRET_KEY",
            "configuration.properties; advanced.network_key=generate|advanced.pan_id=generate; advanced.network_key",
            "app.properties; admin.user=RANDOM|admin.password=RANDOM; admin.password",
            "app.properties; auth.secret=GENERATE|mesh.pan_id=GENERATE; auth.secret",
            "app.properties; mesh.network_key=CHANGEME|mesh.pan_id=CHANGEME; mesh.network_key"})
    void aMakeTheValueWordAloneLowerCaseOrBesideAnAccountShouldStayAPlaceholder(String file, String lines,
            String key) {
        assertThat(codesIn(file, lines, key)).as(lines).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @CsvSource({"OPENWEATHERMAP_KEY_ID, <ADD_YOUR_KEY_ID>", "config.clientId, {YOUR_AUTH0_CLIENT_ID}",
            "PUSHER_APP_ID, your-default-app-id", "TWITTER_CONSUMER_ID, {{consumer_id}}",
            "oauth.github.client-id, [client_id]", "ALGOLIA_APP_ID, insert_app_id", "MAPS_APPLICATION_ID, app_id_here"})
    void aTemplateUnderACredentialPairsIdentifierShouldBeAPlaceholder(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @CsvSource({"quarkus.oidc.client-id, example-backend-api", "signingKeyId, my-key-id",
            "GOOGLE_MAPS_MAP_ID, your_map_id_here", "APNS_KEY_ID, DG9HJCFULA", "PLAUSIBLE_SITE_ID, yoursite.com",
            "PUSHER_APP_ID, 1234567", "GITHUB_CLIENT_ID, Iv1.8a61f9b3a7aba766", "ORDER_ID, <order_id>",
            "PUSHER_APP_ID, <your app id>", "config.clientId, {4}"})
    void aNameAnIdOfAnotherThingOrASentenceUnderAnIdShouldNotBeAPlaceholder(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"your_telegram_token", "SuperSecurePassword", "xxx", "<bot-token>"})
    void aPlaceholderOfASwitchedOffIntegrationInAnExampleFileShouldWarn(String value) {
        Settings example = Settings.builder().properties("config_binance.example.properties",
                "telegram.enabled=false\ntelegram.token=" + value + "\n").build();

        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, example)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .as(value).containsExactly("WARN secrets.placeholder telegram.token");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"config.properties; telegram.enabled=false|telegram.token=your_telegram_token",
            "config.example.properties; telegram.enabled=false|telegram.token="})
    void aSwitchedOffIntegrationsPlaceholderOutsideAnExampleOrItsBlankShouldStayASlotForLater(String file,
            String lines) {
        assertThat(codesIn(file, lines, "telegram.token")).as(file + ": " + lines).isEmpty();
    }

    @Test
    void aSwitchedOnIntegrationsPlaceholderInAnExampleShouldStillStop() {
        Settings switchedOn = Settings.builder().properties("config.example.properties",
                "telegram.enabled=true\ntelegram.token=your_telegram_token\n").build();

        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, switchedOn)).findings())
                .extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("NO_GO secrets.placeholder");
    }
}
