package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The nineteenth pass's database rules, each with its catch and a tempting clean value: SQLite URLs without
 * {@code //}, Celery's {@code db+} result backends, a section a database port makes a connection (and {@code ip} as a
 * host word), a section's {@code id}/{@code pw} pair, a database's Unix socket, and RabbitMQ's built-in guest account
 * as a user name.
 */
class NineteenthPassDatabaseTests {

    private static final String STRONG = "q7Xv2LmR9tKp4ZsW8nYc";

    private static List<Finding> properties(Stage stage, String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings();
    }

    private static List<Finding> properties(String text) {
        return properties(Stage.PRODUCTION, text);
    }

    private static List<Finding> dotenv(String text) {
        Settings settings = Settings.builder().dotenv("app.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.subject() + " " + f.severity()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite::memory:", "sqlite:data/app.db", "sqlite:/var/lib/app/app.sqlite",
        "sqlite3:app.db"})
    void anSqliteUrlWithoutSlashesShouldBeAnEmbeddedDatabase(String url) {
        assertThat(described(dotenv("DATABASE_URL=" + url + "\n")))
                .containsExactly("database.embedded DATABASE_URL NO_GO");
    }

    @Test
    void anSqliteUrlInMemoryShouldSaySo() {
        assertThat(dotenv("DATABASE_URL=sqlite::memory:\n").get(0).message()).contains("in-memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://app:${DB_PASSWORD}@ep-cool-darkness-123456.us-east-2.aws.neon.tech/neondb?sslmode=require",
        "postgres://app:${DB_PASSWORD}@db.abcdefghijkl.supabase.co:5432/postgres?sslmode=require"})
    void aManagedDatabaseUrlShouldStayClean(String url) {
        assertThat(dotenv("DATABASE_URL=" + url + "\n")).isEmpty();
    }

    @Test
    void aCeleryDatabaseResultBackendShouldBeJudgedAsTheUrlAfterDbPlus() {
        assertThat(described(dotenv("""
                CELERY_RESULT_BACKEND=db+postgresql://celery:%s@localhost/celery
                """.formatted(STRONG)))).contains("database.loopback CELERY_RESULT_BACKEND WARN")
                .doesNotContain("database.unparseable CELERY_RESULT_BACKEND WARN");
        assertThat(described(dotenv("CELERY_RESULT_BACKEND=db+sqlite:///results.sqlite\n")))
                .containsExactly("database.embedded CELERY_RESULT_BACKEND NO_GO");
    }

    @Test
    void aCeleryResultBackendOnAManagedDatabaseOrRedisShouldStayClean() {
        assertThat(dotenv("""
                CELERY_RESULT_BACKEND=db+postgresql://celery:${DB_PASSWORD}@orders.abc123.eu-west-1.rds.amazonaws.com:5432/celery?sslmode=require
                CELERY_BROKER_URL=redis://redis:6379/0
                """)).isEmpty();
    }

    @Test
    void aSectionWithADatabasePortShouldMakeItsIpADatabaseHost() {
        List<Finding> findings = properties("""
                login_server_ip=127.0.0.1
                login_server_port=3306
                login_server_id=gameuser
                login_server_pw=%s
                login_server_db=game
                """.formatted(STRONG));

        assertThat(described(findings)).containsExactly("database.loopback login_server_ip WARN");
    }

    @Test
    void aSectionsIdAndPwPairShouldBeReadAsItsUserAndPassword() {
        List<Finding> findings = properties("""
                char_server_ip=127.0.0.1
                char_server_port=3306
                char_server_id=questgame
                char_server_pw=questgame
                char_server_db=questgame
                """);

        assertThat(described(findings)).containsExactly("database.loopback char_server_ip NO_GO");
    }

    @Test
    void aSectionWithAnotherPortOrAListenAddressShouldStayClean() {
        assertThat(properties("""
                web_server_ip=127.0.0.1
                web_server_port=8080
                proxy.listen_ip=127.0.0.1
                proxy.listen_port=3306
                replica.db_ip=10.0.0.5
                replica.db_port=3306
                turn.cache.ip=127.0.0.1
                turn.cache.dbname=0
                """)).isEmpty();
    }

    @Test
    void ipAsTheLastWordOfADatabaseKeyShouldBeItsHost() {
        assertThat(described(dotenv("DB_IP=127.0.0.1\n"))).containsExactly("database.loopback DB_IP WARN");
        assertThat(dotenv("""
                DB_IP_WHITELIST=127.0.0.1
                MYSQL_BIND_IP=127.0.0.1
                """)).isEmpty();
    }

    @Test
    void aProductionSectionsSocketShouldBeALocalDatabase() {
        List<Finding> findings = properties("""
                production.adapter=mysql
                production.database=shop_production
                production.username=root
                production.password=
                production.socket=/tmp/mysql.sock
                """);

        assertThat(described(findings)).contains("database.loopback production.socket NO_GO");
        assertThat(findings.stream().filter(f -> f.subject().equals("production.socket")).findFirst().orElseThrow()
                .message()).doesNotContain("/tmp/mysql.sock");
    }

    @Test
    void aDatabaseSocketKeyShouldWarnWithoutEvidence() {
        assertThat(described(dotenv("""
                DB_CONNECTION=mysql
                DB_SOCKET=/var/run/mysqld/mysqld.sock
                DB_USERNAME=shop
                DB_PASSWORD=${DB_PASSWORD}
                """))).containsExactly("database.loopback DB_SOCKET WARN");
    }

    @Test
    void aCloudSqlSocketOtherSocketsAndOtherStagesShouldStayClean() {
        assertThat(dotenv("""
                DB_SOCKET=/cloudsql/my-project:us-central1:main
                DB_SOCKET_PATH=/cloudsql/my-project:us-central1:main
                REDIS_SOCKET=/var/run/redis/redis.sock
                PHP_FPM_SOCKET=/run/php/php-fpm.sock
                DEV_DB_SOCKET=/tmp/mysql.sock
                DB_SOCKET=
                """)).isEmpty();
        assertThat(properties("""
                development.adapter=mysql
                development.socket=/tmp/mysql.sock
                """)).isEmpty();
    }

    @Test
    void theBrokersGuestAccountShouldBeDefaultCredentialsOnItsPasswordOrOnTheUserAlone() {
        assertThat(described(properties("""
                spring.rabbitmq.host=rabbitmq
                spring.rabbitmq.username=guest
                spring.rabbitmq.password=guest
                """))).containsExactly("database.default-credentials spring.rabbitmq.password NO_GO");
        assertThat(described(properties("spring.rabbitmq.username=guest\nspring.rabbitmq.password=\n")))
                .doesNotContain("database.default-credentials spring.rabbitmq.username NO_GO");
        assertThat(described(properties("spring.rabbitmq.username=${RABBITMQ_USERNAME:guest}\n")))
                .containsExactly("database.default-credentials spring.rabbitmq.username NO_GO");
        assertThat(described(dotenv("RABBITMQ_DEFAULT_USER=guest\nRABBITMQ_DEFAULT_PASS=${RABBIT_PASSWORD}\n")))
                .containsExactly("database.default-credentials RABBITMQ_DEFAULT_USER WARN");
    }

    @Test
    void anotherBrokerUserOrAGuestElsewhereShouldStayClean() {
        assertThat(properties("""
                spring.rabbitmq.username=orders
                spring.rabbitmq.password=%s
                app.demo.username=guest
                """.formatted(STRONG))).isEmpty();
        assertThat(properties(Stage.DEVELOPMENT, "spring.rabbitmq.username=guest\n")).isEmpty();
    }

    @Test
    void theBrokersGuestAccountInAUrlWithNoPasswordShouldBeNoGo() {
        assertThat(described(dotenv("CELERY_BROKER_URL=amqp://guest@rabbit:5672//\n")))
                .containsExactly("database.default-credentials CELERY_BROKER_URL NO_GO");
    }

    @Test
    void pwAsAPasswordsLastWordShouldBeReadBesideALoopbackHost() {
        assertThat(described(dotenv("""
                DB_HOST=localhost
                DB_USER=postgres
                DB_PW=postgres
                """))).contains("database.loopback DB_HOST NO_GO", "database.default-credentials DB_PW NO_GO");
        assertThat(described(dotenv("""
                DB_HOST=localhost
                DB_USER=orders
                DB_PW=%s
                """.formatted(STRONG)))).containsExactly("database.loopback DB_HOST WARN");
    }

    @Test
    void aLoopbackDatabaseBesideAnotherConnectionWithADefaultPairShouldBeTheDevelopers() {
        List<Finding> findings = dotenv("""
                DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app
                ANALYTICS_DB_HOST=localhost
                """);

        assertThat(described(findings)).contains("database.loopback ANALYTICS_DB_HOST NO_GO");
        assertThat(findings.stream().filter(f -> f.subject().equals("ANALYTICS_DB_HOST")).findFirst().orElseThrow()
                .message()).contains("DATABASE_URL");
    }

    @Test
    void aLoopbackDatabaseBesideAConnectionWithItsOwnPasswordShouldStayAWarning() {
        assertThat(described(dotenv("""
                DATABASE_URL=postgresql://orders:%s@localhost:5432/app
                ANALYTICS_DB_HOST=localhost
                """.formatted(STRONG)))).contains("database.loopback ANALYTICS_DB_HOST WARN");
    }

    @Test
    void aClickHouseUrlOverHttpOnLoopbackShouldBeADatabaseOnTheLocalMachine() {
        assertThat(described(dotenv("CLICKHOUSE_URL=http://localhost:8123/events\n")))
                .containsExactly("database.loopback CLICKHOUSE_URL WARN");
        assertThat(described(dotenv("""
                ENVIRONMENT=dev
                CLICKHOUSE_DATABASE_URL=http://127.0.0.1:8123/events_db
                """))).containsExactly("database.loopback CLICKHOUSE_DATABASE_URL NO_GO");
    }

    @Test
    void aClickHouseServiceOrCloudUrlShouldStayClean() {
        assertThat(dotenv("""
                CLICKHOUSE_URL=http://clickhouse:8123
                ANALYTICS_CLICKHOUSE_URL=https://abc123xyz.eu-west-1.aws.clickhouse.cloud:8443
                TRACKER_URL=http://localhost:9000
                """)).isEmpty();
    }

    @Test
    void aLoopbackHostBesideAPasswordThatSaysToChangeItShouldBeNoGo() {
        assertThat(described(dotenv("""
                DB_CONNECTION=mysql
                DB_HOST=127.0.0.1
                DB_USERNAME=shop
                DB_PASSWORD=ChangeThisToAStrongPassword!
                """))).contains("database.loopback DB_HOST NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"changeme", "change_me", "CHANGE_ME_STRONG_PASSWORD", "ChangeThisPassword", "change-it"})
    void anInstructionToChangeAPasswordShouldBeAFillIn(String password) {
        assertThat(SettingRules.isFillInPassword(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"changelog7Qx", "Changer2024!", "exchange-rate"})
    void aPasswordThatMerelyStartsWithChangeShouldNotBeAFillIn(String password) {
        assertThat(SettingRules.isFillInPassword(password)).isFalse();
    }

    @Test
    void aSectionsJoinedCredentialsShouldBeReadAsItsPair() {
        assertThat(described(dotenv("""
                DATABASE_HOSTNAME=localhost
                DATABASE_CREDENTIALS=orders:orders
                """))).contains("database.loopback DATABASE_HOSTNAME NO_GO");
        assertThat(described(dotenv("""
                DATABASE_HOSTNAME=localhost
                DATABASE_CREDENTIALS=orders:%s
                """.formatted(STRONG)))).contains("database.loopback DATABASE_HOSTNAME WARN");
    }
}
