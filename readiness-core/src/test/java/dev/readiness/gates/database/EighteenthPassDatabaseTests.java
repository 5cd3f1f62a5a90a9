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
 * The eighteenth pass's database rules, each with its catch and a tempting clean value: a host reported where it is
 * written, URLs built from a Jinja template's variables, an empty default of a required password, a blank password
 * beside a loopback host, a test-named database beside a sample pair, and the image's superuser with no password.
 */
class EighteenthPassDatabaseTests {

    private static final String STRONG = "q7Xv2LmR9tKp4ZsW8nYc";

    private static List<Finding> application(Stage stage, String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings();
    }

    private static List<Finding> application(String text) {
        return application(Stage.PRODUCTION, text);
    }

    private static List<Finding> dotenv(String text) {
        Settings settings = Settings.builder().dotenv("app.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.subject() + " " + f.severity()).toList();
    }

    @Test
    void aHostTakenFromAnotherSettingShouldBeReportedWhereItIsWritten() {
        List<Finding> findings = application("""
                spring.redis.host=127.0.0.1
                spring.redis.port=6379
                redisson.lock.server.address=${spring.redis.host}:${spring.redis.port}
                """);

        assertThat(described(findings)).containsExactly("database.loopback spring.redis.host WARN");
        assertThat(findings.get(0).message()).contains("redisson.lock.server.address");
    }

    @Test
    void aHostWrittenInTheAddressItselfShouldStayOnTheAddress() {
        assertThat(described(application("redisson.lock.server.address=127.0.0.1:6379\n")))
                .containsExactly("database.loopback redisson.lock.server.address WARN");
    }

    @Test
    void aUrlBuiltFromATemplatesSharedVariablesShouldBeDeferredWithThem() {
        List<Finding> findings = application("""
                app.database.hostname={{ db_hostname }}
                app.database.port={{ db_port }}
                orders_database_url=jdbc:postgresql://${app.database.hostname}:${app.database.port}/orders
                orders_database_password={{ orders_password }}
                audit_database_url=jdbc:postgresql://${app.database.hostname}:${app.database.port}/audit
                audit_database_password={{ orders_password }}
                """);

        assertThat(findings).isEmpty();
    }

    @Test
    void aUrlBuiltFromALoneFillInMarkerShouldStillBeReported() {
        assertThat(application("""
                app.database.hostname={{ db_hostname }}
                orders_database_url=jdbc:postgresql://${app.database.hostname}:5432/orders
                """)).extracting(Finding::code).contains("database.template-host", "database.unparseable");
    }

    @Test
    void anEmptyDefaultOfAPasswordBesideAUserAndAUrlShouldBeNoGo() {
        List<Finding> findings = application("""
                spring.datasource.url=jdbc:postgresql://${DB_HOST:orders-db}:5432/orders${DB_OPTIONS:}
                spring.datasource.username=${DB_USER:orders}
                spring.datasource.password=${DB_PASSWORD:}
                """);

        assertThat(described(findings)).containsExactly(
                "database.default-credentials spring.datasource.password NO_GO");
        assertThat(findings.get(0).message()).contains("empty password").doesNotContain("orders-db");
    }

    @Test
    void springBootsOwnDataSourceWhoseEverySettingDefaultsToNothingShouldStillBeNoGoOnItsPassword() {
        assertThat(described(application("""
                spring.datasource.url=${DB_URL:}
                spring.datasource.username=${DB_USERNAME:}
                spring.datasource.password=${DB_PASSWORD:}
                """))).containsExactly("database.default-credentials spring.datasource.password NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an optional replica: its user is empty too
        "tenant.read-only-host=${RO_HOST:}\ntenant.read-only-username=${RO_UID:}\ntenant.read-only-password=${RO_PWD:}\n",
        // a second data source whose every setting defaults to nothing
        "app.archive.url=${ARCHIVE_URL:}\napp.archive.username=${ARCHIVE_USERNAME:}\n"
                + "app.archive.password=${ARCHIVE_PASSWORD:}\n",
        // a cache's password has no user beside it
        "spring.data.redis.host=${REDIS_HOST:redis}\nspring.data.redis.password=${REDIS_PASSWORD:}\n",
        // no default: a missing variable stops start-up
        "spring.datasource.url=jdbc:postgresql://orders-db/orders\nspring.datasource.username=orders\n"
                + "spring.datasource.password=${DB_PASSWORD}\n"})
    void aPasswordThatIsOptionalOrRequiredByItsPlaceholderShouldStayClean(String text) {
        assertThat(application(text)).extracting(Finding::code).doesNotContain("database.default-credentials");
    }

    @Test
    void anEmptyDefaultPasswordShouldOnlyWarnInStaging() {
        assertThat(described(application(Stage.STAGING, """
                spring.datasource.url=jdbc:postgresql://orders-db:5432/orders
                spring.datasource.username=orders
                spring.datasource.password=${DB_PASSWORD:}
                """))).containsExactly("database.default-credentials spring.datasource.password WARN");
    }

    @Test
    void aLoopbackHostBesideABlankPasswordShouldBeNoGo() {
        assertThat(described(dotenv("DB_HOST=127.0.0.1\nDB_USERNAME=paymenter\nDB_PASSWORD=\n")))
                .contains("database.loopback DB_HOST NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the password is injected
        "DB_HOST=127.0.0.1\nDB_USERNAME=paymenter\nDB_PASSWORD=${DB_PASSWORD}\n",
        // the Cloud SQL Auth Proxy's automatic IAM login needs no password
        "DB_HOST=127.0.0.1\nDB_USER=orders-sa@acme-prod.iam\nDB_PASSWORD=\n",
        // Redis ships without a password
        "REDIS_HOST=127.0.0.1\nREDIS_PASSWORD=\n",
        // a real password keeps the proxy reading
        "DB_HOST=127.0.0.1\nDB_USERNAME=paymenter\nDB_PASSWORD=" + STRONG + "\n"})
    void aLoopbackHostWithAPasswordOrNoAuthenticationShouldStayAWarning(String text) {
        assertThat(dotenv(text)).filteredOn(f -> f.code().equals("database.loopback"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void aTestNamedDatabaseBesideASamplePairShouldBeNoGoWhereverItsHostIs() {
        assertThat(described(dotenv("""
                DATABASE_HOST=app_db
                DATABASE_USERNAME=postgres
                DATABASE_PASSWORD=password
                DATABASE_NAME=shop_development
                """))).contains("database.test-name DATABASE_NAME NO_GO");
    }

    @Test
    void aTestNamedDatabaseBesideAGeneratedPasswordOnAServiceShouldStayClean() {
        assertThat(dotenv("""
                DATABASE_HOST=app_db
                DATABASE_USERNAME=shop
                DATABASE_PASSWORD=%s
                DATABASE_NAME=shop_development
                """.formatted(STRONG))).extracting(Finding::code).doesNotContain("database.test-name");
    }

    @Test
    void theImagesSuperuserWithNoPasswordOnAServiceShouldBeNoGo() {
        assertThat(described(dotenv("DATABASE_URL=postgres://postgres@db/postgres\n")))
                .containsExactly("database.default-credentials DATABASE_URL NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DATABASE_URL=postgres://orders@db/orders\n",
        "DATABASE_URL=postgres://postgres@db.internal/orders\n",
        "DATABASE_URL=postgres://postgres@db/orders\nDB_PASSWORD=" + STRONG + "\n"})
    void anApplicationUserAHostWithADomainOrAPasswordBesideShouldStayClean(String text) {
        assertThat(dotenv(text)).extracting(Finding::code).doesNotContain("database.default-credentials");
    }
}
