package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Maven filtering tokens ({@code @db.password@}) are filled at build time; text around {@code @} is still judged. */
class MavenResourceTokensTests {

    @ParameterizedTest
    @ValueSource(strings = {"@db.password@", "@project.version@", "@jdbc-url@", "@DB_PASSWORD@", "@_sysconfdir@"})
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
        assertThat(GateCodes.of(key, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"spring.datasource.password|p@ssw0rd@", "jwt.secret|@changeme",
            "spring.datasource.url|jdbc:h2:mem:@db@"})
    void aLiteralWithAtSignsShouldStillBeJudged(String key, String value) {
        assertThat(GateCodes.of(key, value)).as(value).isNotEmpty();
    }
}
