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
 * Database settings written apart from a URL that no database word names: a TLS switch in a section its siblings
 * show to be a connection (a libpq service file's {@code [qwc_configdb]}), and a connection's settings joined in one
 * value ({@code host;port;user;password;database}, {@code MYSQL_USER='root'; MYSQL_PASS='password'}).
 */
class ConnectionSettingsSeventeenthPassTests {

    private static List<Finding> properties(String text) {
        Settings settings = Settings.builder().properties("app.properties", text).build();
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
}
