package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthSwitchesTests {

    private static List<Finding> check(Stage stage, Map<String, String> settings) {
        return new DatabaseGate().check(GateContext.of(stage, Settings.of(settings))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POSTGRES_HOST_AUTH_METHOD|trust",
        "MYSQL_ALLOW_EMPTY_PASSWORD|yes",
        "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD|1",
        "ALLOW_EMPTY_PASSWORD|yes"})
    void aSwitchThatTurnsPasswordAuthenticationOffIsANoGoInProduction(String key, String value) {
        assertThat(check(Stage.PRODUCTION, Map.of(key, value))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("database.auth-disabled");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POSTGRES_HOST_AUTH_METHOD|scram-sha-256",
        "POSTGRES_HOST_AUTH_METHOD|md5",
        "MYSQL_ALLOW_EMPTY_PASSWORD|no",
        "ALLOW_EMPTY_PASSWORD|false"})
    void aSwitchThatKeepsPasswordsIsClean(String key, String value) {
        assertThat(check(Stage.PRODUCTION, Map.of(key, value))).isEmpty();
    }

    @Test
    void aSuperuserUrlWithoutPasswordIsDefaultCredentialsWhenAuthenticationIsOff() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DATABASE_URL", "postgresql://postgres@postgres/planka");
        settings.put("POSTGRES_HOST_AUTH_METHOD", "trust");
        assertThat(check(Stage.PRODUCTION, settings)).extracting(Finding::subject, Finding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("DATABASE_URL", "database.default-credentials"));
    }

    @Test
    void aSuperuserUrlWithoutPasswordIsCleanWhenThePasswordComesFromElsewhere() {
        assertThat(check(Stage.PRODUCTION, Map.of("DATABASE_URL", "postgresql://postgres@db.internal/planka")))
                .extracting(Finding::code).doesNotContain("database.default-credentials");
    }
}
