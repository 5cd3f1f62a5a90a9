package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-sixth pass's precision rules of the secrets gate, each with the tempting clean value that goes quiet and
 * the catch that stays. Values are shaped like the open sets' but written here.
 *
 * <ul>
 *   <li>A blank password of a named connection whose engine switch picks SQLite (Django's
 *       {@code DATABASES.default.ENGINE=django.db.backends.sqlite3} beside {@code DATABASES.default.PASSWORD=}) is
 *       unused, as {@code DB_PASSWORD=} beside {@code DB_CONNECTION=sqlite} already was; another connection's
 *       password, a server engine's, and an engine that is only a reference's default stay judged.</li>
 *   <li>A chart's blank top-level key beside its top-level {@code existingSecret} is one the chart fills, as a
 *       section's already was; the same blank without the offer stays reported.</li>
 *   <li>The kinds of token a client signs in with ({@code idtoken}, {@code access_token}) under an
 *       {@code authentication} key are modes, like {@code cookie} and {@code bearer}; a token-like value there stays a
 *       password.</li>
 * </ul>
 */
class FortySixthPassPrecisionTests {

    @Test
    void blankPasswordOfANamedSqliteConnectionShouldNotBeReported() {
        assertThat(findingsIn("settings_local.properties", "DATABASES.default.PASSWORD",
                "DATABASES.default.ENGINE=django.db.backends.sqlite3", "DATABASES.default.NAME=site.db",
                "DATABASES.default.USER=", "DATABASES.default.PASSWORD=")).isEmpty();
        assertThat(findingsIn("settings_local.properties", "DATABASES.archive.PASSWORD",
                "DATABASES.archive.ENGINE=django.db.backends.sqlite3", "DATABASES.archive.PASSWORD=")).isEmpty();
    }

    @Test
    void blankPasswordOfAServerConnectionOrAnotherAliasShouldStayReported() {
        assertThat(findingsIn("settings_prod.properties", "DATABASES.default.PASSWORD",
                "DATABASES.default.ENGINE=django.db.backends.postgresql", "DATABASES.default.PASSWORD="))
                .extracting(Finding::code).contains("secrets.blank");
        assertThat(findingsIn("settings_prod.properties", "DATABASES.default.PASSWORD",
                "DATABASES.cache.ENGINE=django.db.backends.sqlite3",
                "DATABASES.default.ENGINE=django.db.backends.mysql", "DATABASES.default.PASSWORD="))
                .extracting(Finding::code).contains("secrets.blank");
        assertThat(findingsIn("database.properties", "production.password", "development.dialect=sqlite",
                "development.password=", "production.dialect=mysql", "production.password="))
                .extracting(Finding::code).contains("secrets.blank");
    }

    @Test
    void anEmbeddedEngineThatIsOnlyAReferencesDefaultShouldNotExplainABlankPassword() {
        assertThat(findingsIn("settings_prod.properties", "DATABASES.default.PASSWORD",
                "DATABASES.default.ENGINE=${DJANGO_DB_ENGINE:django.db.backends.sqlite3}",
                "DATABASES.default.PASSWORD=")).extracting(Finding::code).contains("secrets.blank");
        assertThat(findingsIn("prod.env", "DB_PASSWORD", "DB_CONNECTION=${DB_DRIVER:-sqlite}", "DB_PASSWORD="))
                .extracting(Finding::code).contains("secrets.blank");
    }

    @Test
    void blankTopLevelKeyBesideATopLevelExistingSecretShouldNotBeReported() {
        assertThat(findingsIn("values.properties", "secret", "replicaCount=2", "secret=", "existingSecret="))
                .isEmpty();
        assertThat(findingsIn("values.properties", "secretKey", "existingSecret=mailer-env", "secretKey="))
                .isEmpty();
    }

    @Test
    void blankTopLevelSecretWithoutTheOfferShouldStayReported() {
        assertThat(findingsIn("values.properties", "secretKey", "replicaCount=2", "secretKey=",
                "auth.existingSecret=")).extracting(Finding::code).contains("secrets.blank");
        assertThat(findingsIn("prod.env", "SECRET_KEY", "SECRET_KEY=", "EXISTING_SECRET_NAME=app-env"))
                .extracting(Finding::code).contains("secrets.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"idtoken", "id_token", "access-token", "cookie"})
    void tokenKindsNamedAsAnAuthenticationModeShouldNotBeReported(String mode) {
        assertThat(findingsIn("application-prod.properties", "micronaut.security.authentication",
                "micronaut.security.authentication=" + mode)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"idtoken-4f9a2c7e1b8d3f6a", "myapitoken", "xoxb-5512-token-f3a9"})
    void tokenLikeValuesUnderAnAuthenticationKeyShouldStayReported(String value) {
        assertThat(findingsIn("application-prod.properties", "gateway.authentication",
                "gateway.authentication=" + value)).as(value).isNotEmpty();
    }
}
