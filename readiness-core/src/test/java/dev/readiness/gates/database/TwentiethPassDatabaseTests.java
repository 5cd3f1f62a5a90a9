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
 * The twentieth pass's database rules, each with its catch and a tempting clean value: TLS switched off in a URL
 * completed at run time (a placeholder's message holding a {@code ?}, a placeholder whose default is {@code allow}),
 * MySQL's {@code root} as the application's login, an embedded engine's file as the database, and a bracketed
 * fill-in instruction ({@code [TO SET]}) as a host.
 */
class TwentiethPassDatabaseTests {

    private static final String STRONG = "q7Xv2LmR9tKp4ZsW8nYc";

    private static List<Finding> properties(Stage stage, String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings();
    }

    private static List<Finding> dotenv(String text) {
        Settings settings = Settings.builder().dotenv("app.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != dev.readiness.Severity.INFO)
                .map(f -> f.code() + " " + f.subject() + " " + f.severity()).toList();
    }

    @Test
    void aQuestionMarkInsideAPlaceholderMessageShouldNotHideTheQueryThatSwitchesTlsOff() {
        assertThat(described(dotenv("""
                POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}
                DATABASE_URL=postgres://app:${POSTGRES_PASSWORD}@postgres:5432/app?sslmode=disable
                """))).containsExactly("database.tls-disabled DATABASE_URL WARN");
    }

    @Test
    void aPlaceholderWhoseDefaultIsAllowShouldSwitchTlsOffByDefault() {
        List<Finding> findings = properties(Stage.PRODUCTION,
                "spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/app?sslmode=${DB_SSL_MODE:allow}&ApplicationName=api\n");
        assertThat(described(findings)).containsExactly("database.tls-disabled spring.datasource.url WARN");
        assertThat(findings.get(0).message()).contains("sslmode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sslmode=${DB_SSL_MODE:require}", "sslmode=${DB_SSL_MODE:-verify-full}",
        "sslmode=${DB_SSL_MODE}", "sslmode=prefer", "sslmode=${DB_SSL_MODE:?must be set}"})
    void aRunTimeUrlThatKeepsOrLeavesTlsToTheDeployShouldStayClean(String parameter) {
        assertThat(described(dotenv("DATABASE_URL=postgres://app:${DB_PASSWORD}@${DB_HOST}:5432/app?" + parameter
                + "\n"))).isEmpty();
    }

    @Test
    void rootAsTheMysqlLoginBesideAWrittenPasswordShouldLeaveThePairToThePasswordRow() {
        assertThat(described(properties(Stage.PRODUCTION, """
                spring.datasource.url=jdbc:mysql://orders-db.internal:3306/orders
                spring.datasource.username=root
                spring.datasource.password=%s
                """.formatted(STRONG)))).isEmpty();
        assertThat(described(dotenv("""
                DB_CONNECTION=mysql
                DB_HOST=mysql
                DB_USERNAME=root
                DB_PASSWORD=
                """))).noneMatch(code -> code.contains("DB_USERNAME"));
    }

    @Test
    void rootAsTheMysqlLoginOfAnIniSectionShouldBeReadFromItsTypeSetting() {
        assertThat(described(properties(Stage.PRODUCTION, """
                Database.Type = mysql
                Database.User = root
                Database.Host = db.internal
                """))).contains("database.default-credentials Database.User WARN");
    }

    @Test
    void rootAsTheMysqlLoginWithNoPasswordSettingShouldWarn() {
        assertThat(described(properties(Stage.PRODUCTION, """
                spring.datasource.url=jdbc:mysql://orders-db.internal:3306/orders
                spring.datasource.username=root
                """))).containsExactly("database.default-credentials spring.datasource.username WARN");
    }

    @Test
    void rootWithAPasswordTheDeploySuppliesShouldBeLeftToTheDeploy() {
        // twenty-eighth pass: the labelled sets call such a root a user name (5 rows of 5 sets, none flags it)
        assertThat(described(dotenv("""
                DB_CONNECTION=mysql
                DB_HOST=mysql
                DB_USERNAME=root
                DB_PASSWORD=${DB_PASSWORD}
                """))).noneMatch(code -> code.contains("DB_USERNAME"));
    }

    @Test
    void rootThatIsNoMysqlLoginShouldStayClean() {
        assertThat(described(properties(Stage.PRODUCTION, """
                knife4j.basic.username=root
                knife4j.basic.password=%s
                seeds.user=root
                development.adapter=mysql2
                development.username=root
                MYSQL_ROOT_USERNAME=root
                MYSQL_ROOT_PORT=3306
                spring.datasource.url=jdbc:postgresql://orders-db.internal:5432/orders?sslmode=verify-full
                spring.datasource.username=root
                spring.datasource.password=${DB_PASSWORD}
                """.formatted(STRONG)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPORTS_DB_FILE=/data/reports.db", "APP_DB_PATH=data/app.sqlite3",
        "SQLITE_DATABASE_FILE=/var/lib/app/store.db3"})
    void anEmbeddedEnginesFileAsTheDatabaseShouldWarn(String line) {
        assertThat(described(dotenv(line + "\n"))).containsExactly(
                "database.embedded " + line.substring(0, line.indexOf('=')) + " WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MB_DB_FILE=/data/metabase.db\nMB_DB_TYPE=postgres\n",
        "GEOIP_DB_PATH=/data/GeoLite2-City.mmdb\n", "CACHE_DB_PATH=/tmp/cache.db\n", "DB_PATH=${DB_PATH}\n",
        "DB_FILE_MODE=0600\n", "BACKUP_DB_FILE=/backups/app.db\n",
        "DATA_SOURCE_MODE=postgres\nSQLITE_DB_PATH=./data/shop.db\n",
        "DATABASE_DB_TYPE=mysql\nDATABASE_PATH=/var/lib/forge/forge.db\n"})
    void aFileThatIsNoEmbeddedDatabaseOfTheServiceShouldStayClean(String text) {
        assertThat(described(dotenv(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[TO SET]", "[to be set]", "[TBD]"})
    void aBracketedFillInInstructionAsTheHostShouldBeATemplate(String host) {
        assertThat(described(properties(Stage.PRODUCTION, "datastore.mariadb.server.address=" + host + "\n")))
                .containsExactly("database.template-host datastore.mariadb.server.address NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[primary]", "mariadb.db.svc.cluster.local", "[::1]x"})
    void aBracketedSectionNameOrARealHostShouldNotBeATemplate(String host) {
        assertThat(described(properties(Stage.PRODUCTION, "datastore.mariadb.server.address=" + host + "\n")))
                .noneMatch(line -> line.startsWith("database.template-host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WCRS_USERSDB_URL1", "ORDERS_MONGO_HOST2", "MONGODB_URL_1"})
    void anElementOfAListOfDatabaseAddressesShouldBeReadAsAnAddressKey(String key) {
        assertThat(dotenv(key + "=localhost:27017\n")).extracting(f -> f.code() + " " + f.subject())
                .containsExactly("database.loopback " + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_POOL_SIZE_10=10", "REDIS_DB0=0", "USERSDB_URL1=users-db.internal:27017",
        "SCHEDULER_NODE1=localhost"})
    void keysEndingInDigitsThatAreNoLocalAddressShouldStayClean(String line) {
        assertThat(described(dotenv(line + "\n"))).isEmpty();
    }

    @Test
    void aPersistenceTypeSwitchChoosingAnEmbeddedEngineShouldBeEmbedded() {
        assertThat(described(properties(Stage.PRODUCTION, "druid.metadata.storage.type=derby\n")))
                .containsExactly("database.embedded druid.metadata.storage.type NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"druid.metadata.storage.type=postgresql", "druid.storage.type=local",
        "conductor.db.type=cassandra", "storage.backend=cql", "persistence.type=jdbc"})
    void aPersistenceTypeSwitchChoosingAServerOrNoDatabaseShouldStayClean(String line) {
        assertThat(described(properties(Stage.PRODUCTION, line + "\n"))).isEmpty();
    }

    @Test
    void aKubernetesServiceVariableNameAsTheHostShouldStayClean() {
        assertThat(described(properties(Stage.PRODUCTION, "k8sdb.Host=CART_DB_SERVICE_SERVICE_HOST\n"))).isEmpty();
        assertThat(described(properties(Stage.PRODUCTION, "k8sdb.Host=k8sdb_host\n")))
                .containsExactly("database.template-host k8sdb.Host NO_GO");
    }

    @Test
    void aCacheOnTheLocalMachineShouldWarnEvenInADevelopersFile() {
        assertThat(described(dotenv("""
                NODE_ENV=development
                REDIS_HOST=localhost
                DB_HOST=localhost
                """))).contains("database.loopback REDIS_HOST WARN", "database.loopback DB_HOST NO_GO");
    }

    @Test
    void aCacheOnTheContainerHostShouldBeInformationOnlyWhileADatabaseThereIsStillReported() {
        List<Finding> findings = dotenv("""
                NODE_ENV=development
                REDIS_HOST=host.docker.internal
                DB_HOST=host.docker.internal
                """);
        assertThat(described(findings)).contains("database.loopback DB_HOST NO_GO")
                .noneMatch(line -> line.contains("REDIS_HOST"));
        assertThat(findings).extracting(Finding::code, Finding::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("database.loopback", "REDIS_HOST"));
    }

    @Test
    void aLoopbackDatabaseBehindAnEnabledCloudSqlProxyShouldBeInformationOnly() {
        List<Finding> findings = properties(Stage.PRODUCTION, """
                externalDatabase.host=127.0.0.1
                externalDatabase.port=5432
                externalDatabase.user=airbyte
                cloudSqlProxy.enabled=true
                cloudSqlProxy.instanceConnectionName=acme-prod:europe-west1:orders
                """);
        assertThat(described(findings)).isEmpty();
        assertThat(findings).extracting(Finding::code).contains("database.loopback");
    }

    @Test
    void aLoopbackDatabaseBesideADisabledProxyShouldStillWarn() {
        assertThat(described(properties(Stage.PRODUCTION, """
                externalDatabase.host=127.0.0.1
                externalDatabase.user=airbyte
                cloudSqlProxy.enabled=false
                """))).containsExactly("database.loopback externalDatabase.host WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROJECT_ID:REGION:INSTANCE_NAME", "<project>:<region>:<instance>",
        "your-project:us-central1:INSTANCE"})
    void aPlaceholderCloudSqlInstanceNameShouldBeATemplate(String name) {
        assertThat(described(properties(Stage.PRODUCTION, "cloudSqlProxy.instanceConnectionName=" + name + "\n")))
                .containsExactly("database.template-host cloudSqlProxy.instanceConnectionName NO_GO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-prod:europe-west1:orders", "acme-prod:us-central1:orders-db-2"})
    void aRealCloudSqlInstanceNameShouldStayClean(String name) {
        assertThat(described(properties(Stage.PRODUCTION, "cloudSqlProxy.instanceConnectionName=" + name + "\n")))
                .isEmpty();
    }

    @Test
    void aSuperuserHostWithNoPasswordAnywhereShouldBeADevelopersDatabase() {
        assertThat(described(dotenv("""
                POSTGRES_HOST=localhost
                POSTGRES_USER=postgres
                POSTGRES_DB=app
                """))).containsExactly("database.loopback POSTGRES_HOST NO_GO");
    }

    @Test
    void aSuperuserHostWhosePasswordTheDeploySuppliesShouldOnlyWarn() {
        assertThat(described(dotenv("""
                POSTGRES_HOST=localhost
                POSTGRES_USER=postgres
                POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
                """))).containsExactly("database.loopback POSTGRES_HOST WARN");
    }

    @Test
    void aProductionConnectionBorrowingDevelopmentCredentialsShouldBeADevelopersCopy() {
        List<Finding> findings = properties(Stage.PRODUCTION, """
                spring.datasource.druid.url=jdbc:mysql://127.0.0.1:3306/blog
                spring.datasource.druid.username=${jdbc.dev.username}
                spring.datasource.druid.password=${jdbc.dev.password}
                """);
        assertThat(described(findings)).containsExactly("database.loopback spring.datasource.druid.url NO_GO");
        assertThat(findings.get(0).message()).contains("jdbc.dev.username");
    }

    @Test
    void aLoopbackConnectionWithProductionCredentialsShouldOnlyWarn() {
        assertThat(described(properties(Stage.PRODUCTION, """
                spring.datasource.druid.url=jdbc:mysql://127.0.0.1:3306/blog
                spring.datasource.druid.username=${jdbc.prod.username}
                spring.datasource.druid.password=${jdbc.prod.password}
                """))).containsExactly("database.loopback spring.datasource.druid.url WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mongodb://....", "mongodb://user:${MONGO_PASSWORD}@.../app", "postgres://app@.../app"})
    void anEllipsisAsTheHostShouldBeATemplate(String url) {
        assertThat(dotenv("DATABASE_URL=" + url + "\n")).extracting(Finding::code)
                .contains("database.template-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mongodb://mongo.db.svc.cluster.local:27017/app", "postgres://app@db.internal./app"})
    void aHostWithDotsThatIsNoEllipsisShouldNotBeATemplate(String url) {
        assertThat(dotenv("DATABASE_URL=" + url + "\n")).extracting(Finding::code)
                .doesNotContain("database.template-host");
    }

    @Test
    void aTestDatabaseNameAUrlReferencesShouldBeReportedWhereItIsWrittenToo() {
        assertThat(described(properties(Stage.PRODUCTION, """
                mongodb_db=oidc_test
                spring.data.mongodb.uri=mongodb://mongo.internal:27017/${mongodb_db}
                """))).containsExactlyInAnyOrder("database.test-name mongodb_db NO_GO",
                        "database.test-name spring.data.mongodb.uri NO_GO");
    }

    @Test
    void aProductionDatabaseNameAUrlReferencesShouldStayClean() {
        assertThat(described(properties(Stage.PRODUCTION, """
                mongodb_db=oidc
                spring.data.mongodb.uri=mongodb://mongo.internal:27017/${mongodb_db}
                """))).isEmpty();
    }
}
