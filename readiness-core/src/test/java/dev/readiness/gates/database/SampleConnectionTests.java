package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection whose credentials are a sample's as shipped (a well-known password, one that spells the user's or the
 * database's name, a blank to fill in) is a developer's or a template's: a database on loopback or a test-named
 * database there is NO-GO. A local proxy to a production database, reached with a real or referenced password, stays
 * a WARN, and so does a test name beside real credentials.
 */
class SampleConnectionTests {

    private static final String STRONG = "Rk8mW2qN6vT4zX1c";

    private static List<Finding> production(Map<String, String> values) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(values))).findings();
    }

    private static Severity severityOf(List<Finding> findings, String code, String subject) {
        return findings.stream().filter(f -> f.code().equals(code) && f.subject().equals(subject))
                .map(Finding::severity).findFirst().orElse(null);
    }

    static Stream<Arguments> loopbackWithSampleCredentials() {
        return Stream.of(
                arguments("jdbc.url.primary", Map.of("jdbc.url.primary", "jdbc:postgresql://localhost:5432/app",
                        "jdbc.username", "postgres", "jdbc.password", "admin")),
                arguments("system.datasource.hostName", Map.of("system.datasource.hostName", "localhost",
                        "system.datasource.username", "postgres", "system.datasource.password", "postgres")),
                arguments("omero_server_dbhost", Map.of("omero_server_dbhost", "localhost",
                        "omero_server_dbuser", "omero", "omero_server_dbpassword", "omero")),
                arguments("DB_HOST", Map.of("DB_HOST", "localhost", "POSTGRES_USER", "postgres",
                        "POSTGRES_PASSWORD", "postgres")),
                arguments("spring.datasource.url", Map.of("spring.datasource.url",
                        "jdbc:postgresql://localhost:5432/petclinic", "spring.datasource.username", "postgres",
                        "spring.datasource.password", "petclinic")),
                arguments("spring.datasource.url", Map.of("spring.datasource.url", "jdbc:mysql://localhost:3306/app",
                        "spring.datasource.username", "portal", "spring.datasource.password", "portalpwd")),
                arguments("database.default.hostname", Map.of("database.default.hostname", "localhost",
                        "database.default.username", "root", "database.default.password", "****")),
                arguments("production.host", Map.of("production.adapter", "postgresql", "production.host", "localhost",
                        "production.username", "msf", "production.password", "______________")),
                arguments("spring.datasource.url", Map.of("spring.datasource.url",
                        "jdbc:postgresql://127.0.0.1:5432/devicehive", "spring.datasource.username", "postgres",
                        "spring.datasource.password", "12345")),
                arguments("spring.datasource.url", Map.of("spring.datasource.url", "jdbc:mysql://localhost:3306/de",
                        "spring.datasource.username", "root", "spring.datasource.password", "1qaz@WSX")),
                arguments("DB_HOST", Map.of("DB_HOST", "localhost", "DB_USERNAME", "database_username",
                        "DB_PASSWORD", "database_user_password")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("loopbackWithSampleCredentials")
    void aLoopbackDatabaseOpenedWithASamplesCredentialsShouldBeNoGo(String key, Map<String, String> values) {
        List<Finding> findings = production(values);

        assertThat(severityOf(findings, "database.loopback", key)).isEqualTo(Severity.NO_GO);
        assertThat(findings).filteredOn(f -> f.code().equals("database.loopback")).allSatisfy(f -> assertThat(
                f.message()).doesNotContain("petclinic").doesNotContain("portalpwd").doesNotContain("1qaz"));
    }

    static Stream<Arguments> loopbackBehindAProxy() {
        return Stream.of(
                arguments("spring.datasource.url", Map.of("spring.datasource.url",
                        "jdbc:postgresql://127.0.0.1:5432/orders", "spring.datasource.username", "orders_app",
                        "spring.datasource.password", STRONG)),
                arguments("jdbc.url.primary", Map.of("jdbc.url.primary", "jdbc:postgresql://localhost:5432/app",
                        "jdbc.username", "app", "jdbc.password", "${DB_PASSWORD}")),
                arguments("DB_HOST", Map.of("DB_HOST", "127.0.0.1", "DB_USER", "app", "DB_PASSWORD", STRONG,
                        "POSTGRES_PASSWORD", "postgres")),
                arguments("DATABASE_URL", Map.of("DATABASE_URL", "postgresql://app:" + STRONG + "@localhost:5432/app",
                        "POSTGRES_PASSWORD", "postgres")),
                arguments("database.default.hostname", Map.of("database.default.hostname", "localhost",
                        "database.default.username", "shop", "database.default.password", "*x" + STRONG)),
                arguments("omero_server_dbhost", Map.of("omero_server_dbhost", "localhost",
                        "omero_server_dbuser", "omero", "omero_server_dbpassword", STRONG)),
                arguments("DB_HOST", Map.of("DB_HOST", "localhost", "DB_USERNAME", "app",
                        "DB_PASSWORD", "user-password-Rk8mW2")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("loopbackBehindAProxy")
    void aLoopbackDatabaseWithRealOrReferencedCredentialsShouldStayAWarning(String key, Map<String, String> values) {
        assertThat(severityOf(production(values), "database.loopback", key)).isEqualTo(Severity.WARN);
    }

    @Test
    void anotherStoresLoopbackHostShouldNotBorrowTheDatabaseImagesPassword() {
        List<Finding> findings = production(Map.of("REDIS_HOST", "localhost", "POSTGRES_PASSWORD", "postgres"));

        assertThat(findings).filteredOn(f -> f.subject().equals("REDIS_HOST"))
                .noneMatch(f -> f.severity() == Severity.NO_GO);
    }

    @Test
    void aPrivateNetworkHostWithASamplePasswordShouldNotBeCalledLoopback() {
        List<Finding> findings = production(Map.of("spring.datasource.url", "jdbc:mysql://10.0.4.12:3306/app",
                "spring.datasource.username", "root", "spring.datasource.password", "12345"));

        assertThat(findings).extracting(Finding::code).doesNotContain("database.loopback");
    }

    static Stream<Arguments> testNamedDatabase() {
        return Stream.of(
                arguments("postgresql-name", Map.of("postgresql-name", "test", "postgresql-user", "test",
                        "postgresql-password", "test123"), Severity.NO_GO),
                arguments("POSTGRES_DB", Map.of("POSTGRES_DB", "development", "POSTGRES_PASSWORD", "password"),
                        Severity.NO_GO),
                arguments("database", Map.of("type", "mysql", "host", "localhost", "username", "test", "password",
                        "test", "database", "test"), Severity.NO_GO),
                arguments("POSTGRES_DB", Map.of("POSTGRES_DB", "development", "POSTGRES_PASSWORD", STRONG),
                        Severity.WARN),
                arguments("postgresql-name", Map.of("postgresql-name", "test", "postgresql-user", "test",
                        "postgresql-password", "${PG_PASSWORD}"), Severity.WARN),
                arguments("database", Map.of("type", "mysql", "host", "localhost", "username", "shop", "password",
                        STRONG, "database", "test"), Severity.WARN));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("testNamedDatabase")
    void aTestNamedDatabaseShouldBeNoGoOnlyBesideASamplePair(String key, Map<String, String> values,
            Severity expected) {
        assertThat(severityOf(production(values), "database.test-name", key)).isEqualTo(expected);
    }

    @Test
    void aSqliteConnectionStringOfOneEntryShouldBeAnEmbeddedDatabase() {
        List<Finding> findings = production(Map.of("ConnectionStrings.Default", "Data Source=app.db",
                "Database.ConnectionString", "Data Source = telemetry.sqlite3"));

        assertThat(findings).filteredOn(f -> f.code().equals("database.embedded")).extracting(Finding::subject)
                .containsExactlyInAnyOrder("ConnectionStrings.Default", "Database.ConnectionString");
        assertThat(findings).extracting(Finding::code).doesNotContain("database.unparseable");
    }

    @Test
    void wordsInBracketsUnderAConnectionStringKeyShouldBeTemplateTextThatNoDriverReads() {
        assertThat(severityOf(production(Map.of("ConnectionStrings.DefaultConnection", "[Database connection]")),
                "database.template-host", "ConnectionStrings.DefaultConnection")).isEqualTo(Severity.NO_GO);
        assertThat(severityOf(production(Map.of("MONGO_URI", "[PROVIDED_BY_ATLAS]")),
                "database.template-host", "MONGO_URI")).isEqualTo(Severity.NO_GO);
        assertThat(severityOf(production(Map.of("spring.datasource.url", "xx")),
                "database.template-host", "spring.datasource.url")).isEqualTo(Severity.NO_GO);
        assertThat(severityOf(production(Map.of("ConnectionStrings.DefaultConnection",
                "Host=[2001:db8::5];Database=orders;Username=app;SSL Mode=VerifyFull")),
                "database.unparseable", "ConnectionStrings.DefaultConnection")).isNotEqualTo(Severity.NO_GO);
    }

    @Test
    void aServerNamedByDataSourceAloneShouldNotBeEmbedded() {
        List<Finding> findings = production(Map.of("ConnectionStrings.Default", "Data Source=orders.internal.acme.io"));

        assertThat(findings).extracting(Finding::code).doesNotContain("database.embedded", "database.unparseable");
    }
}
