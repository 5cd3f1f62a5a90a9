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

/**
 * Thirty-ninth pass, transport: PEAR DB's option array beside its connection array (vtiger's and SuiteCRM's
 * {@code config.inc.php}: {@code $dbconfigoption['ssl'] = false} beside {@code $dbconfig['db_server']}) switches TLS
 * off for that connection, a WARN like {@code DB_SSL=false}. The options of a section that is no database connection
 * (a mail client's {@code SmtpClientOptions.UseSsl}), and the switch kept on, stay clean. postgres_exporter's
 * {@code DATA_SOURCE_URI}, a URL without its scheme ({@code postgres:5432/${POSTGRES_DB}?sslmode=disable}), switches
 * TLS off in its query as a full URL does; {@code sslmode=require} and a query without a TLS parameter do not.
 */
class ThirtyNinthPassTransportDatabaseTests {

    private static List<Finding> findingsOn(Map<String, String> values, String key) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(values))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    private static Map<String, String> vtiger(String ssl) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dbconfig.db_server", "20.0.0.21");
        values.put("dbconfig.db_port", ":3306");
        values.put("dbconfig.db_username", "vtigeradm");
        values.put("dbconfig.db_password", "Wq8tZr3Lw6NpXe2K");
        values.put("dbconfig.db_name", "vtiger");
        values.put("dbconfig.db_type", "mysqli");
        values.put("dbconfigoption.persistent", "true");
        values.put("dbconfigoption.ssl", ssl);
        return values;
    }

    @Test
    void aConnectionsOptionSwitchingTlsOffIsAWarn() {
        List<Finding> findings = findingsOn(vtiger("false"), "dbconfigoption.ssl");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("database.tls-disabled", Severity.WARN));
        assertThat(findings.get(0).message()).startsWith("dbconfigoption.ssl ").doesNotContain("Wq8t");
    }

    @Test
    void theOptionKeptOnIsClean() {
        assertThat(findingsOn(vtiger("true"), "dbconfigoption.ssl")).isEmpty();
    }

    @Test
    void theOptionsOfAMailClientAreNotADatabases() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SmtpClientOptions.Host", "smtp.acme-mail.io");
        values.put("SmtpClientOptions.Port", "25");
        values.put("SmtpClientOptions.UseSsl", "false");
        values.put("ConnectionStrings.DefaultConnection", "Server=db.internal;Database=app;User Id=app;");
        assertThat(findingsOn(values, "SmtpClientOptions.UseSsl")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"postgres:5432/${POSTGRES_DB}?sslmode=disable",
            "db.internal:5432/${POSTGRES_DB}?sslmode=disable&connect_timeout=10"})
    void aSchemelessDataSourceUriSwitchingTlsOffIsAWarn(String uri) {
        assertThat(findingsOn(Map.of("DATA_SOURCE_URI", uri), "DATA_SOURCE_URI"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("database.tls-disabled", Severity.WARN));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"postgres:5432/${POSTGRES_DB}?sslmode=require",
            "postgres:5432/${POSTGRES_DB}?connect_timeout=10", "postgres:5432/${POSTGRES_DB}"})
    void aSchemelessDataSourceUriKeepingTlsIsClean(String uri) {
        assertThat(findingsOn(Map.of("DATA_SOURCE_URI", uri), "DATA_SOURCE_URI")).extracting(Finding::code)
                .doesNotContain("database.tls-disabled");
    }
}
