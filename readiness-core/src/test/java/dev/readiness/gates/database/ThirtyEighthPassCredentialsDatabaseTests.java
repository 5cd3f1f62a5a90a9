package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-eighth pass, credentials: a URL password made of the connection's own user or database name, a stage word and
 * a password word ({@code medpaper:medpaper_dev_pwd}, LiteLLM's compose file) is as guessable as
 * {@code ckandbuser:ckandbpassword}, which was already default credentials. Beside it the values that tempt the rule:
 * a stage word with no password word, a name the connection does not hold, a random password, a stage word alone.
 */
class ThirtyEighthPassCredentialsDatabaseTests {

    private static List<String> codesOf(String url) {
        Settings settings = Settings.of(Map.of("LITELLM_DATABASE_URL", url));
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals("LITELLM_DATABASE_URL")).map(finding -> finding.code())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://medpaper:medpaper_dev_pwd@db.internal:5432/medpaper_litellm",
            "postgresql://shop:shop-prod-pass@db.internal:5432/orders",
            "postgresql://app:billing-staging-pw@db.internal:5432/billing"})
    void aPasswordOfTheConnectionsNameAStageAndAPasswordWordIsDefaultCredentials(String url) {
        assertThat(codesOf(url)).contains("database.default-credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://medpaper:medpaper_dev@db.internal:5432/medpaper_litellm",
            "postgresql://medpaper:orders_dev_pwd@db.internal:5432/medpaper_litellm",
            "postgresql://medpaper:Vq8tZr3Lw6NpXe2KbY9sJd4H@db.internal:5432/medpaper_litellm",
            "postgresql://medpaper:dev_pwd@db.internal:5432/medpaper_litellm"})
    void aPasswordNotMadeOfTheConnectionsOwnNamesIsNot(String url) {
        assertThat(codesOf(url)).doesNotContain("database.default-credentials");
    }
}
