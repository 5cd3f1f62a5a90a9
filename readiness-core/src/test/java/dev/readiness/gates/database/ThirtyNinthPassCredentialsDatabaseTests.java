package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-ninth pass, credentials: a URL password that is the connection's own user or database name with a count
 * appended ({@code nocodb123}, {@code shop_2024!}) is as guessable as the name alone, which was already default
 * credentials; NocoDB's own one-letter parameters ({@code pg://host:5432?u=…&p=…&d=…}) now give the database name
 * too. Beside it the values that tempt the rule: another name with digits, a name with a long number, a random
 * password, a name alone shorter than three letters.
 */
class ThirtyNinthPassCredentialsDatabaseTests {

    private static List<Finding> findingsOf(String url) {
        Settings settings = Settings.of(Map.of("NC_DB", url));
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals("NC_DB")).toList();
    }

    private static List<String> codesOf(String url) {
        return findingsOf(url).stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pg://postgres:5432?u=nocodb&p=nocodb123&d=nocodb",
            "pg://postgres:5432?u=app&p=quizzes2024&d=quizzes",
            "postgresql://shop:shop_2024!@db.internal:5432/orders",
            "mongodb://wine-house:wine-house123@db.internal:27017/wine-house"})
    void aPasswordOfTheConnectionsNameAndACountIsDefaultCredentials(String url) {
        assertThat(codesOf(url)).contains("database.default-credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pg://postgres:5432?u=nocodb&p=orders123&d=nocodb",
            "postgresql://shop:shop20240517123@db.internal:5432/orders",
            "postgresql://shop:Vq8tZr3Lw6NpXe2KbY9sJd4H@db.internal:5432/orders",
            "postgresql://qa:qa1@db.internal:5432/orders",
            "pg://postgres:5432?u=nocodb&p=${NOCODB_DB_PASSWORD}&d=nocodb"})
    void aPasswordNotMadeOfTheConnectionsNameAndACountIsNot(String url) {
        assertThat(codesOf(url)).doesNotContain("database.default-credentials");
    }

    @Test
    void theFindingNeverPrintsThePassword() {
        assertThat(findingsOf("pg://postgres:5432?u=nocodb&p=nocodb123&d=nocodb"))
                .filteredOn(finding -> finding.code().equals("database.default-credentials"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message() + finding.remediation()).doesNotContain("db123"));
    }
}
