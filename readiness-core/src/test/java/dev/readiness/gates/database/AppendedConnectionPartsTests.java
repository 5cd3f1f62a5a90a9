package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A key whose last word names the part appended to a connection ({@code …_CONN_OPTIONS}, {@code …_ARGS},
 * {@code …_QUERY}) holds parameters, not a connection with a missing host; a .NET options section's connection
 * string is still the connection.
 */
class AppendedConnectionPartsTests {

    private static List<String> codes(String key, String value) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value))))
                .findings().stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LETTER_TRACKING_DB_CONN_OPTIONS|?sslmode=require&gssEncMode=disable",
            "DB_CONN_ARGS|sslmode=require", "DATABASE_URL_QUERY|?ssl=true", "POSTGRES_CONN_OPTS|sslmode=verify-full"})
    void parametersAppendedToAConnectionShouldNotBeALoopbackConnection(String key, String value) {
        assertThat(codes(key, value)).as(key).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PostgresOptions.ConnectionString|Host=localhost;Database=app;Username=postgres;Password=postgres",
            "DB_CONN|host=localhost dbname=app user=postgres password=postgres"})
    void aConnectionUnderAnOptionsSectionShouldStillBeJudged(String key, String value) {
        assertThat(codes(key, value)).as(key).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "APPLICATIONINSIGHTS_CONNECTION_STRING|InstrumentationKey=$(APPINSIGHTS_INSTRUMENTATIONKEY)",
            "APPLICATIONINSIGHTS_CONNECTION_STRING|InstrumentationKey=00000000-0000-0000-0000-000000000000"})
    void aCloudServiceConnectionStringOfOneFieldShouldNotBeADatabase(String key, String value) {
        assertThat(codes(key, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"DB_CONNECTION_STRING|host=localhost user=postgres password=postgres",
            "ConnectionStrings.Default|Server=localhost;Database=app;User Id=sa;Password=sa"})
    void aDatabaseConnectionStringShouldStillBeJudged(String key, String value) {
        assertThat(codes(key, value)).as(value).isNotEmpty();
    }
}
