package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Engines chosen by a bare database key or a Go driver name, and TLS kept with its certificate check turned off. */
class EngineChoiceAndVerificationTests {

    private static List<Finding> properties(String text) {
        Settings settings = ApplicationConfig.builder().configText("app.properties", text).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> env(String dotenv) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION,
                Settings.builder().dotenv("app.env", dotenv).build())).findings();
    }

    @Test
    void aBareDatabaseKeyOrADriverNameChoosingSqliteIsEmbedded() {
        assertThat(env("DATABASE=sqlite\nDB_DRIVER_NAME=sqlite3\n"))
                .extracting(Finding::code, Finding::subject)
                .containsExactly(Tuple.tuple("database.embedded", "DATABASE"),
                        Tuple.tuple("database.embedded", "DB_DRIVER_NAME"));
    }

    @Test
    void theDataSourceBesideAnEmbeddedDriverNameIsReportedToo() {
        assertThat(properties("driverName = sqlite\ndataSourceName = file:casibase.db?cache=shared\n"))
                .extracting(Finding::code, Finding::subject, Finding::severity)
                .containsExactly(Tuple.tuple("database.embedded", "driverName", Severity.NO_GO),
                        Tuple.tuple("database.embedded", "dataSourceName", Severity.NO_GO));
    }

    @Test
    void serverEnginesAndDatabaseNamesAreNoEngineChoice() {
        assertThat(env("DATABASE=postgres\nDATABASE_NAME=sqlite_archive\nDB=orders\nCACHE_DRIVER=file\n"
                + "DB_DRIVER_NAME=pgx\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
        assertThat(properties("driverName = mysql\ndataSourceName = app:${DB_PASS}@tcp(db.internal:3306)/app\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }

    @Test
    void tlsWithoutTheCertificateCheckIsAWarning() {
        assertThat(env("EBEAN_DATASOURCE_URL=jdbc:mysql://mysql:3306/datahub?verifyServerCertificate=false&useSSL=true\n"
                + "SQL_URL=jdbc:sqlserver://sql.internal:1433;databaseName=app;encrypt=true;trustServerCertificate=true\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("database.tls-unverified", Severity.WARN),
                        Tuple.tuple("database.tls-unverified", Severity.WARN));
    }

    @Test
    void verifiedTlsAndAVerificationSwitchedOnAreClean() {
        assertThat(env("EBEAN_DATASOURCE_URL=jdbc:mysql://mysql:3306/datahub?verifyServerCertificate=true&useSSL=true\n"
                + "PG_URL=postgresql://app@pg.internal:5432/app?sslmode=verify-full\n"
                + "SQL_URL=jdbc:sqlserver://sql.internal:1433;databaseName=app;encrypt=true;trustServerCertificate=false\n"))
                .extracting(Finding::code).doesNotContain("database.tls-unverified");
    }

    @Test
    void aDatabaseIdThatReadsAsATestDatabaseIsAWarning() {
        assertThat(properties("CosmosDb.Client.DatabaseId=testDb\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("database.test-name", Severity.WARN));
        assertThat(properties("CosmosDb.Client.DatabaseId=orders\nNOTION_DATABASE_ID=8a1f6e0c2b3d4e5f\n"
                + "CosmosDb.Test.DatabaseId=testDb\n"))
                .extracting(Finding::code).doesNotContain("database.test-name");
    }

    @Test
    void aDatabaseServersOwnListenAddressIsNoConnection() {
        assertThat(properties("mysql_bind_address=0.0.0.0\nmongodb_net_bind_ip=127.0.0.1\nREDIS_LISTEN_ADDRESS=0.0.0.0\n"))
                .isEmpty();
        assertThat(properties("mysql_host=127.0.0.1\n"))
                .extracting(Finding::code).containsExactly("database.loopback");
    }

    @Test
    void aSqliteUrlUnderAnyKeyIsAnEmbeddedDatabase() {
        assertThat(env("SESSION_STORE_URL=sqlite://./data/dev.sqlite3\nCACHE_BACKEND=sqlite+aiosqlite:///./cache.db\n"))
                .extracting(Finding::code, Finding::subject)
                .containsExactly(Tuple.tuple("database.embedded", "SESSION_STORE_URL"),
                        Tuple.tuple("database.embedded", "CACHE_BACKEND"));
        assertThat(env("SESSION_STORE_URL=redis://sessions.internal:6379/0\nDOCS_URL=https://sqlite.org/docs.html\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }

    @Test
    void aWordInSquareBracketsAsTheUrlIsTemplateText() {
        assertThat(properties("mongo.uri=[uri]\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("database.unparseable", Severity.NO_GO));
        assertThat(properties("mongo.uri=mongodb://[::1]:27017/app\n"))
                .extracting(Finding::code).doesNotContain("database.unparseable");
    }
}
