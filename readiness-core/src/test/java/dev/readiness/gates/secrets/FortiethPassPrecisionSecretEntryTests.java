package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fortieth pass, precision of the secrets gate: a value that names the entry of a Secret or of a secrets backend
 * holding the setting is no placeholder. Airbyte's chart values spell the entry under a camel-case key ending in
 * {@code SecretKey} ({@code emailSecretKey: INITIAL_USER_EMAIL}), Airflow's {@code _secret} options under the option's
 * own name ({@code fernet_key_secret = fernet_key}); the tempting neighbours (a name made of the key's own words and
 * stage words, a filler, generated text, the whole key written back, a one-word stem) stay reported, and no message prints a value.
 */
class FortiethPassPrecisionSecretEntryTests {

    private static List<Finding> findings(String text, String key) {
        return ThirtySeventhPassPrecisionSecretsTests.findings(text, key);
    }

    @Test
    void anEntryNameUnderACamelCaseSecretKeyShouldNotBeReported() {
        String values = """
                global.auth.instanceAdmin.emailSecretKey=INITIAL_USER_EMAIL
                global.auth.security.jwtSignatureSecretKey=AB_JWT_SIGNATURE_SECRET
                """;
        assertThat(findings(values, "global.auth.instanceAdmin.emailSecretKey")).isEmpty();
        assertThat(findings(values, "global.auth.security.jwtSignatureSecretKey")).isEmpty();
    }

    @Test
    void aSpelledKeyAFillerOrGeneratedTextUnderSecretKeyShouldStayReported() {
        List<Finding> spelled = findings("app.jwtSecretKey=JWT_SECRET\n", "app.jwtSecretKey");
        assertThat(spelled).extracting(Finding::code).containsExactly("secrets.placeholder");
        assertThat(spelled.get(0).message()).doesNotContain("JWT_SECRET");
        assertThat(findings("app.jwtSecretKey=CHANGE_ME_JWT_SECRET\n", "app.jwtSecretKey")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
        assertThat(findings("app.jwtSecretKey=INITIAL_USER_EMAIL\n", "app.jwtSecretKey")).isNotEmpty();
        assertThat(findings("oauth.clientSecretKey=OAUTH_CLIENT_SECRET\n", "oauth.clientSecretKey")).isNotEmpty();
        assertThat(findings("app.jwtSecretKey=PROD_APP_JWT_SECRET\n", "app.jwtSecretKey")).isNotEmpty();
        assertThat(findings("server.JwtSecretKey=secretkey\n", "server.JwtSecretKey")).isNotEmpty();
    }

    @Test
    void anAirflowSecretOptionNamingItsOwnSettingShouldNotBeReported() {
        assertThat(findings("core.fernet_key_secret=fernet_key\n", "core.fernet_key_secret")).isEmpty();
        assertThat(SecretObjectReferences.namesEntryOfItsSetting("database.sql_alchemy_conn_secret",
                "sql_alchemy_conn")).isTrue();
    }

    @Test
    void theWholeKeyOrAOneWordStemUnderASecretOptionShouldStayReported() {
        List<Finding> whole = findings("kakao.client_secret=kakao_client_secret\n", "kakao.client_secret");
        assertThat(whole).extracting(Finding::code).containsExactly("secrets.placeholder");
        assertThat(whole.get(0).message()).doesNotContain("kakao_client_secret");
        assertThat(SecretObjectReferences.namesEntryOfItsSetting("oauth.client_secret", "client")).isFalse();
        assertThat(SecretObjectReferences.namesEntryOfItsSetting("core.fernet_key_secret", "fernet-key")).isFalse();
    }
}
