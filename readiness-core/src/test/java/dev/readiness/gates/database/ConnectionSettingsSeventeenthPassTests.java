package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Database settings written apart from a URL that no database word names: a TLS switch in a section its siblings
 * show to be a connection (a libpq service file's {@code [qwc_configdb]}), and a connection's settings joined in one
 * value ({@code host;port;user;password;database}, {@code MYSQL_USER='root'; MYSQL_PASS='password'}).
 */
class ConnectionSettingsSeventeenthPassTests {

    private static List<Finding> properties(String text) {
        Settings settings = Settings.builder().properties("app.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    /** Read as an application's configuration, with placeholders resolved as the CLI and the adapter resolve them. */
    private static List<Finding> application(String text) {
        Settings settings = ApplicationConfig.builder().configText("application-prod.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> dotenv(String text) {
        Settings settings = Settings.builder().dotenv("prod.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "qwc_configdb.host=qwc-postgis\nqwc_configdb.port=5432\nqwc_configdb.dbname=qwc_demo\nqwc_configdb.sslmode=disable\n",
        "instances[0].host=pg-main\ninstances[0].dbname=orders\ninstances[0].ssl=disable\n",
        "servers.reporting.host=reports-db\nservers.reporting.database=reports\nservers.reporting.ssl_mode=disable\n"})
    void aTlsSwitchInASectionItsSiblingsMakeAConnectionShouldWarn(String text) {
        assertThat(properties(text)).filteredOn(f -> f.code().equals("database.tls-disabled")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a Redis cache's index is no database name
        "cache.host=redis\ncache.database=0\ncache.ssl=false\n",
        // a mail server section has no database sibling
        "mail.host=smtp.acme.io\nmail.user=app\nmail.sslmode=disable\n",
        // the connection requires TLS
        "qwc_configdb.host=qwc-postgis\nqwc_configdb.dbname=qwc_demo\nqwc_configdb.sslmode=verify-full\n",
        // top-level keys of a whole file may be anything
        "host=0.0.0.0\ndbname=app\nssl=false\n"})
    void aTlsSwitchOutsideAConnectionSectionShouldStayClean(String text) {
        assertThat(properties(text)).extracting(Finding::code).doesNotContain("database.tls-disabled");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LoginDatabaseInfo=\"127.0.0.1;3306;acore;acore;acore_auth\"\n",
        "AC_WORLD_DATABASE_INFO=ac-database;3306;root;password;acore_world\n",
        "DB_AUTH_CONF=\"MYSQL_USER='root'; MYSQL_PASS='password'; MYSQL_HOST='ac-database'; MYSQL_PORT='3306';\"\n",
        "DB_SETTINGS=Server=orders-db;Uid=root;Pwd=root;\n"})
    void aConnectionJoinedInOneValueWithADefaultPairShouldBeNoGo(String text) {
        assertThat(dotenv(text)).filteredOn(f -> f.code().equals("database.default-credentials")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @Test
    void aJoinedConnectionOnTheLocalMachineShouldWarn() {
        assertThat(dotenv("WorldDatabaseInfo=127.0.0.1;3306;world_svc;${WORLD_DB_PASSWORD};acore_world\n"))
                .extracting(Finding::code).containsExactly("database.loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LoginDatabaseInfo=auth-db.internal.acme.io;3306;auth_svc;Jx8kq2LmPz9vRw4T;acore_auth\n",
        "DB_HOSTS=db1;db2;db3\n",
        "DB_OPTIONS=charset=utf8mb4;timeout=30;pool=10\n",
        "DB_TABLES=users;orders;payments;refunds;audit\n"})
    void aJoinedValueWithoutADefaultPairOrALocalHostShouldStayClean(String text) {
        assertThat(dotenv(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "db.url=jdbc:postgresql://${POSTGRES_HOST:-localhost}:${POSTGRES_PORT:-5432}/${POSTGRES_DB}\n",
        "jpa.url=jdbc:postgresql://${DB_HOST:-localhost}:${DB_PORT:-5432}/${DB_NAME:-ds}?autoReconnect=true\n",
        "database.host=${DB_HOST:-localhost}\ndatabase.port=${DB_PORT:-5432}\n"})
    void aLoopbackDefaultWrittenTheShellWayShouldBeNoGo(String text) {
        assertThat(application(text)).filteredOn(f -> f.code().equals("database.loopback")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "db.url=jdbc:postgresql://${POSTGRES_HOST:-orders-db.internal}:${POSTGRES_PORT:-5432}/orders\n",
        "database.host=${DB_HOST:-postgres}\n",
        "db.options=-c statement_timeout=5000\n"})
    void aShellWayDefaultThatIsNoLoopbackShouldStayClean(String text) {
        assertThat(application(text)).extracting(Finding::code).doesNotContain("database.loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"database.host=database.examplepod.com\ndatabase.port=5432\n",
        "spring.datasource.url=jdbc:postgresql://db.mydomain.com:5432/app\n",
        "DB_HOST=postgres.test.com\n"})
    void aDatabaseHostOnATemplateDomainShouldBeNoGo(String text) {
        assertThat(properties(text)).filteredOn(f -> f.code().equals("database.template-host")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "spring.datasource.url=jdbc:postgresql://contoso-pg.postgres.database.azure.com:5432/app?sslmode=require\n",
        "DB_HOST=examplify-db.acme-corp.com\n", "DB_HOST=testing-db.internal.acme.io\n",
        "DB_HOST=mysql.contest-platform.io\n"})
    void aDatabaseHostThatOnlyLooksLikeATemplateShouldStayClean(String text) {
        assertThat(properties(text)).extracting(Finding::code).doesNotContain("database.template-host");
    }

    @Test
    void theLoopbackHostOfASectionItsSiblingsMakeAConnectionShouldWarn() {
        assertThat(properties("reporting.host=127.0.0.1\nreporting.port=5432\nreporting.dbname=reports\n"
                + "reporting.user=reports_ro\n")).filteredOn(f -> f.code().equals("database.loopback"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // another stage's section
        "development.host=localhost\ndevelopment.dbname=app_dev\n",
        // a variable the application reads itself (Kubernetes' service variable)
        "k8sdb.Host=CART_DB_SERVICE_SERVICE_HOST\nk8sdb.Database=maindb\n",
        // a web server's section with no database sibling
        "server.host=127.0.0.1\nserver.port=8080\n"})
    void aHostOutsideAProductionConnectionSectionShouldStayClean(String text) {
        assertThat(properties(text)).extracting(Finding::code)
                .doesNotContain("database.loopback", "database.template-host");
    }

    @Test
    void aTemplateHostOfASectionSwitchedOffShouldStayClean() {
        assertThat(properties("redis.enabled=false\nredis.host=redis.examplepod.com\nredis.port=6379\n"))
                .extracting(Finding::code).doesNotContain("database.template-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_SSL_REJECT_UNAUTHORIZED=false\n", "Values.COSMOS_IGNORE_SSL_CERT=true\n",
        "DB_TRUST_SERVER_CERTIFICATE=true\n", "MONGO_TLS_INSECURE=true\n"})
    void aDatabaseCertificateCheckSwitchedOffShouldWarn(String text) {
        assertThat(properties(text)).filteredOn(f -> f.code().equals("database.tls-unverified")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_SSL_REJECT_UNAUTHORIZED=true\n",
        "n8n.config.db.postgresdb.ssl.reject_Unauthorized=true\n", "SMTP_TLS_REJECT_UNAUTHORIZED=false\n",
        "git.auth.sslVerify=false\n", "COSMOS_IGNORE_SSL_CERT=false\n"})
    void aCertificateSwitchThatChecksOrIsNoDatabasesShouldStayClean(String text) {
        assertThat(properties(text)).extracting(Finding::code).doesNotContain("database.tls-unverified");
    }

    @Test
    void theFileOfAnEmbeddedEngineBesideItsSwitchShouldBeNoGo() {
        assertThat(dotenv("TRAGGO_DATABASE_DIALECT=sqlite3\nTRAGGO_DATABASE_CONNECTION=data/traggo.db\n"))
                .filteredOn(f -> f.code().equals("database.embedded")).extracting(Finding::subject)
                .containsExactlyInAnyOrder("TRAGGO_DATABASE_DIALECT", "TRAGGO_DATABASE_CONNECTION");
    }

    @Test
    void theConnectionBesideAServerEngineShouldStayClean() {
        assertThat(dotenv("TRAGGO_DATABASE_DIALECT=postgres\nTRAGGO_DATABASE_CONNECTION=host=db user=traggo\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }
}
