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

class ExplicitNullsTests {

    @ParameterizedTest(name = "{0}={1} is left unset")
    @CsvSource(delimiter = '|', value = {"REDIS_PASSWORD|null", "MAIL_PASSWORD|null", "GITHUB_TOKEN|NULL",
        "NEXMO_SECRET| null "})
    void leavesUnsetWhenAnOptionalSecretIsNullShouldSayYes(String key, String value) {
        assertThat(ExplicitNulls.leavesUnset(key, value)).isTrue();
    }

    @ParameterizedTest(name = "{0}={1} is judged")
    @CsvSource(delimiter = '|', value = {"DB_PASSWORD|null", "spring.datasource.password|null",
        "MYSQL_PASSWORD|null", "POSTGRES_PASSWORD|Null", "REDIS_PASSWORD|nullable", "REDIS_PASSWORD|nul",
        "GITHUB_TOKEN|''"})
    void leavesUnsetWhenADatabasePasswordIsNullOrTheValueIsNotNullShouldSayNo(String key, String value) {
        assertThat(ExplicitNulls.leavesUnset(key, value)).isFalse();
    }

    @Test
    void checkWhenLaravelNullsAnOptionalSecretShouldPassAndStillReportANullDatabasePassword() {
        List<Finding> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(
                "REDIS_PASSWORD", "null", "MAIL_PASSWORD", "null", "GITHUB_TOKEN", "null",
                "DB_PASSWORD", "null")))).findings();

        assertThat(findings).extracting(Finding::subject).containsExactly("DB_PASSWORD");
        assertThat(findings).extracting(Finding::code).containsExactly("secrets.placeholder");
    }
}
