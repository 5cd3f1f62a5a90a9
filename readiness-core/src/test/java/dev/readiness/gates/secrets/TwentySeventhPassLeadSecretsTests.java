package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lead's readings of the twenty-seventh pass's blind sets 58 to 60: a template sentence of another language in
 * capitals ({@code INSERISCI_LA_TUA_CLIENT_SECRET}) under a secret or a credential pair's identifier; the abbreviations
 * and misspellings of "password" in keys ({@code redis.pwrd}); and a blank Flyway or Liquibase password of Spring Boot,
 * which is read only when the tool has a connection of its own.
 */
class TwentySeventhPassLeadSecretsTests {

    private static List<Finding> check(Map<String, String> values) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(values))).findings();
    }

    private static List<Finding> check(String key, String value) {
        return check(Map.of(key, value));
    }

    @Test
    void aForeignSentenceAskingForTheCredentialShouldBeAPlaceholder() {
        assertThat(check("paypal.clientSecret", "INSERISCI_LA_TUA_CLIENT_SECRET")).extracting(Finding::code)
                .contains("secrets.placeholder");
        assertThat(check("paypal.clientId", "INSERISCI_LA_TUA_CLIENT_ID")).extracting(Finding::code)
                .contains("secrets.placeholder");
        assertThat(check("api.secret", "ingrese_su_api_key_aqui")).extracting(Finding::code)
                .contains("secrets.placeholder");
    }

    @Test
    void aRandomSecretOrAnIdentifierMadeOfWordsShouldStayClean() {
        assertThat(check("paypal.clientId", "LA_TUA_CASA_SRL")).isEmpty();
        assertThat(check("paypal.clientId", "AbVx7Kq2Lm9Np4Rs8Tw1Yz6Bc3Df5Gh0Jk")).isEmpty();
        assertThat(PlaceholderPhrases.isForeignSentence("la_casa_del_sole")).isFalse();
    }

    @Test
    void passwordAbbreviationsShouldNameASecret() {
        assertThat(check("redis.pwrd", "123456")).isNotEmpty();
        assertThat(check("db.pswd", "password")).isNotEmpty();
        assertThat(check("redis.pwrd", "Zq8vN3kLp0sR7tYw2XcB5mHj9DfG4aE1")).isEmpty();
    }

    @Test
    void aBlankMigrationPasswordOverTheApplicationDataSourceShouldBeClean() {
        Map<String, String> flyway = new LinkedHashMap<>();
        flyway.put("spring.flyway.enabled", "true");
        flyway.put("spring.flyway.user", "");
        flyway.put("spring.flyway.password", "");
        flyway.put("spring.flyway.url", "");
        assertThat(check(flyway)).isEmpty();
        assertThat(check("SPRING_LIQUIBASE_PASSWORD", "")).isEmpty();
    }

    @Test
    void aBlankMigrationPasswordBesideTheToolsOwnConnectionShouldStayJudged() {
        Map<String, String> flyway = new LinkedHashMap<>();
        flyway.put("spring.flyway.url", "jdbc:postgresql://db.internal:5432/app");
        flyway.put("spring.flyway.user", "migrator");
        flyway.put("spring.flyway.password", "");
        assertThat(check(flyway)).extracting(Finding::code).contains("secrets.blank");
        assertThat(check("app.migration.password", "")).extracting(Finding::code).contains("secrets.blank");
    }
}
