package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookieNamesTests {

    private static List<Finding> production(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SESSION_KEY|_Dev_Community_Session",
        "SESSION_KEY|_myapp_session",
        "app.session-key|connect.sid",
        "COOKIE_KEY|shop_cart_cookie",
        "SESSION_KEY|_tidewren_key",
        "SESSION_KEY|_ledger_web_key"})
    void aSessionKeyHoldingACookieNameIsNoSecret(String key, String value) {
        assertThat(CookieNames.isCookieName(key, value)).isTrue();
        assertThat(production(key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SESSION_KEY|super_secret_session",
        "SESSION_KEY|change_me_session",
        "SESSION_KEY|_app_session_2024",
        "SESSION_KEY|sessionsessionsession",
        "SESSION_SECRET|_myapp_session",
        "JWT_KEY|_myapp_session",
        "SESSION_KEY|_session_key",
        "SESSION_KEY|_secret_key",
        "SESSION_KEY|_my_key",
        "SESSION_KEY|tidewren_key",
        "SESSION_KEY|_tidewren_key_2"})
    void secretWordsDigitsOrOtherKeysAreStillJudgedAsSecrets(String key, String value) {
        assertThat(CookieNames.isCookieName(key, value)).isFalse();
        assertThat(production(key, value)).isNotEmpty();
    }
}
