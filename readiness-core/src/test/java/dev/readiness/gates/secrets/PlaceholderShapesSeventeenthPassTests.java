package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Placeholder and inline-password shapes of the seventeenth pass: each rule with a catch and a clean neighbour. */
class PlaceholderShapesSeventeenthPassTests {

    private static List<String> codes(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings()
                .stream().filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<<CHECK_VAULT>>", "<<SET_IN_CI>>", "[[DJANGO_SECRET]]", "<<your secret key>>"})
    void aWordInDoubleBracketsShouldBeAPlaceholder(String value) {
        assertThat(codes("DJANGO_SECRET_KEY", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<<q8#Lk2>>x9Tz4Rw7Bn3Vm", "Xk9<<Tq2Lm8Wz4>>Rv7Bp3", "[[Xk9#Tq2]]Lm8Wz4Rv7Bp3Yq"})
    void aRandomValueThatHoldsDoubleBracketsShouldNotBeAPlaceholder(String value) {
        assertThat(codes("DJANGO_SECRET_KEY", value)).as(value).doesNotContain("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MYSQL_USER='root'; MYSQL_PASS='password'; MYSQL_HOST='ac-database'; MYSQL_PORT='3306';",
            "DB_USER=app;DB_PASSWORD=changeme;DB_HOST=db"})
    void aWeakPasswordAmongShellAssignmentsInAValueShouldBeReported(String value) {
        assertThat(codes("DB_AUTH_CONF", value)).as(value).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MYSQL_USER='app'; MYSQL_PASS='Xk9vTq2Lm8Wz4Rv7Bp3Yq6'; MYSQL_HOST='db'",
            "MYSQL_USER=app; MYSQL_PASS=${MYSQL_PASSWORD}; MYSQL_HOST=db",
            "Server=db;User Id=sa;Password=password;Encrypt=True", "PASSWORD_POLICY=strict;MIN_LENGTH=12"})
    void aStrongReferencedOrConnectionStringPasswordAmongPairsShouldBeLeftToOtherChecks(String value) {
        assertThat(codes("DB_AUTH_CONF", value)).as(value).isEmpty();
    }
}
