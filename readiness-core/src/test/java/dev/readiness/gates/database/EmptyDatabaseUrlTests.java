package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application's one database URL left empty, with nothing else saying where the database is, leaves the service
 * without a database; an optional override beside host settings, and a qualified URL, stay clean.
 */
class EmptyDatabaseUrlTests {

    private static List<Finding> production(String text) {
        Settings settings = Settings.builder().dotenv("prod.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=\nSECRET_KEY=${SECRET_KEY}\n", "DATABASE_URL=\"\"\nPORT=3000\n",
            "MONGODB_URI=\nRP_ID=example.org\n", "MONGODB_URI=\nREDIS_URL=redis://redis:6379\nPORT=3002\n"})
    void anEmptyPrimaryDatabaseUrlShouldBeNoGo(String text) {
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @Test
    void anEmptyOverrideBesideHostSettingsShouldStayClean() {
        // Laravel: DATABASE_URL is an optional override of DB_HOST and its siblings
        assertThat(production("DB_CONNECTION=mysql\nDB_HOST=mysql\nDB_DATABASE=koel\nDATABASE_URL=\n"))
                .extracting(Finding::code).doesNotContain("database.url-empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEST_DATABASE_URL=\n", "SAML_DATABASE_URL=\n", "DATABASE_URL=\nREPLICA_DATABASE_URL=postgresql://app:${P}@db/app\n",
            "MONGODB_URI=\nREDIS_URL=redis://redis:6379\nMONGO_HOST=mongo\n"})
    void aQualifiedOrCompletedDatabaseUrlShouldStayClean(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.url-empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.datasource.url=\nspring.datasource.username=\n", "SPRING_DATASOURCE_URL=\nPORT=8080\n",
            "quarkus.datasource.jdbc.url=\nquarkus.http.port=8080\n"})
    void aFrameworksEmptyDataSourceUrlShouldBeNoGo(String text) {
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.datasource.druid.slave.url=\nspring.datasource.druid.slave.enabled=false\n",
            "spring.datasource.url=\nspring.datasource.druid.master.url=jdbc:mysql://db.acme-corp.com/app\n",
            "spring.datasource.hikari.jdbc-url=\n"})
    void aSecondaryOrCompletedDataSourceUrlShouldStayClean(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.url-empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secrets.mongodb_uri=\nsecrets.session_secret=\nconfig.port=3000\n",
            "env.DATABASE_URL=\nenv.PORT=8080\n",
            "ConnectionStrings.DefaultConnection=\nJwt.Issuer=\nAllowedHosts=*\n",
            "ConnectionStrings.Postgres=\nLogging.LogLevel.Default=Information\n"})
    void anEmptyPrimaryUrlInAGatheringSectionOrADotNetDefaultConnectionShouldBeNoGo(String text) {
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ConnectionStrings.Redis=\nAllowedHosts=*\n", "ConnectionStrings.ServiceBus=\n",
            "ConnectionStrings.DefaultConnection=\nConnectionStrings.AppDb=Host=db.acme-corp.com;Database=app\n",
            "secrets.test_database_url=\n", "app.mongodb.uri=\n"})
    void anotherConnectionStringOrAQualifiedUrlShouldStayClean(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.url-empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.datasource.url=\nspring.jpa.database=POSTGRESQL\n",
            "spring.datasource.url=\nspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect\n",
            "spring.datasource.url=\nspring.jpa.properties.hibernate.dialect=org.hibernate.dialect.MySQLDialect\n"})
    void anEmptyDataSourceUrlBesideOnlyADialectShouldBeNoGo(String text) {
        // the dialect says how to talk to the database, not where it is
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @Test
    void anEmptyDataSourceUrlBesideADialectAndAHostShouldStayClean() {
        assertThat(production("spring.datasource.url=\nspring.jpa.database=POSTGRESQL\nDB_HOST=db.internal\n"))
                .extracting(Finding::code).doesNotContain("database.url-empty");
    }
}
