package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Maven filtering tokens ({@code @db.password@}) are filled at build time; text around {@code @} is still judged. */
class MavenResourceTokensTests {

    private static List<String> codes(String key, String value) {
        GateContext context = GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)));
        return Stream.concat(new SecretsGate().check(context).findings().stream(),
                new DatabaseGate().check(context).findings().stream())
                .filter(finding -> finding.severity() != Severity.INFO).map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@db.password@", "@project.version@", "@jdbc-url@", "@DB_PASSWORD@"})
    void aWholeTokenShouldBeRecognised(String value) {
        assertThat(MavenResourceTokens.isWholeToken(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@@", "@1abc@", "p@ss@", "@change me@", "@Microsoft.KeyVault(SecretUri=x)", "secret@"})
    void otherTextWithAtSignsShouldNotBeAToken(String value) {
        assertThat(MavenResourceTokens.isWholeToken(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"spring.datasource.password|@db.password@", "spring.datasource.url|@db.url@",
            "jwt.secret|@jwt.secret@"})
    void aValueTheBuildFillsInShouldRaiseNoAlarm(String key, String value) {
        assertThat(codes(key, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"spring.datasource.password|p@ssw0rd@", "jwt.secret|@changeme",
            "spring.datasource.url|jdbc:h2:mem:@db@"})
    void aLiteralWithAtSignsShouldStillBeJudged(String key, String value) {
        assertThat(codes(key, value)).as(value).isNotEmpty();
    }
}
