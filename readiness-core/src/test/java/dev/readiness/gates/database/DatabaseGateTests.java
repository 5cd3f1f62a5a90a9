package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.render.JsonReportRenderer;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseGateTests {

    private static final String STRONG = "hV9$kq2LmX7pW4zR8tYb";

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Finding> findings(Stage stage, Map<String, String> settings) {
        Outcome outcome = new DatabaseGate().check(GateContext.of(stage, Settings.of(settings)));
        return outcome.findings();
    }

    static Stream<Arguments> goodProductionSettings() {
        return Stream.of(
                arguments("RDS PostgreSQL with verify-full", map(
                        "spring.datasource.url",
                        "jdbc:postgresql://mydb.abc123.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full",
                        "spring.datasource.username", "orders_app", "spring.datasource.password", STRONG)),
                arguments("Aurora MySQL with VERIFY_IDENTITY", map(
                        "spring.datasource.url", "jdbc:mysql://orders.cluster-abc123xyz.eu-west-1.rds.amazonaws.com:3306"
                                + "/shop?sslMode=VERIFY_IDENTITY",
                        "spring.datasource.username", "shop_rw", "spring.datasource.password", STRONG)),
                arguments("Aurora through the AWS JDBC wrapper", map(
                        "spring.datasource.url", "jdbc:aws-wrapper:postgresql://db-cluster.cluster-c9x8y7.us-east-1.rds"
                                + ".amazonaws.com:5432/billing?sslmode=require&wrapperPlugins=iam,failover")),
                arguments("Cloud SQL through the socket factory", map(
                        "spring.datasource.url", "jdbc:postgresql:///orders?cloudSqlInstance=proj:europe-west1:inst"
                                + "&socketFactory=com.google.cloud.sql.postgres.SocketFactory",
                        "spring.datasource.username", "orders", "spring.datasource.password", STRONG)),
                arguments("Cloud SQL MySQL connector", map(
                        "DB_URL", "jdbc:mysql:///shop?cloudSqlInstance=proj:us-central1:shop"
                                + "&socketFactory=com.google.cloud.sql.mysql.SocketFactory&sslmode=disable")),
                arguments("Cloud SQL Unix socket on Cloud Run", map(
                        "DATABASE_URL", "postgresql://orders@/orders?host=/cloudsql/proj:europe-west1:inst",
                        "DATABASE_PASSWORD", STRONG)),
                arguments("Azure SQL JDBC", map(
                        "spring.datasource.url", "jdbc:sqlserver://orders-prod.database.windows.net:1433;database=orders;"
                                + "encrypt=true;trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;"
                                + "loginTimeout=30;authentication=ActiveDirectoryMSI")),
                arguments("Azure SQL ADO.NET", map(
                        "ConnectionStrings__Default", "Server=tcp:orders-prod.database.windows.net,1433;Initial Catalog="
                                + "orders;Encrypt=True;TrustServerCertificate=False;Authentication=Active Directory Default;")),
                arguments("Azure Database for PostgreSQL", map(
                        "spring.datasource.url", "jdbc:postgresql://orders-prod.postgres.database.azure.com:5432/orders"
                                + "?sslmode=require",
                        "spring.datasource.username", "orders_app", "spring.datasource.password", STRONG)),
                arguments("Neon", map(
                        "DATABASE_URL", "postgresql://neondb_owner@ep-cool-name-123456.eu-central-1.aws.neon.tech/neondb"
                                + "?sslmode=require", "DATABASE_PASSWORD", STRONG)),
                arguments("Supabase direct", map(
                        "DATABASE_URL", "postgresql://app_user@db.abcdefghijklmnop.supabase.co:5432/postgres?sslmode=verify-full")),
                arguments("Supabase pooler", map(
                        "DATABASE_URL", "postgres://postgres.abcdefghijklmnop@aws-0-eu-central-1.pooler.supabase.com:6543"
                                + "/postgres?sslmode=require&pgbouncer=true")),
                arguments("PlanetScale via Prisma", map(
                        "DATABASE_URL", "mysql://shop_app@aws.connect.psdb.cloud/shop?sslaccept=strict")),
                arguments("PlanetScale via JDBC", map(
                        "spring.datasource.url", "jdbc:mysql://aws.connect.psdb.cloud/shop?sslMode=VERIFY_IDENTITY",
                        "spring.datasource.username", "x7k2m9q4", "spring.datasource.password", STRONG)),
                arguments("MongoDB Atlas", map(
                        "spring.data.mongodb.uri", "mongodb+srv://orders@cluster0.abcde.mongodb.net/orders"
                                + "?retryWrites=true&w=majority", "spring.data.mongodb.password", STRONG)),
                arguments("MongoDB replica set with TLS", map(
                        "MONGODB_URI", "mongodb://m1.db.acme.io:27017,m2.db.acme.io:27017/app?replicaSet=rs0&tls=true")),
                arguments("Upstash Redis", map(
                        "REDIS_URL", "rediss://default@eu2-sought-hog-12345.upstash.io:6379", "REDIS_PASSWORD", STRONG)),
                arguments("ElastiCache with TLS and Spring Boot properties", map(
                        "spring.data.redis.url", "rediss://master.prod-cache.abc123.euw1.cache.amazonaws.com:6379",
                        "spring.data.redis.password", STRONG)),
                arguments("Redis in the cluster with a password", map(
                        "spring.data.redis.url", "redis://redis-master.cache.svc.cluster.local:6379",
                        "spring.data.redis.password", STRONG)),
                arguments("Managed PostgreSQL with the password in its own setting", map(
                        "DATABASE_URL", "postgresql://doadmin@db-postgresql-nyc1-12345-do-user-123-0.b.db.ondigitalocean"
                                + ".com:25060/defaultdb?sslmode=require",
                        "AIVEN_DATABASE_URL", "postgres://avnadmin@pg-3a1b2c.aivencloud.com:12345/defaultdb?sslmode=require",
                        "COCKROACH_DATABASE_URL", "postgresql://app@free-tier.gcp-us-central1.cockroachlabs.cloud:26257"
                                + "/defaultdb?sslmode=verify-full",
                        "RENDER_DATABASE_URL", "postgresql://app@dpg-abc123def456-a/app_db")),
                arguments("Internal DNS names and IPv6 private addresses", map(
                        "DATABASE_URL", "postgresql://app@orders-db.prod.internal:5432/orders",
                        "REPLICA_DB_URL", "jdbc:postgresql://[fd12:3456:789a::10]:5432/orders",
                        "REPORTING_DB_URL", "jdbc:postgresql://10.0.12.7:5432/reporting")),
                arguments("Kubernetes service with sslmode=require", map(
                        "spring.datasource.url", "jdbc:postgresql://postgres.db.svc.cluster.local:5432/orders?sslmode=require",
                        "spring.datasource.username", "orders", "spring.datasource.password", STRONG)),
                arguments("Compose service name without TLS on the private network", map(
                        "DATABASE_URL", "postgresql://orders@db:5432/orders", "DATABASE_PASSWORD", STRONG)),
                arguments("Seed 002 host keys", map("REDIS_HOST", "production-redis", "REDIS_PORT", "6379",
                        "DB_HOST", "orders-db.internal")),
                arguments("R2DBC with companion credentials", map(
                        "spring.r2dbc.url", "r2dbc:postgresql://orders-db.internal:5432/orders",
                        "spring.r2dbc.username", "orders", "spring.r2dbc.password", STRONG)),
                arguments("Oracle Autonomous over TCPS", map(
                        "spring.datasource.url", "jdbc:oracle:thin:@tcps://adb.eu-frankfurt-1.oraclecloud.com:1522"
                                + "/g1a2b3_orders_high.adb.oraclecloud.com?wallet_location=/opt/wallet")),
                arguments("Oracle TNS alias", map("spring.datasource.url", "jdbc:oracle:thin:@orders_high?TNS_ADMIN=/wallet")),
                arguments("libpq string to RDS", map(
                        "PG_CONNECTION_STRING", "host=orders.abc123.eu-west-1.rds.amazonaws.com port=5432 dbname=orders"
                                + " user=orders sslmode=verify-full")),
                arguments("database names that only contain test or dev letters", map(
                        "CONTEST_DATABASE_URL", "postgresql://app@db.internal/contest",
                        "LATEST_DB_URL", "postgresql://app@db.internal/latest",
                        "DEVICES_DB_URL", "postgresql://app@db.internal/devices",
                        "ATTESTATION_DB_URL", "postgresql://app@db.internal/attestations")),
                arguments("settings that merely resemble database keys", map(
                        "DATABASE_POOL_SIZE", "20", "DB_TIMEOUT", "30s", "spring.datasource.driver-class-name",
                        "org.postgresql.Driver", "REDIS_TTL", "3600", "SERVICE_URL", "https://api.acme.io",
                        "DATABASE_USERNAME", "orders")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodProductionSettings")
    void checkWhenProductionDatabaseIsHealthyShouldSayGo(String name, Map<String, String> settings) {
        GateCheck.run(Stage.PRODUCTION, settings, new DatabaseGate()).isGo().hasNoFindings();
    }

    static Stream<Arguments> badProductionSettings() {
        return Stream.of(
                arguments("spring.datasource.url", "jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:h2:file:/data/orders", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:hsqldb:mem:orders", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:derby:memory:orders;create=true", "database.embedded", Severity.NO_GO),
                arguments("DATABASE_URL", "jdbc:sqlite:/var/lib/app/orders.db", "database.embedded", Severity.NO_GO),
                arguments("DATABASE_URL", "file:./dev.db", "database.embedded", Severity.NO_GO),
                arguments("spring.r2dbc.url", "r2dbc:h2:mem:///orders", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:tc:postgresql:15:///orders", "database.testcontainers", Severity.NO_GO),
                arguments("spring.r2dbc.url", "r2dbc:tc:postgresql:///orders?TC_IMAGE_TAG=15", "database.testcontainers",
                        Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://app@db.internal:5432/app_test", "database.test-name", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://app@db.internal:5432/test", "database.test-name", Severity.NO_GO),
                arguments("DB_URL", "jdbc:mysql://db.internal:3306/dev_db", "database.test-name", Severity.NO_GO),
                arguments("DB_URL", "jdbc:mysql://db.internal:3306/myapp-dev", "database.test-name", Severity.NO_GO),
                arguments("DB_URL", "jdbc:postgresql://db.internal/ordersTest2", "database.test-name", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://postgres:postgres@db.internal:5432/orders",
                        "database.default-credentials", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://user:pass@production-db:5432/rappit",
                        "database.default-credentials", Severity.NO_GO),
                arguments("DB_URL", "jdbc:mysql://db.internal/shop?user=root&password=", "database.default-credentials",
                        Severity.NO_GO),
                arguments("DB_URL", "mysql://root:root@db.internal/shop", "database.default-credentials", Severity.NO_GO),
                arguments("DB_URL", "jdbc:postgresql://db.internal/app?user=admin&password=admin",
                        "database.default-credentials", Severity.NO_GO),
                arguments("MASTER_DATABASE_URL", "postgresql://user:pass@host:5432/masterdb", "database.template-host",
                        Severity.NO_GO),
                arguments("TENANT_DATABASE_URL", "postgresql://user:pass@host:5432/tenantdb", "database.default-credentials",
                        Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://app@<host>:5432/orders", "database.template-host", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://app@your-db-host:5432/orders", "database.template-host", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://app@db.example.com:5432/orders", "database.template-host", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://app@hostname:5432/orders", "database.template-host", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:postgresql://${DB_HOST:localhost}:5432/orders",
                        "database.loopback", Severity.WARN),
                arguments("DATABASE_URL", "postgresql://app@{{ .Values.db.host }}/orders", "database.unparseable",
                        Severity.NO_GO),
                arguments("ConnectionStrings__Default", "Server=myServerAddress;Database=myDataBase;User Id=myUsername;"
                        + "Password=myPassword;", "database.template-host", Severity.NO_GO),
                arguments("DB_HOST", "<your-db-host>", "database.template-host", Severity.NO_GO),
                arguments("DATABASE_URL", "postgres://app@db.internal:99999/orders", "database.unparseable", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=ora1)",
                        "database.unparseable", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:postgresql://localhost:5432/orders", "database.loopback", Severity.WARN),
                arguments("DATABASE_URL", "postgresql://orders@127.0.0.1:6432/orders", "database.loopback", Severity.WARN),
                arguments("REDIS_HOST", "localhost", "database.loopback", Severity.WARN),
                arguments("DATABASE_URL", "postgresql://orders:hV9kq2LmX7pW@db.internal/orders", "database.password-in-url",
                        Severity.INFO),
                arguments("NEXT_PUBLIC_DATABASE_URL", "postgresql://orders:hV9kq2LmX7pW@db.acme.io/orders?sslmode=require",
                        "database.password-in-url", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:postgresql://orders.abc123.eu-west-1.rds.amazonaws.com/orders"
                        + "?sslmode=disable", "database.tls-disabled", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:mysql://shop.abc123.eu-west-1.rds.amazonaws.com/shop?useSSL=false",
                        "database.tls-disabled", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:sqlserver://orders.database.windows.net:1433;database=orders;"
                        + "encrypt=false", "database.tls-disabled", Severity.NO_GO),
                arguments("MONGODB_URI", "mongodb://m1.db.acme.io:27017/app?ssl=false", "database.tls-disabled", Severity.NO_GO),
                arguments("DATABASE_URL", "postgresql://orders@db.internal/orders?sslmode=disable", "database.tls-disabled",
                        Severity.WARN),
                arguments("spring.datasource.url", "jdbc:postgresql://orders.abc123.eu-west-1.rds.amazonaws.com/orders",
                        "database.tls-not-required", Severity.INFO),
                arguments("DATABASE_URL", "postgresql://orders@ep-cool-name-123456.eu-central-1.aws.neon.tech/neondb"
                        + "?sslmode=prefer", "database.tls-not-required", Severity.WARN),
                // Connector/J 8 defaults to sslMode=PREFERRED, as libpq to prefer; MariaDB Connector/J to no TLS
                arguments("spring.datasource.url", "jdbc:mysql://shop.db.acme.io/shop", "database.tls-not-required", Severity.INFO),
                arguments("spring.datasource.url", "jdbc:mariadb://shop.db.acme.io/shop", "database.tls-not-required",
                        Severity.WARN),
                arguments("REDIS_URL", "redis://cache.acme.io:6379", "database.redis-insecure", Severity.WARN),
                arguments("REDIS_URL", "redis://:hV9kq2LmX7pW@redis-12345.c1.eu-west-1.ec2.cloud.redislabs.com:12345",
                        "database.redis-insecure", Severity.WARN),
                arguments("CELERY_BROKER_URL", "redis://broker.acme.io:6379/0", "database.redis-insecure", Severity.WARN),
                arguments("LEGACY_STORE", "jdbc:h2:mem:legacy", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:hsqldb:file:/var/lib/app/orders", "database.embedded",
                        Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:hsqldb:res:/db/orders", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:hsqldb:/var/lib/app/orders", "database.embedded",
                        Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:derby:orders;create=true", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:h2:./data/orders", "database.embedded", Severity.NO_GO),
                arguments("spring.datasource.url", "jdbc:h2:./data/orders", "database.embedded", Severity.NO_GO));
    }

    @Test
    void aRedisHostThatTheRedisUrlOverridesShouldNotBeJudged() {
        // Boot: spring.data.redis.url "overrides host, port, username, and password"
        assertThat(findings(Stage.PRODUCTION, Map.of("spring.data.redis.host", "localhost",
                "spring.data.redis.url", "rediss://master.prod-cache.abc123.euw1.cache.amazonaws.com:6379")))
                .extracting(Finding::subject).doesNotContain("spring.data.redis.host");
        assertThat(findings(Stage.PRODUCTION, Map.of("spring.data.redis.host", "localhost")))
                .extracting(Finding::subject).contains("spring.data.redis.host");
    }

    private static List<Finding> deferredUrlFindings(String url) {
        Settings settings = Settings.builder().add(Setting.deferred("spring.datasource.url", url, Origin.of("map"),
                "environment variable APP_HOME")).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest(name = "{0} is embedded")
    @ValueSource(strings = {"jdbc:hsqldb:file:${APP_HOME}/orders", "jdbc:hsqldb:res:${APP_HOME}",
        "jdbc:h2:mem:${DB_NAME}", "jdbc:h2:file:${APP_HOME}/orders", "jdbc:h2:~/${DB_NAME}",
        "jdbc:derby:orders-${ENV};create=true", "jdbc:derby:memory:${DERBY_DB}", "jdbc:sqlite:${DB_PATH}"})
    void checkInProductionShouldReportAnEmbeddedUrlCompletedAtRunTime(String url) {
        assertThat(deferredUrlFindings(url)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("database.embedded");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        });
    }

    @ParameterizedTest(name = "{0} may be a server")
    @ValueSource(strings = {"jdbc:h2:${H2_LOCATION}", "jdbc:h2:tcp://${H2_HOST}/orders",
        "jdbc:hsqldb:hsql://${HSQL_HOST}/orders", "jdbc:hsqldb:${HSQL_LOCATION}", "jdbc:derby://${DERBY_HOST}:1527/orders",
        "jdbc:postgresql://${DB_HOST}/orders", "${DATABASE_URL}", "jdbc:h2:${APP_HOME}/orders",
        "jdbc:derby:${DERBY_DB};create=true"})
    void checkInProductionShouldLeaveAUrlCompletedAtRunTimeThatMayNameAServer(String url) {
        assertThat(deferredUrlFindings(url)).extracting(Finding::code).doesNotContain("database.embedded");
    }

    static Stream<Arguments> serverFormsOfEmbeddableEngines() {
        return Stream.of(
                arguments("jdbc:hsqldb:hsql://db.acme.io/orders"),
                arguments("jdbc:hsqldb:hsqls://db.acme.io/orders"),
                arguments("jdbc:hsqldb:http://db.acme.io/orders"),
                arguments("jdbc:h2:tcp://db.acme.io:9092/orders"),
                arguments("jdbc:h2:ssl://db.acme.io:9092/orders"),
                arguments("jdbc:derby://db.acme.io:1527/orders"),
                arguments("jdbc:postgresql://db.acme.io/orders?sslmode=verify-full"));
    }

    @ParameterizedTest(name = "{0} is no embedded database")
    @MethodSource("serverFormsOfEmbeddableEngines")
    void checkInProductionShouldNotCallServerFormsOfEmbeddableEnginesEmbedded(String url) {
        assertThat(findings(Stage.PRODUCTION, map("spring.datasource.url", url))).extracting(Finding::code)
                .doesNotContain("database.embedded");
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("badProductionSettings")
    void checkWhenProductionDatabaseIsWrongShouldReportTheFinding(String key, String value, String code,
            Severity severity) {
        List<Finding> findings = findings(Stage.PRODUCTION, map(key, value));

        assertThat(findings).filteredOn(finding -> finding.code().equals(code))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(severity);
                    assertThat(finding.subject()).isEqualTo(key);
                    assertThat(finding.origin().description()).isEqualTo("map");
                    assertThat(finding.message()).contains(key).isNotBlank();
                    assertThat(finding.remediation()).isNotBlank();
                });
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "TEST"})
    void checkInDevelopmentAndTestShouldAcceptEmbeddedTestAndLocalDatabases(Stage stage) {
        Map<String, String> settings = map(
                "spring.datasource.url", "jdbc:h2:mem:testdb",
                "spring.datasource.username", "sa", "spring.datasource.password", "",
                "TEST_DATABASE_URL", "jdbc:tc:postgresql:15:///app_test",
                "DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/app_dev?sslmode=disable",
                "REDIS_URL", "redis://localhost:6379");

        GateCheck.run(stage, settings, new DatabaseGate()).isGo().hasNoFindings();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "TEST"})
    void checkInDevelopmentWhenUrlIsBrokenShouldWarnWithoutBlocking(Stage stage) {
        GateCheck.run(stage, map("DATABASE_URL", "postgresql://app@your-host:5432/app", "DB_URL", "jdbc:mysql:nohost"),
                        new DatabaseGate())
                .hasVerdict(Status.WARN)
                .hasFinding("database.template-host", "DATABASE_URL")
                .hasFinding("database.unparseable", "DB_URL")
                .blocks(false);
    }

    @Test
    void checkInStagingShouldWarnForEmbeddedAndDefaultsButBlockBrokenUrls() {
        List<Finding> findings = findings(Stage.STAGING, map(
                "spring.datasource.url", "jdbc:h2:mem:orders",
                "TC_URL", "jdbc:tc:postgresql:15:///orders",
                "DATABASE_URL", "postgresql://postgres:postgres@db.internal/orders_test",
                "TEMPLATE_DB_URL", "postgresql://app@hostname/orders",
                "BROKEN_DB_URL", "postgresql://app@db.internal:0/orders",
                "LOCAL_DB_URL", "postgresql://app@localhost/orders?sslmode=disable"));

        assertThat(findings).extracting(f -> f.code() + " " + f.subject() + " " + f.severity()).containsExactlyInAnyOrder(
                "database.embedded spring.datasource.url WARN",
                "database.testcontainers TC_URL WARN",
                "database.default-credentials DATABASE_URL WARN",
                "database.password-in-url DATABASE_URL INFO",
                "database.template-host TEMPLATE_DB_URL NO_GO",
                "database.unparseable BROKEN_DB_URL NO_GO");
    }

    @Test
    void checkWhenJdbcPropertiesFollowATestDatabaseNameShouldNotPrintThePassword() {
        Report report = GateCheck.run(Stage.PRODUCTION,
                map("DATABASE_URL", "jdbc:acme://db.internal:7000/app_test;user=sa;password=Canary-7Hq2Wx9Kp4"),
                new DatabaseGate()).hasFinding("database.test-name", "DATABASE_URL").report();

        String rendered = TextReportRenderer.full().render(report) + JsonReportRenderer.pretty().render(report);
        assertThat(rendered).contains("app_test");
        for (String fragment : DatabaseUrlTests.fragments("Canary-7Hq2Wx9Kp4")) {
            assertThat(rendered).doesNotContain(fragment);
        }
    }

    @Test
    void checkWhenAConnectionStringKeyHoldsACloudServiceConnectionStringShouldLeaveItToTheOtherGates() {
        String key = "Q2xvdWRTZXJ2aWNlS2V5Rm9yVGVzdHNPbmx5MDEyMzQ1Njc4OQ==";
        assertThat(findings(Stage.PRODUCTION, map(
                "AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey="
                        + key + ";EndpointSuffix=core.windows.net",
                "spring.cloud.azure.servicebus.connection-string", "Endpoint=sb://acme-prod.servicebus.windows.net/;"
                        + "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + key,
                "APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=00000000-0000-0000-0000-000000000000;"
                        + "IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"))).isEmpty();

        assertThat(findings(Stage.PRODUCTION, map("ConnectionStrings__Orders",
                "Server=tcp:localhost,1433;Database=orders;User Id=app;Password=Qw7vLp2Xr9TzK4mN;AccountKey=x")))
                .extracting(Finding::code).contains("database.loopback");
        assertThat(findings(Stage.PRODUCTION, map("DATABASE_CONNECTION_STRING", "Database=orders;Port=5432")))
                .extracting(Finding::code).contains("database.unparseable");
    }

    @Test
    void checkWhenAConnectionStringIsACompositeFormatTheServiceFillsShouldNotJudgeIt() {
        assertThat(findings(Stage.PRODUCTION, map("ConnectionStrings__Orders",
                "Server=tcp:{0},{1};Database={2};User Id={3};Password={4};"))).isEmpty();

        assertThat(findings(Stage.PRODUCTION, map("ConnectionStrings__Orders",
                "Server=tcp:localhost,1433;Database={0};User Id=sa;Password=sa;")))
                .extracting(Finding::code).isNotEmpty();
        assertThat(findings(Stage.PRODUCTION, map("ConnectionStrings__Orders",
                "Server=tcp:{0},{1};Database={2};User Id={user};Password={4};")))
                .extracting(Finding::code).isNotEmpty();
    }

    @Test
    void checkWhenElixirsEctoSwitchesTlsOffShouldReportItLikeAnyDatabaseTlsSwitch() {
        List<String> mysql = findings(Stage.PRODUCTION, map("MYSQL_USE_SSL", "false")).stream().map(Finding::code)
                .toList();
        assertThat(mysql).isNotEmpty();
        assertThat(findings(Stage.PRODUCTION, map("ECTO_USE_SSL", "false"))).extracting(Finding::code)
                .containsExactlyElementsOf(mysql);
        assertThat(findings(Stage.PRODUCTION, map("ECTO_USE_SSL", "true"))).isEmpty();
    }

    @Test
    void checkShouldReportEveryProblemOfOneUrlAtOnce() {
        List<Finding> findings = findings(Stage.PRODUCTION, map("DATABASE_URL",
                "postgresql://postgres:postgres@orders.abc123.eu-west-1.rds.amazonaws.com:5432/orders_test?sslmode=disable"));

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder("database.test-name",
                "database.default-credentials", "database.password-in-url", "database.tls-disabled");
    }

    @Test
    void checkShouldCombineTheUrlWithSpringCompanionCredentials() {
        List<Finding> rootWithoutPassword = findings(Stage.PRODUCTION, map(
                "spring.datasource.url", "jdbc:mysql://shop-db.internal:3306/shop",
                "spring.datasource.username", "root", "spring.datasource.password", ""));
        List<Finding> postgresPostgres = findings(Stage.PRODUCTION, map(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db.internal/orders",
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "postgres"));
        List<Finding> dedicated = findings(Stage.PRODUCTION, map(
                "spring.datasource.url", "jdbc:postgresql://db.internal/orders",
                "spring.datasource.username", "orders_app", "spring.datasource.password", STRONG));

        assertThat(rootWithoutPassword).extracting(Finding::code).containsOnly("database.default-credentials");
        assertThat(rootWithoutPassword).extracting(Finding::subject).containsOnly("spring.datasource.password");
        assertThat(postgresPostgres).extracting(Finding::code).containsExactly("database.default-credentials");
        assertThat(dedicated).isEmpty();
    }

    @Test
    void checkShouldAcceptTlsRequiredByCompanionSettings() {
        assertThat(findings(Stage.PRODUCTION, map(
                "spring.datasource.url", "jdbc:postgresql://orders.abc123.eu-west-1.rds.amazonaws.com/orders",
                "spring.datasource.hikari.data-source-properties.sslmode", "verify-full"))).isEmpty();
        assertThat(findings(Stage.PRODUCTION, map(
                "spring.data.redis.url", "redis://cache.acme-prod.io:6379",
                "spring.data.redis.password", STRONG, "spring.data.redis.ssl.enabled", "true"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.datasource.url", "DATABASE_URL", "MASTER_DATABASE_URL", "TENANT_DATABASE_URL",
            "DB_URL", "JDBC_URL", "spring.r2dbc.url", "spring.data.mongodb.uri", "spring.data.redis.url", "REDIS_URL",
            "MONGODB_URI", "MONGO_URL", "POSTGRES_URL", "ConnectionStrings__Default", "SQLALCHEMY_DATABASE_URI",
            "spring.datasource.hikari.jdbc-url", "app.datasource.orders.url", "DATABASE_URL_UNPOOLED", "READ_REPLICA_DB_URL",
            "spring.flyway.url", "REDISCLOUD_URL", "DB_DSN"})
    void checkShouldJudgeEveryKeyThatNamesADatabaseUrl(String key) {
        assertThat(findings(Stage.PRODUCTION, map(key, "db.internal:99x")))
                .extracting(Finding::code).containsExactly("database.unparseable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_POOL_SIZE", "DB_TIMEOUT", "spring.datasource.driver-class-name", "DATABASE_USERNAME",
            "DATABASE_PASSWORD", "REDIS_TTL", "SERVICE_URL", "CALLBACK_URI", "spring.datasource.hikari.maximum-pool-size",
            "readiness.database.extra-keys"})
    void checkShouldIgnoreKeysThatAreNotDatabaseUrls(String key) {
        assertThat(findings(Stage.PRODUCTION, map(key, "db.internal:99x"))).isEmpty();
    }

    @Test
    void checkShouldHonourExtraAndExcludeKeysFromSettingsAndConstructor() {
        Map<String, String> settings = map(
                "readiness.database.extra-keys", "orders.store, billing-store",
                "readiness.database.exclude-keys[0]", "DATABASE_URL",
                "ORDERS_STORE", "not a url at all",
                "billing.store", "jdbc:h2:mem:x",
                "DATABASE_URL", "jdbc:h2:mem:y",
                "LEGACY_DB_URL", "jdbc:h2:mem:z",
                "AUDIT_SINK", "nope nope");

        List<Finding> fromSettings = findings(Stage.PRODUCTION, settings);
        List<Finding> withConstructor = new DatabaseGate(List.of("audit-sink"), List.of("legacy.db.url"))
                .check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings();

        assertThat(fromSettings).extracting(f -> f.code() + " " + f.subject()).containsExactlyInAnyOrder(
                "database.unparseable ORDERS_STORE", "database.embedded billing.store", "database.embedded LEGACY_DB_URL");
        assertThat(withConstructor).extracting(f -> f.code() + " " + f.subject()).containsExactlyInAnyOrder(
                "database.unparseable ORDERS_STORE", "database.embedded billing.store", "database.unparseable AUDIT_SINK");
    }

    @Test
    void loopbackFindingShouldSayALocalProxyIsLegitimate() {
        Finding finding = findings(Stage.PRODUCTION, map("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/orders"))
                .get(0);

        assertThat(finding.message()).contains("Cloud SQL Auth Proxy").contains("127.0.0.1:5432");
    }

    @Test
    void gateShouldBeDiscoveredThroughTheServiceLoader() {
        GateCheck.runDiscovered(Stage.PRODUCTION, map("spring.datasource.url", "jdbc:h2:mem:orders"))
                .hasFinding("database.embedded", "spring.datasource.url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app_test", "test", "tests", "dev_db", "myapp-dev", "localdb", "ordersTest", "app_test2",
            "development", "e2e"})
    void readsAsTestNameShouldRecognizeTestAndDevNames(String name) {
        assertThat(DatabaseGate.readsAsTestName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"contest", "latest", "devices", "attestation", "orders", "neondb", "postgres", "defaultdb",
            "developer_portal", "testimonials", "production", "staging_area", "localization", "local_inventory",
            "devops"})
    void readsAsTestNameShouldNotFlagWordsThatMerelyContainTheLetters(String name) {
        assertThat(DatabaseGate.readsAsTestName(name)).isFalse();
    }

    static Stream<String> canaryValues() {
        String canary = "Qz7Wv3Xk9Jp2";
        return Stream.of(
                "postgresql://postgres:" + canary + "@orders.abc123.eu-west-1.rds.amazonaws.com/app_test?sslmode=disable",
                "jdbc:postgresql://hostname/orders?user=app&password=" + canary,
                "jdbc:mysql://root:" + canary + "@localhost:3306/dev_db?useSSL=false",
                "redis://:" + canary + "@cache.acme-prod.io:6379",
                "Server=myServerAddress;Database=test;User Id=sa;Password=" + canary + ";Encrypt=false",
                "host=db.internal dbname=app_test user=app password=" + canary + " sslmode=disable",
                "jdbc:oracle:thin:app/" + canary + "@(DESCRIPTION=(ADDRESS=(HOST=x)",
                "postgresql://app:" + canary + "@db host/orders",
                "postgresql://app:Qz7?Wv3Xk9Jp2@db.internal/orders",
                "postgresql://app:1234?Wv3Xk9Jp2@db.internal/orders",
                "jdbc:h2:mem:x;USER=sa;PASSWORD=" + canary,
                "amqp://guest:" + canary + "@rabbitmq:5672//",
                "postgresql://[user]:" + canary + "@db.acme-prod.com/app",
                "postgresql://app:" + canary + "@${DB_HOST}:${DB_PORT}/orders_test?sslmode=disable");
    }

    @ParameterizedTest
    @MethodSource("canaryValues")
    void renderedReportsShouldNeverContainThePassword(String value) {
        Map<String, String> settings = map("DATABASE_URL", value, "spring.datasource.url", value);
        for (Stage stage : Stage.values()) {
            Report report = GateCheck.run(stage, settings, new DatabaseGate()).report();
            String rendered = TextReportRenderer.full().render(report) + JsonReportRenderer.pretty().render(report)
                    + report + report.findings().map(Finding::toString).toList()
                    + DatabaseUrl.parse(value);
            for (String fragment : DatabaseUrlTests.fragments("Qz7Wv3Xk9Jp2")) {
                assertThat(rendered).as("stage %s", stage).doesNotContain(fragment);
            }
            assertThat(rendered).doesNotContain("1234?");
        }
    }

    private static List<String> codes(Stage stage, String... keysAndValues) {
        return findings(stage, map(keysAndValues)).stream()
                .map(f -> f.code() + " " + f.subject() + " " + f.severity()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "postgresql://postgres:<password>@db.acme-prod.com:5432/app",
            "postgresql://postgres.abcdefghij:[YOUR-PASSWORD]@aws-0-eu-west-1.pooler.supabase.com:6543/postgres",
            "mysql://app:xxxxxx@replica.acme-prod.com:3306/app",
            "jdbc:sqlserver://acme.database.windows.net:1433;database=orders;user=admin;password={your_password_here}",
            "mongodb+srv://<username>:<db_password>@cluster7.x1y2z.mongodb.net/shop",
            "postgres://analytics:your_password@localhost:5432/analytics"})
    void checkWhenTheUrlHoldsATemplatePasswordShouldSayNoGoTemplateNotOnlyLoopback(String url) {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", url)).contains("database.template-credentials DATABASE_URL NO_GO")
                .doesNotContain("database.default-credentials DATABASE_URL NO_GO");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "postgresql://audit:passage-Rt7Wq2Lm@audit-db.acme-prod.com:5432/audit?sslmode=verify-full",
            "jdbc:sqlserver://acme.database.windows.net:1433;database=orders;user=admin;password={p@ss;W0rd-9xQ}",
            "postgres://queue:${QUEUE_DB_PASSWORD}@queue-db:5432/queue",
            "postgresql://your_app:Zq8rVt2LmN4pXs6K@db.acme-prod.com:5432/app?sslmode=require"})
    void checkWhenThePasswordMerelyLooksTemplatedShouldNotSayTemplate(String url) {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", url)).noneMatch(code -> code.contains("template")
                || code.contains("default-credentials"));
    }

    @Test
    void checkWhenTlsIsSwitchedOffInACompanionSettingShouldWarnOnThatSetting() {
        assertThat(codes(Stage.PRODUCTION, "MYSQL_USE_SSL", "false", "DB_SSLMODE", "disable", "PGSSLMODE", "disable",
                "spring.datasource.hikari.data-source-properties.useSSL", "false", "DATABASE_SSL", "false"))
                .containsExactlyInAnyOrder("database.tls-disabled MYSQL_USE_SSL WARN",
                        "database.tls-disabled DB_SSLMODE WARN", "database.tls-disabled PGSSLMODE WARN",
                        "database.tls-disabled spring.datasource.hikari.data-source-properties.useSSL WARN",
                        "database.tls-disabled DATABASE_SSL WARN");
    }

    @Test
    void checkWhenCompanionTlsSettingsAreOnOrNotTlsShouldSayNothing() {
        // DB_SSL_REJECT_UNAUTHORIZED=false keeps TLS but accepts any certificate: database.tls-unverified since the
        // seventeenth pass (ConnectionSettingsSeventeenthPassTests); =true stays clean
        assertThat(codes(Stage.PRODUCTION, "PGSSLMODE", "verify-full", "DB_SSLMODE", "require", "MYSQL_USE_SSL", "true",
                "DB_SSL_REJECT_UNAUTHORIZED", "true", "spring.data.redis.ssl.enabled", "false", "REDIS_TLS", "false",
                "DB_SSL_CA", "/etc/ssl/rds.pem", "SMTP_SSL", "false")).isEmpty();
        assertThat(codes(Stage.STAGING, "DB_SSLMODE", "disable")).isEmpty();
    }

    @Test
    void checkWhenAnEngineSwitchChoosesAnEmbeddedDatabaseShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "DB_TYPE", "sqlite", "STRAPI_DATABASE_CLIENT", "better-sqlite3",
                "spring.jpa.database", "H2", "database__client", "sqlite3",
                "spring.jpa.database-platform", "org.hibernate.dialect.H2Dialect", "DB_ENGINE", "django.db.backends.sqlite3"))
                .containsExactlyInAnyOrder("database.embedded DB_TYPE NO_GO", "database.embedded STRAPI_DATABASE_CLIENT NO_GO",
                        "database.embedded spring.jpa.database NO_GO", "database.embedded database__client NO_GO",
                        "database.embedded spring.jpa.database-platform NO_GO", "database.embedded DB_ENGINE NO_GO");
        assertThat(codes(Stage.STAGING, "DB_CLIENT", "sqlite3")).containsExactly("database.embedded DB_CLIENT WARN");
    }

    @Test
    void checkWhenAnEngineSwitchNamesADatabaseServerShouldSayNothing() {
        assertThat(codes(Stage.PRODUCTION, "DB_TYPE", "postgres", "DATABASE_CLIENT", "mysql2", "spring.jpa.database",
                "POSTGRESQL", "DB_CONNECTION", "pgsql", "quarkus.datasource.db-kind", "mariadb",
                "spring.jpa.database-platform", "org.hibernate.dialect.PostgreSQLDialect",
                "spring.datasource.embedded-database-connection", "none", "spring.quartz.jdbc.initialize-schema", "embedded"))
                .isEmpty();
    }

    @Test
    void checkWhenH2RunsAsSaWithABlankPasswordShouldReportDefaultCredentialsOnThePasswordOnly() {
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.url", "jdbc:h2:file:./data/demo",
                "spring.datasource.username", "sa", "spring.datasource.password", ""))
                .containsExactlyInAnyOrder("database.embedded spring.datasource.url NO_GO",
                        "database.default-credentials spring.datasource.password NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.url",
                "jdbc:sqlserver://orders.database.windows.net:1433;database=orders;encrypt=true",
                "spring.datasource.username", "sa", "spring.datasource.password", STRONG)).isEmpty();
    }

    @Test
    void checkWhenSplitCredentialsAreADefaultPairShouldReportThePassword() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_USERNAME", "strapi", "DATABASE_PASSWORD", "strapi",
                "DB_USER", "postgres", "DB_PASS", "", "POSTGRES_PASSWORD", "postgres"))
                .containsExactlyInAnyOrder("database.default-credentials DATABASE_PASSWORD NO_GO",
                        "database.default-credentials DB_PASS NO_GO",
                        "database.default-credentials POSTGRES_PASSWORD NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_USERNAME", "strapi", "DATABASE_PASSWORD", STRONG,
                "DB_USER", "orders_app", "DB_PASS", "", "MYSQL_PASSWORD", "postgres", "DB_PASSWORD", "${DB_PASSWORD}"))
                .isEmpty();
    }

    @Test
    void checkWhenAnAdministratorsPasswordIsBlankShouldReportThePasswordKeyButNotAReferenceOrAnApplicationUser() {
        assertThat(codes(Stage.PRODUCTION, "DB_USERNAME", "postgres", "DB_PASSWORD", ""))
                .containsExactly("database.default-credentials DB_PASSWORD NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_USERNAME", "root", "DB_PASSWORD", "${DB_PASSWORD}")).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "DB_USERNAME", "root", "DB_PASSWORD", STRONG)).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "DB_USERNAME", "app", "DB_PASSWORD", "")).isEmpty();
    }

    @Test
    void checkWhenABrokerCacheOrMailUrlHoldsDefaultOrTemplateCredentialsShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "CELERY_BROKER_URL", "amqp://guest:guest@rabbitmq:5672//",
                "EMAIL_URL", "smtp+tls://apikey:your-sendgrid-api-key@smtp.sendgrid.net:587",
                "CACHE_URL", "redis://:password@redis:6379/1"))
                .contains("database.default-credentials CELERY_BROKER_URL NO_GO",
                        "database.template-credentials EMAIL_URL NO_GO", "database.default-credentials CACHE_URL NO_GO")
                .noneMatch(code -> code.endsWith(" WARN"));
    }

    @Test
    void checkWhenABrokerOrMailUrlHasRealCredentialsShouldSayNothing() {
        assertThat(codes(Stage.PRODUCTION,
                "BROKER_URL", "amqps://svc_orders:Wq8zT3nK6vR1mY5pLx2C@b-1234abcd.mq.eu-west-1.amazonaws.com:5671",
                "EMAIL_URL", "smtp+tls://apikey:" + STRONG + "@smtp.sendgrid.net:587",
                "CELERY_RESULT_BACKEND", "redis://redis:6379/0")).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "DATABASE_URL    | postgres://app:Hx7Lq2Wm9Rt4Vn6K@db.acme-prod.internal:54o2/app | NO_GO",
            "MONGODB_URI     | mongodb+srv://app:Pz3Kq8Lm1Xv6Rt9W@cluster0.ab1cd.mongodb.net:27017/shop | NO_GO",
            "JDBC_URL        | jdbc:postgresql//db.acme-prod.internal:5432/app | NO_GO",
            "ORDERS_DB_URL   | orders primary database | WARN"})
    void checkWhenADatabaseUrlDoesNotParseShouldSayNoGoUnlessOnlyTheKeySuggestsADatabase(String key, String value,
            Severity severity) {
        assertThat(findings(Stage.PRODUCTION, map(key, value))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("database.unparseable");
            assertThat(finding.severity()).isEqualTo(severity);
        });
    }

    @Test
    void checkWhenAUrlStillHoldsRunTimeReferencesShouldJudgeTheRestOnly() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "${DATABASE_URL}",
                "ORDERS_DB_URL", "postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/orders",
                "DB_HOST", "${DB_HOST}")).isEmpty();
        assertThat(codes(Stage.PRODUCTION,
                "MM_SQLSETTINGS_DATASOURCE", "postgres://${PG_USER}:${PG_PASSWORD}@postgres:5432/${PG_DB}?sslmode=disable",
                "spring.datasource.url", "${JDBC_URL:jdbc:postgresql://localhost/petclinic}"))
                .containsExactlyInAnyOrder("database.tls-disabled MM_SQLSETTINGS_DATASOURCE WARN",
                        "database.loopback spring.datasource.url WARN");
    }

    @Test
    void checkWhenASuperuserWithNoPasswordConnectsToTheLocalMachineShouldBlock() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "mysql://root@127.0.0.1/shop?serverVersion=8"))
                .containsExactly("database.loopback DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_CONNECTION", "postgresql://postgres@localhost:5432/shop"))
                .containsExactly("database.loopback DB_CONNECTION NO_GO");
    }

    @Test
    void checkWhenALocalProxyOrAPasswordSettingMayServeTheLoopbackUrlShouldOnlyWarn() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://orders@127.0.0.1:5432/orders"))
                .containsExactly("database.loopback DATABASE_URL WARN");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "mysql://root@127.0.0.1/shop", "DATABASE_PASSWORD", STRONG))
                .containsExactly("database.loopback DATABASE_URL WARN");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "mysql://root@127.0.0.1/shop", "MYSQL_PASSWORD", STRONG))
                .containsExactly("database.loopback DATABASE_URL WARN");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "mysql://root@mysql/shop"))
                .containsExactly("database.default-credentials DATABASE_URL NO_GO");
    }

    @Test
    void checkShouldReadGoMysqlDriverDsnsLikeMysqlUris() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_DSN", "USER:PASSWORD@tcp(HOST)/?tls=true"))
                .contains("database.default-credentials DATABASE_DSN NO_GO", "database.template-host DATABASE_DSN NO_GO")
                .doesNotContain("database.loopback DATABASE_DSN WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_DSN", "orders:" + STRONG + "@tcp(127.0.0.1:3306)/orders?tls=true"))
                .contains("database.loopback DB_DSN WARN");
        assertThat(findings(Stage.PRODUCTION, map("DB_DSN",
                "orders:" + STRONG + "@tcp(mysql-orders.internal:3306)/orders?tls=true")))
                .allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void checkWhenADatabaseUrlKeyHoldsTemplateTextShouldBlockLikeABrokenUrl() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "your_postgres_db_url"))
                .containsExactly("database.unparseable DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "not a url at all"))
                .containsExactly("database.unparseable DATABASE_URL WARN");
    }

    @Test
    void checkWhenManagedDatabasesDeliverCredentialsInTheUrlShouldNotWarn() {
        assertThat(findings(Stage.PRODUCTION, map(
                "DATABASE_URL", "postgresql://neondb_owner:npg_Xk7Pq2Lm9Vt4@ep-lingering-sky-a5b7c9d1.us-east-2.aws.neon"
                        + ".tech/neondb?sslmode=require",
                "AIVEN_URL", "postgres://avnadmin:AVNS_x7Yq2Rk9Lm4Pt8Vw1Zc@pg-3b8d4a7c-shop.aivencloud.com:12691/defaultdb",
                "RAILWAY_DATABASE_URL", "postgresql://postgres:" + STRONG + "@postgres.railway.internal:5432/railway",
                "REDIS_URL", "rediss://default:" + STRONG + "@fine-hawk-34567.upstash.io:6379")))
                .isNotEmpty().allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void checkWhenRedisOnAServiceOrClusterHostHasNoPasswordShouldNotWarnButAPublicHostShould() {
        assertThat(codes(Stage.PRODUCTION, "REDIS_URL", "redis://redis:6379", "CACHE_URL",
                "redis://redis-master.cache.svc.cluster.local:6379/0", "SESSION_REDIS_URL", "redis://10.0.12.7:6379"))
                .isEmpty();
        assertThat(codes(Stage.PRODUCTION, "REDIS_URL", "redis://cache.acme-prod.com:6379"))
                .containsExactly("database.redis-insecure REDIS_URL WARN");
    }

    @Test
    void checkWhenAUrlKeyHoldsAWebUrlShouldLeaveItToTheSandboxGate() {
        assertThat(codes(Stage.PRODUCTION, "SUPABASE_PUBLIC_URL", "http://localhost:8000", "SUPABASE_URL",
                "https://abcdefghij.supabase.co", "DATABASE_DASHBOARD_URL", "https://localhost:8443/x:y")).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "SUPABASE_DB_URL", "postgresql://postgres:" + STRONG + "@localhost:54322/postgres"))
                .contains("database.loopback SUPABASE_DB_URL WARN");
    }

    @Test
    void checkWhenAPostgresqlUrlHasNoTlsSettingShouldOnlyInformSinceItsDriversPreferTlsButAMysqlOneShouldWarn() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL",
                "postgresql://app:" + STRONG + "@db.abcdefghijklmnopqrst.supabase.co:5432/postgres"))
                .contains("database.tls-not-required DATABASE_URL INFO")
                .noneMatch(code -> code.endsWith("WARN") || code.endsWith("NO_GO"));
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL",
                "postgresql://app:" + STRONG + "@roundhouse.proxy.rlwy.net:41873/railway?sslmode=disable"))
                .contains("database.tls-disabled DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "mysql://app:" + STRONG + "@db.acme-prod.com:3306/app"))
                .contains("database.tls-not-required DATABASE_URL WARN");
        assertThat(codes(Stage.PRODUCTION, "MONGODB_URI", "mongodb://app:" + STRONG + "@m1.acme-prod.com:27017/app"))
                .contains("database.tls-not-required MONGODB_URI WARN");
    }

    @Test
    void checkWhenAUrlTakesItsLoopbackHostFromAnotherSettingShouldReportItOnceWhereTheHostIsWritten() {
        Settings referenced = ApplicationConfig.builder().configText("application.properties", """
                db.host=localhost
                spring.datasource.url=jdbc:postgresql://${db.host}:5432/orders
                """).build().settings();
        Settings written = ApplicationConfig.builder().configText("application.properties", """
                db.name=orders
                spring.datasource.url=jdbc:postgresql://localhost:5432/${db.name}
                """).build().settings();

        List<Finding> moved = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, referenced)).findings();
        List<Finding> kept = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, written)).findings();

        assertThat(moved).filteredOn(finding -> finding.code().equals("database.loopback"))
                .extracting(Finding::subject).containsExactly("db.host");
        assertThat(kept).filteredOn(finding -> finding.code().equals("database.loopback"))
                .extracting(Finding::subject).containsExactly("spring.datasource.url");
    }

    @Test
    void checkWhenOnlyThePortOfALoopbackUrlIsAReferenceShouldStillJudgeTheWrittenHost() {
        Settings portReferenced = ApplicationConfig.builder().configText("application-live.properties", """
                spring.datasource.url=jdbc:postgresql://localhost:${DB_PORT}/${DB_NAME}
                """).build().settings();
        Settings hostReferenced = ApplicationConfig.builder().configText("application-live.properties", """
                spring.datasource.url=jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}
                """).build().settings();
        Settings serverWithPortReferenced = ApplicationConfig.builder().configText("application-live.properties", """
                spring.datasource.url=jdbc:postgresql://orders-db.internal:${DB_PORT}/orders?sslmode=verify-full
                """).build().settings();

        List<Finding> loopback = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, portReferenced)).findings();

        assertThat(loopback).extracting(f -> f.code() + " " + f.subject())
                .containsExactly("database.loopback spring.datasource.url");
        assertThat(loopback.get(0).message()).contains("(localhost)").doesNotContain("DB_PORT");
        assertThat(new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, hostReferenced)).findings()).isEmpty();
        assertThat(new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, serverWithPortReferenced)).findings())
                .isEmpty();
    }

    @Test
    void checkWhenTheHostComesFromTheEnvironmentButTheUrlSwitchesTlsOffShouldWarnInProduction() {
        Settings settings = ApplicationConfig.builder().configText("application-prod.properties", """
                spring.datasource.url=jdbc:mysql://${DB_HOST}:3306/orders?useUnicode=true&useSSL=false
                reporting.datasource.url=jdbc:postgresql://${PG_HOST}/reports?sslmode=verify-full
                audit.datasource.url=jdbc:mysql://${AUDIT_HOST}/audit?useSSL=${AUDIT_TLS}
                """).build().settings();

        List<Finding> production = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        List<Finding> development = new DatabaseGate().check(GateContext.of(Stage.DEVELOPMENT, settings)).findings();

        assertThat(production).extracting(f -> f.code() + " " + f.subject() + " " + f.severity())
                .containsExactly("database.tls-disabled spring.datasource.url WARN");
        assertThat(production.get(0).message()).contains("useSSL").contains("supplied at run time");
        assertThat(development).isEmpty();
    }

    @Test
    void checkWhenASuperuserOrTheBrokersGuestHasNoPasswordAnywhereShouldReportDefaultCredentials() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://postgres@db/warehouse", "AMQP_URL",
                "amqp://guest@rabbitmq:5672//"))
                .containsExactlyInAnyOrder("database.default-credentials DATABASE_URL NO_GO",
                        "database.default-credentials AMQP_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://postgres@db/warehouse", "DB_PASSWORD",
                STRONG)).doesNotContain("database.default-credentials DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://orders@db/warehouse", "AMQP_URL",
                "amqp://orders:" + STRONG + "@rabbitmq:5672/")).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://postgres@db.internal/warehouse"))
                .extracting(code -> code.substring(0, code.indexOf(' ')))
                .doesNotContain("database.default-credentials");
        assertThat(codes(Stage.DEVELOPMENT, "DATABASE_URL", "postgresql://postgres@db/warehouse", "AMQP_URL",
                "amqp://guest@rabbitmq:5672//")).isEmpty();
    }

    @Test
    void checkWhenAGraphOrColumnDatabaseUrlIsOnLoopbackShouldWarnLikeAnyDatabase() {
        assertThat(codes(Stage.PRODUCTION, "NEO4J_URI", "bolt://localhost:7687", "CASSANDRA_HOST", "127.0.0.1",
                "CLICKHOUSE_DSN", "clickhouse://default:" + STRONG + "@localhost:9000/app"))
                .contains("database.loopback NEO4J_URI WARN", "database.loopback CASSANDRA_HOST WARN",
                        "database.loopback CLICKHOUSE_DSN WARN");
        assertThat(codes(Stage.PRODUCTION, "NEO4J_URI", "neo4j+s://4f2a9c1e.databases.neo4j.io", "NEO4J_URL",
                "bolt://neo4j:7687", "CASSANDRA_CONTACT_POINTS_HOST", "cassandra-0.cassandra.svc.cluster.local"))
                .isEmpty();
    }

    @Test
    void checkWhenAUrlIsWhollyAnotherSettingsShouldReportItOnceWhereItIsWritten() throws java.io.IOException {
        java.nio.file.Path env = java.nio.file.Files.createTempFile("prod", ".env");
        java.nio.file.Files.writeString(env, """
                DATABASE_URL="postgresql://postgres:postgres@localhost:5432/postgres"
                DATABASE_URL_DIRECT="$DATABASE_URL"
                DATABASE_URL_POOLED=${DATABASE_URL}
                """);
        try {
            Settings settings = ApplicationConfig.builder().envFile(env).build().settings();

            List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();

            assertThat(findings).extracting(Finding::subject)
                    .contains("DATABASE_URL")
                    .doesNotContain("DATABASE_URL_DIRECT", "DATABASE_URL_POOLED");
            assertThat(findings).filteredOn(finding -> finding.subject().equals("DATABASE_URL"))
                    .extracting(Finding::code).doesNotHaveDuplicates();
        } finally {
            java.nio.file.Files.delete(env);
        }
    }

    @Test
    void checkWhenAUrlTakesItsDefaultPasswordFromAReferencedSettingShouldReportThePairOnceWhereItIsWritten()
            throws java.io.IOException {
        java.nio.file.Path env = java.nio.file.Files.createTempFile("prod", ".env");
        java.nio.file.Files.writeString(env, """
                POSTGRES_USER=opencve
                POSTGRES_PASSWORD=opencve
                SQL_ALCHEMY_CONN=postgresql+psycopg2://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/opencve
                RESULT_BACKEND=postgresql://${POSTGRES_USER}:opencve@postgres:5432/opencve
                """);
        try {
            Settings settings = ApplicationConfig.builder().envFile(env).build().settings();

            List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();

            assertThat(findings).filteredOn(finding -> finding.code().equals("database.default-credentials"))
                    .extracting(Finding::subject)
                    .containsExactlyInAnyOrder("POSTGRES_PASSWORD", "RESULT_BACKEND");
        } finally {
            java.nio.file.Files.delete(env);
        }
    }

    @Test
    void checkWhenAUrlReferenceIsSingleQuotedInAnEnvFileShouldJudgeTheLiteralTextTheServiceReceives()
            throws java.io.IOException {
        java.nio.file.Path env = java.nio.file.Files.createTempFile("prod", ".env");
        java.nio.file.Files.writeString(env, "DATABASE_URL=postgresql://app:" + STRONG + "@db.internal:5432/app\n"
                + "DATABASE_URL_DIRECT=\"$DATABASE_URL\"\nDATABASE_URL_REPLICA='$DATABASE_URL'\n");
        try {
            Settings settings = ApplicationConfig.builder().envFile(env).build().settings();

            List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();

            assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                    .contains("database.unparseable DATABASE_URL_REPLICA")
                    .noneMatch(finding -> finding.endsWith(" DATABASE_URL_DIRECT"));
        } finally {
            java.nio.file.Files.delete(env);
        }
    }

    @Test
    void checkWhenAPasswordOnlyReferencesAnotherDefaultPasswordShouldReportThePairOnceWhereItIsWritten() {
        Settings aliased = ApplicationConfig.builder().configText("jdbc.properties", """
                jdbc.url=jdbc:mysql://db.acme-prod.com:3306/pinpoint?useSSL=true
                jdbc.username=admin
                jdbc.password=admin
                meta.jdbc.url=${jdbc.url}
                meta.jdbc.username=${jdbc.username}
                meta.jdbc.password=${jdbc.password}
                """).build().settings();
        Settings written = ApplicationConfig.builder().configText("jdbc.properties", """
                jdbc.username=admin
                jdbc.password=admin
                meta.jdbc.username=admin
                meta.jdbc.password=admin
                """).build().settings();

        assertThat(new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, aliased)).findings())
                .filteredOn(finding -> finding.code().equals("database.default-credentials"))
                .extracting(Finding::subject).containsExactly("jdbc.password");
        assertThat(new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, written)).findings())
                .filteredOn(finding -> finding.code().equals("database.default-credentials"))
                .extracting(Finding::subject).containsExactly("jdbc.password", "meta.jdbc.password");
    }

    @Test
    void checkWhenAnInstallTokenStandsForTheHostUserOrNameBesideADatabasePasswordShouldReportEachAsATemplate() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_HOST", "__DB_HOST__", "DATABASE_USER", "__DB_USER__",
                "DATABASE_NAME", "__DB_NAME__", "DATABASE_PASSWORD", "__DB_PASSWORD__"))
                .containsExactlyInAnyOrder("database.template-host DATABASE_HOST NO_GO",
                        "database.template-credentials DATABASE_USER NO_GO",
                        "database.template-name DATABASE_NAME NO_GO");
        assertThat(codes(Stage.PRODUCTION, "server.config.persistence.default.sql.host", "_HOST_",
                "server.config.persistence.default.sql.user", "_USERNAME_",
                "server.config.persistence.default.sql.password", "_PASSWORD_"))
                .containsExactlyInAnyOrder("database.template-host server.config.persistence.default.sql.host NO_GO",
                        "database.template-credentials server.config.persistence.default.sql.user NO_GO");
    }

    @Test
    void checkWhenTheUserAndNameBesideADatabasePasswordAreRealNamesOrReferencesShouldSayNothing() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_HOST", "db.acme-prod.com", "DATABASE_USER", "app_user_",
                "DATABASE_NAME", "_orders", "DATABASE_PASSWORD", STRONG)).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "DB_USER", "${DB_USER}", "DB_NAME", "${DB_NAME}", "DB_PASSWORD", STRONG))
                .isEmpty();
    }

    @Test
    void checkWhenAProductionSectionNamesADevelopmentDatabaseShouldReportTheTestName() {
        assertThat(codes(Stage.PRODUCTION, "production.database", "metasploit_framework_development",
                "PROD_DB_NAME", "shop_test"))
                .containsExactlyInAnyOrder("database.test-name production.database NO_GO",
                        "database.test-name PROD_DB_NAME NO_GO");
        assertThat(codes(Stage.PRODUCTION, "production.database", "metasploit_framework_production",
                "test.database", "metasploit_framework_test", "cucumber.database", "app_test",
                "DB_NAME", "devel", "production.name", "dev")).isEmpty();
        assertThat(codes(Stage.STAGING, "production.database", "app_development")).isEmpty();
    }

    @Test
    void checkWhenAnEnginesDatabaseNameReadsAsTestOrDevelopmentShouldWarn() {
        assertThat(codes(Stage.PRODUCTION, "POSTGRES_DB", "development", "mongodb_db", "oidc_test",
                "postgresql-name", "test"))
                .containsExactlyInAnyOrder("database.test-name POSTGRES_DB WARN", "database.test-name mongodb_db WARN",
                        "database.test-name postgresql-name WARN");
        assertThat(codes(Stage.PRODUCTION, "POSTGRES_DB", "contest_results", "POSTGRES_TEST_DB", "app_test",
                "development.mysql.database", "shop_dev", "spring.datasource.name", "test", "DB_NAME", "devel",
                "MYSQL_DATABASE", "latest")).isEmpty();
        assertThat(codes(Stage.STAGING, "POSTGRES_DB", "development")).isEmpty();
    }

    @Test
    void checkWhenAnotherEnginesTlsSwitchIsOffShouldWarn() {
        assertThat(codes(Stage.PRODUCTION, "RETHINKDB_SSL", "false", "CASSANDRA_SSL_ENABLED", "false"))
                .containsExactlyInAnyOrder("database.tls-disabled RETHINKDB_SSL WARN",
                        "database.tls-disabled CASSANDRA_SSL_ENABLED WARN");
        assertThat(codes(Stage.PRODUCTION, "RETHINKDB_SSL", "true", "ELASTICSEARCH_SSL", "false")).isEmpty();
    }

    @Test
    void checkWhenADatabaseHostKeyIsOneFusedWordShouldWarnLoopback() {
        assertThat(codes(Stage.PRODUCTION, "omero_server_dbhost", "localhost"))
                .containsExactly("database.loopback omero_server_dbhost WARN");
        assertThat(codes(Stage.PRODUCTION, "omero_server_dbhost", "db.omero.internal", "web_server_host",
                "localhost")).isEmpty();
    }

    @Test
    void checkWhenADatabaseHostIsAnAddressKeyOrADevelopersWorkstationShouldWarnLoopback() {
        assertThat(codes(Stage.PRODUCTION, "MYSQL_ADDR", "localhost", "DB_ADDRESS", "127.0.0.1:5432",
                "ConnectionStrings__DefaultConnection",
                "Server=DESKTOP-0C4U3JH\\SQLEXPRESS;Database=Shop;Trusted_Connection=True;",
                "ORDERS_DB_HOST", "LAPTOP-7QK2M9FA"))
                .containsExactlyInAnyOrder("database.loopback MYSQL_ADDR WARN", "database.loopback DB_ADDRESS WARN",
                        "database.loopback ConnectionStrings__DefaultConnection NO_GO",
                        "database.loopback ORDERS_DB_HOST WARN");
    }

    @Test
    void checkWhenADatabaseHostIsTheDevelopersMachineSeenFromAContainerShouldWarnLoopback() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "host.docker.internal", "REDIS_HOST", "host.containers.internal",
                "spring.datasource.url", "jdbc:postgresql://host.lima.internal:5432/app?sslmode=require"))
                .containsExactlyInAnyOrder("database.loopback DB_HOST WARN", "database.loopback REDIS_HOST INFO",
                        "database.loopback spring.datasource.url WARN");
    }

    @Test
    void checkWhenADatabaseHostIsAnInternalNameLikeAContainerRuntimesShouldSayNothing() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "docker.internal", "REDIS_HOST", "host.prod.internal",
                "spring.datasource.url", "jdbc:postgresql://db-host.internal:5432/app?sslmode=require")).isEmpty();
    }

    @Test
    void checkWhenAHostSpellsItsOwnKeyShouldReportATemplateHost() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "database_host", "MYSQL_HOSTNAME", "mysql_hostname"))
                .containsExactlyInAnyOrder("database.template-host DB_HOST NO_GO",
                        "database.template-host MYSQL_HOSTNAME NO_GO");
    }

    @Test
    void checkWhenAnUnderscoredHostIsAServiceNameShouldNotReportATemplateHost() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "mysql_db", "ORDERS_DB_HOST", "orders_primary"))
                .doesNotContain("database.template-host DB_HOST NO_GO", "database.template-host ORDERS_DB_HOST NO_GO");
    }

    @Test
    void checkWhenAHostOnlyStartsLikeAWorkstationOrIsAServiceAddressShouldSayNothing() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "desktop-sync", "DB_ADDRESS", "db:5432",
                "MYSQL_ADDR", "laptop-fleet.acme-prod.com", "ORDERS_DB_HOST", "DESKTOP-APPS")).isEmpty();
    }

    @Test
    void checkWhenALoopbackHostKeySitsBesideADefaultPairShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "DB_USERNAME", "root", "DB_PASSWORD", ""))
                .contains("database.loopback DB_HOST NO_GO");
        assertThat(codes(Stage.PRODUCTION, "POLAR_POSTGRES_HOST", "127.0.0.1", "POLAR_POSTGRES_USER", "polar",
                "POLAR_POSTGRES_PWD", "polar")).contains("database.loopback POLAR_POSTGRES_HOST NO_GO");
        assertThat(findings(Stage.PRODUCTION, map("DB_HOST", "localhost", "DB_USERNAME", "root", "DB_PASSWORD", ""))
                .get(0).message()).contains("default pair").doesNotContain("root");
    }

    @Test
    void checkWhenALoopbackHostKeySitsBesideAGeneratedOrReferencedPasswordShouldOnlyWarn() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "DB_USERNAME", "orders", "DB_PASSWORD", STRONG))
                .containsExactly("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "DB_USERNAME", "root", "DB_PASSWORD",
                "${DB_PASSWORD}")).contains("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "CACHE_HOST", "127.0.0.1", "DB_USERNAME", "root", "DB_PASSWORD", ""))
                .doesNotContain("database.loopback CACHE_HOST NO_GO");
    }

    @Test
    void checkWhenASqlServerHostNamesAnInstanceOnTheLocalMachineShouldSayNoGo() {
        // a named instance is a server installed on the machine (SQL Express, LocalDB): no local proxy stands in for it
        assertThat(codes(Stage.PRODUCTION, "database.DatabaseServer", ".\\SQLEXPRESS", "ORDERS_DB_SERVER",
                "(localdb)\\MSSQLLocalDB", "REPORTS_DB_HOST", "localhost\\REPORTING"))
                .containsExactlyInAnyOrder("database.loopback database.DatabaseServer NO_GO",
                        "database.loopback ORDERS_DB_SERVER NO_GO", "database.loopback REPORTS_DB_HOST NO_GO");
        assertThat(codes(Stage.PRODUCTION, "ConnectionStrings.Shop", "Server=.\\SQLEXPRESS;Database=Shop;"
                + "Trusted_Connection=True", "ConnectionStrings.Orders", "jdbc:sqlserver://localhost;"
                + "instanceName=SQL2019;databaseName=orders;encrypt=true"))
                .containsExactlyInAnyOrder("database.loopback ConnectionStrings.Shop NO_GO",
                        "database.loopback ConnectionStrings.Orders NO_GO");
        // the local machine without an instance may be a proxy's port
        assertThat(codes(Stage.PRODUCTION, "ConnectionStrings.Shop", "Server=localhost,1433;Database=Shop;"
                + "User Id=app;Password=" + STRONG)).contains("database.loopback ConnectionStrings.Shop WARN");
        assertThat(codes(Stage.PRODUCTION, "database.DatabaseServer", "sql-prod-01\\SALES", "ORDERS_DB_SERVER",
                "db.acme-corp.com\\INST1")).isEmpty();
    }

    @Test
    void checkWhenALoopbackDatabaseSitsInAConfigurationThatCallsItselfDevelopmentShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "APP_ENV", "local"))
                .contains("database.loopback DB_HOST NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.url", "jdbc:mysql://localhost:3306/shop",
                "spring.profiles.active", "dev,swagger")).contains("database.loopback spring.datasource.url NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgres://app:" + STRONG + "@localhost:5432/app",
                "APP_URL", "http://localhost:8000")).contains("database.loopback DATABASE_URL NO_GO");
        assertThat(findings(Stage.PRODUCTION, map("DB_HOST", "localhost", "NODE_ENV", "development")).get(0)
                .message()).contains("NODE_ENV", "the developer's database");
    }

    @Test
    void checkWhenALoopbackDatabaseSitsInAConfigurationWithDebugOnShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgres://jdoe:pa55wd@localhost/mydb", "DEBUG", "true"))
                .contains("database.loopback DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "APP_DEBUG", "True"))
                .contains("database.loopback DB_HOST NO_GO");
        assertThat(findings(Stage.PRODUCTION, map("DB_HOST", "localhost", "DEBUG", "1")).get(0).message())
                .contains("DEBUG", "debug mode");
    }

    @Test
    void checkWhenALoopbackDatabaseSitsBesideDebugOffOrAnotherDebugSwitchShouldOnlyWarn() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "DEBUG", "False"))
                .containsExactly("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "APP_DEBUG", "${APP_DEBUG}"))
                .containsExactly("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "SQL_DEBUG", "true", "FEATURE_DEBUG", "on"))
                .containsExactly("database.loopback DB_HOST WARN");
    }

    @Test
    void checkWhenALoopbackHostSitsBesideAPasswordLeftToFillInShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "mysql.host", "127.0.0.1", "mysql.user", "root", "mysql.password", "xxx"))
                .contains("database.loopback mysql.host NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "localhost", "DB_USERNAME", "orders", "DB_PASSWORD",
                "your_password")).contains("database.loopback DB_HOST NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "localhost", "DB_PASSWORD", "<password>"))
                .contains("database.loopback DB_HOST NO_GO");
    }

    @Test
    void checkWhenALoopbackHostSitsBesideAPasswordThatOnlyLooksLikeATemplateShouldOnlyWarn() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "DB_USERNAME", "orders", "DB_PASSWORD",
                "yourself2024!Kq9")).contains("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "DB_USERNAME", "orders", "DB_PASSWORD",
                "xXx-9fK2mQ7pL4")).contains("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "db.acme.internal", "DB_USERNAME", "orders", "DB_PASSWORD",
                "xxx")).doesNotContain("database.loopback DB_HOST NO_GO");
    }

    @Test
    void checkWhenADriverQualifiedLoopbackUrlHasADefaultPairOneLevelUpShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/shop",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres"))
                .contains("database.loopback quarkus.datasource.jdbc.url NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.druid.url", "jdbc:mysql://127.0.0.1:3306/shop",
                "spring.datasource.username", "root", "spring.datasource.password", "root"))
                .contains("database.loopback spring.datasource.druid.url NO_GO");
    }

    @Test
    void checkWhenADriverQualifiedLoopbackUrlHasAStrongPasswordOneLevelUpShouldOnlyWarn() {
        assertThat(codes(Stage.PRODUCTION, "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/shop",
                "quarkus.datasource.username", "shop", "quarkus.datasource.password", STRONG))
                .contains("database.loopback quarkus.datasource.jdbc.url WARN");
        assertThat(codes(Stage.PRODUCTION, "quarkus.datasource.orders.url", "jdbc:postgresql://localhost:5432/shop",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres"))
                .contains("database.loopback quarkus.datasource.orders.url WARN");
    }

    @Test
    void checkWhenALoopbackDatabaseSitsInAProductionConfigurationShouldOnlyWarn() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "APP_ENV", "production", "APP_URL",
                "https://shop.acme.com")).containsExactly("database.loopback DB_HOST WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "CACHE_ENV", "local", "NODE_ENV", "${NODE_ENV}",
                "spring.profiles.active", "prod,devtools-off")).containsExactly("database.loopback DB_HOST WARN");
    }

    @Test
    void checkWhenARedisWithoutPasswordIsAManagedCacheInsideTheVpcShouldSayNothingButAPublicOneShouldWarn() {
        assertThat(codes(Stage.PRODUCTION, "CACHE_URL", "rediss://master.sessions.q3xkzp.euw1.cache.amazonaws.com:6379",
                "MEMORY_URL", "rediss://clustercfg.orders.abc123.memorydb.eu-west-1.amazonaws.com:6379")).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "CACHE_URL", "rediss://master.sessions.cache.amazonaws.com.evil.io:6379",
                "QUEUE_REDIS_URL", "redis://ec2-3-120-1-9.eu-central-1.compute.amazonaws.com:6379"))
                .containsExactlyInAnyOrder("database.redis-insecure CACHE_URL WARN",
                        "database.redis-insecure QUEUE_REDIS_URL WARN");
    }

    @Test
    void checkWhenAManagedCacheInsideTheVpcHasNeitherPasswordNorTlsShouldWarn() {
        assertThat(codes(Stage.PRODUCTION, "REDIS_URL", "redis://automation-prod.fz7k2q.ng.0001.apse1.cache.amazonaws.com:6379"))
                .containsExactly("database.redis-insecure REDIS_URL WARN");
        assertThat(codes(Stage.PRODUCTION, "REDIS_URL",
                "redis://:Vq7mK2xL9pR4sT8w@automation-prod.fz7k2q.ng.0001.apse1.cache.amazonaws.com:6379"))
                .doesNotContain("database.redis-insecure REDIS_URL WARN");
    }

    @Test
    void checkWhenALoopbackUrlHasADefaultPairInItsCompanionsShouldSayNoGoButAGeneratedPasswordOnlyWarns() {
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.url", "jdbc:mysql://localhost:3306/cms",
                "spring.datasource.username", "root", "spring.datasource.password", "123456"))
                .contains("database.loopback spring.datasource.url NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.url", "jdbc:mysql://localhost:3306/cms",
                "spring.datasource.username", "cms", "spring.datasource.password", STRONG))
                .contains("database.loopback spring.datasource.url WARN");
    }

    @Test
    void goMysqlDsnUnderAnyKeyShouldBeReadAsADatabaseUrl() {
        assertThat(codes(Stage.PRODUCTION, "dataSourceName", "root:123@tcp(localhost:3306)/"))
                .anyMatch(code -> code.startsWith("database.loopback dataSourceName"));
        assertThat(codes(Stage.PRODUCTION, "data.database.source",
                "root:root@tcp(127.0.0.1:3306)/test?parseTime=True&loc=Local"))
                .anyMatch(code -> code.startsWith("database.loopback data.database.source"));
        assertThat(codes(Stage.PRODUCTION, "data.database.source",
                "orders:" + STRONG + "@tcp(orders.c9akciq32.eu-west-1.rds.amazonaws.com:3306)/orders?tls=true"))
                .noneMatch(code -> code.endsWith(" NO_GO") || code.endsWith(" WARN"));
        assertThat(codes(Stage.PRODUCTION, "log.pattern", "%h@tcp(%a) %s")).isEmpty();
    }

    @Test
    void passwordMadeOfTheUrlsOwnNamesShouldBeDefaultCredentials() {
        assertThat(codes(Stage.PRODUCTION, "CKAN_SQLALCHEMY_URL", "postgresql://ckandbuser:ckandbpassword@db/ckandb"))
                .anyMatch(code -> code.startsWith("database.default-credentials CKAN_SQLALCHEMY_URL"));
        assertThat(codes(Stage.PRODUCTION, "CKAN_DATASTORE_READ_URL",
                "postgresql://datastore_ro:datastore@db/datastore"))
                .anyMatch(code -> code.startsWith("database.default-credentials CKAN_DATASTORE_READ_URL"));
        assertThat(codes(Stage.PRODUCTION, "CKAN_SQLALCHEMY_URL",
                "postgresql://ckandbuser:" + STRONG + "@db/ckandb?sslmode=require"))
                .noneMatch(code -> code.startsWith("database.default-credentials"));
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://orders:orders-Vq8kP2xZ@db/orders"))
                .noneMatch(code -> code.startsWith("database.default-credentials"));
    }

    @Test
    void bareSqliteFileNameUnderAUrlKeyShouldBeAnEmbeddedDatabase() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "data.db"))
                .anyMatch(code -> code.startsWith("database.embedded DATABASE_URL"));
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "./storage/app.sqlite3"))
                .anyMatch(code -> code.startsWith("database.embedded DATABASE_URL"));
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "primary.db"))
                .noneMatch(code -> code.startsWith("database.embedded"));
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "db.internal.example.org"))
                .noneMatch(code -> code.startsWith("database.embedded"));
    }

    @Test
    void checkWhenAUrlKeySpellsItsOwnNameShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "database_url"))
                .containsExactly("database.template-host DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "REDIS_URL", "redis_url"))
                .contains("database.template-host REDIS_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "REDIS_URL", "redis_primary"))
                .noneMatch(code -> code.endsWith("NO_GO"));
    }

    @Test
    void checkWhenTheDriverClassIsAnEmbeddedEngineShouldSayEmbedded() {
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driverClassName", "org.h2.Driver"))
                .containsExactly("database.embedded spring.datasource.driverClassName NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driver-class-name", "org.sqlite.JDBC"))
                .containsExactly("database.embedded spring.datasource.driver-class-name NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driver-class-name", "org.postgresql.Driver")).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver")).isEmpty();
    }

    @Test
    void checkWhenTheDriverClassIsTheClientOfAServerUrlShouldLeaveItToTheUrl() {
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driver-class-name", "org.h2.Driver",
                "spring.datasource.url", "jdbc:h2:tcp://h2.acme-corp.io/orders"))
                .noneMatch(code -> code.contains("driver-class-name"));
    }

    @Test
    void checkWhenTheDriverClassStandsBesideAnEmbeddedUrlShouldReportTheUrlOnce() {
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driver-class-name", "org.h2.Driver",
                "spring.datasource.url", "jdbc:h2:mem:orders"))
                .contains("database.embedded spring.datasource.url NO_GO")
                .noneMatch(code -> code.contains("driver-class-name"));
        assertThat(codes(Stage.PRODUCTION, "jdbc.driver", "org.h2.Driver",
                "jdbc.url", "jdbc:h2:file:./data/orders"))
                .contains("database.embedded jdbc.url NO_GO")
                .noneMatch(code -> code.contains("jdbc.driver"));
        assertThat(codes(Stage.PRODUCTION, "spring.datasource.driver-class-name", "org.h2.Driver",
                "spring.datasource.url", "${DATABASE_URL}"))
                .contains("database.embedded spring.datasource.driver-class-name NO_GO");
    }

    @Test
    void checkWhenAUrlPasswordOnlySaysWhatGoesThereShouldReportTemplateCredentials() {
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL",
                "postgres://postgres_user_here:postgres_password_here@orders-db.internal:5432/orders"))
                .contains("database.template-credentials DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgres://orders:db-password@orders-db.internal/orders"))
                .contains("database.template-credentials DATABASE_URL NO_GO");
        // a word outside the describing words makes it a password
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL",
                "postgres://orders:orders-password-Rk8m2Qx@orders-db.internal/orders"))
                .doesNotContain("database.template-credentials DATABASE_URL NO_GO");
    }

    @Test
    void checkWhenAConnectionStringWritesItsUserAndPasswordEmptyShouldReportTemplateCredentials() {
        assertThat(codes(Stage.PRODUCTION, "ConnectionStrings.DefaultConnection",
                "Data Source=localhost; Initial Catalog=; User Id=; Password=; Trust Server Certificate=true;"))
                .contains("database.template-credentials ConnectionStrings.DefaultConnection NO_GO");
        // blanks beside a Windows login are ignored by the driver
        assertThat(codes(Stage.PRODUCTION, "ConnectionStrings.DefaultConnection",
                "Server=sql01.corp.internal;Database=Shop;User Id=;Password=;Integrated Security=SSPI"))
                .doesNotContain("database.template-credentials ConnectionStrings.DefaultConnection NO_GO");
        assertThat(codes(Stage.PRODUCTION, "ConnectionStrings.DefaultConnection",
                "Server=sql01.corp.internal;Database=Shop;User Id=app;Password=;"))
                .doesNotContain("database.template-credentials ConnectionStrings.DefaultConnection NO_GO");
    }

    @Test
    void checkWhenAConfigurationSwitchesItsProductionFlagOffALoopbackDatabaseShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "ConnectionStrings.Shop", "Server=localhost;Database=Shop;User Id=app;"
                + "Password=" + STRONG, "Environment.Production", "false"))
                .contains("database.loopback ConnectionStrings.Shop NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "IS_PRODUCTION", "0"))
                .contains("database.loopback DB_HOST NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "127.0.0.1", "IS_PRODUCTION", "true"))
                .contains("database.loopback DB_HOST WARN");
    }

    @Test
    void checkWhenAVendorNamedLoopbackUrlSitsBesideTheImagesDefaultPairShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "MONGO_CONNECTION_STRING", "mongodb://localhost:27017/slender",
                "MONGO_INITDB_ROOT_USERNAME", "slender_admin", "MONGO_INITDB_ROOT_PASSWORD", "password"))
                .contains("database.loopback MONGO_CONNECTION_STRING NO_GO");
        assertThat(codes(Stage.PRODUCTION, "MONGO_CONNECTION_STRING", "mongodb://localhost:27017/slender",
                "MONGO_INITDB_ROOT_USERNAME", "slender_admin", "MONGO_INITDB_ROOT_PASSWORD", STRONG))
                .contains("database.loopback MONGO_CONNECTION_STRING WARN");
    }

    @Test
    void checkWhenLibpqVariablesPutALoopbackHostBesideADefaultPairShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "PGHOST", "localhost", "PGUSER", "postgres", "PGPASSWORD", "postgres"))
                .contains("database.loopback PGHOST NO_GO");
        assertThat(codes(Stage.PRODUCTION, "PGHOST", "127.0.0.1", "PGUSER", "orders", "PGPASSWORD", STRONG))
                .contains("database.loopback PGHOST WARN");
    }

    @Test
    void checkWhenCassandraContactPointsAreTheLocalMachineShouldReportLoopback() {
        assertThat(codes(Stage.PRODUCTION, "spring.cassandra.contact-points", "127.0.0.1:9042",
                "spring.cassandra.username", "cassandra", "spring.cassandra.password", "cassandra"))
                .contains("database.loopback spring.cassandra.contact-points NO_GO");
        assertThat(codes(Stage.PRODUCTION, "spring.cassandra.contact-points",
                "cass-0.cass.prod.svc.cluster.local:9042,cass-1.cass.prod.svc.cluster.local:9042",
                "spring.cassandra.username", "orders", "spring.cassandra.password", STRONG)).isEmpty();
    }

    @Test
    void checkWhenAUrlHostIsAFillInNoteInTheAuthorsLanguageShouldReportTemplateHost() {
        assertThat(codes(Stage.PRODUCTION, "spring.data.mongodb.uri",
                "mongodb://\u586b\u5199mongodb\u5730\u5740/admin"))
                .contains("database.template-host spring.data.mongodb.uri NO_GO");
        // an internationalised domain name has a dot
        assertThat(codes(Stage.PRODUCTION, "spring.data.mongodb.uri",
                "mongodb://app@\u6570\u636e\u5e93.\u4f8b\u5b50.cn:27017/app?tls=true"))
                .doesNotContain("database.template-host spring.data.mongodb.uri NO_GO");
    }

    @Test
    void checkWhenAPgvectorHostIsTheLocalMachineBesideADefaultPairShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "langchat.vectorstore.pgvector.host", "127.0.0.1",
                "langchat.vectorstore.pgvector.user", "root", "langchat.vectorstore.pgvector.password", "root"))
                .contains("database.loopback langchat.vectorstore.pgvector.host NO_GO");
        assertThat(codes(Stage.PRODUCTION, "langchat.vectorstore.pgvector.host", "vectors.prod.internal",
                "langchat.vectorstore.pgvector.user", "langchat")).isEmpty();
    }

    @Test
    void checkWhenAnEctoUrlIsADevelopersShouldReportIt() {
        assertThat(codes(Stage.PRODUCTION, "config.MyApp.Repo.url", "ecto://postgres:postgres@localhost/myapp_dev"))
                .contains("database.loopback config.MyApp.Repo.url NO_GO",
                        "database.default-credentials config.MyApp.Repo.url NO_GO");
        assertThat(codes(Stage.PRODUCTION, "config.MyApp.Repo.url", "ecto://myapp@myapp-db.internal/myapp"))
                .isEmpty();
    }

    @Test
    void checkWhenATlsSwitchIsOffBesideAPublicHostShouldSayNoGo() {
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "my-db.cluster-abc.us-east-1.rds.amazonaws.com", "DB_SSL",
                "false")).contains("database.tls-disabled DB_SSL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "PGHOST", "app-db.postgres.database.azure.com", "PGSSLMODE", "disable"))
                .contains("database.tls-disabled PGSSLMODE NO_GO");
        // a private, compose or run-time host may sit behind a mesh
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "orders-db.prod.internal", "DB_SSL", "false"))
                .contains("database.tls-disabled DB_SSL WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "postgres", "DB_SSLMODE", "disable"))
                .contains("database.tls-disabled DB_SSLMODE WARN");
        assertThat(codes(Stage.PRODUCTION, "DB_HOST", "${PGHOST}", "DB_SSLMODE", "disable"))
                .contains("database.tls-disabled DB_SSLMODE WARN");
    }

    @Test
    void checkWhenAUrlOpensADatabaseWhoseNameSpellsWhatGoesThereShouldReportTemplateName() {
        assertThat(codes(Stage.PRODUCTION, "DOCS_SAMPLE_DATABASE_URL",
                "postgresql://alex:AbC123dEf@ep-cool-darkness-123456.us-east-2.aws.neon.tech/dbname?sslmode=require"))
                .contains("database.template-name DOCS_SAMPLE_DATABASE_URL NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL",
                "postgresql://orders@orders-db.internal:5432/your_database"))
                .contains("database.template-name DATABASE_URL NO_GO");
        // a real name, even one made of database words
        assertThat(codes(Stage.PRODUCTION, "DATABASE_URL", "postgresql://orders@orders-db.internal:5432/neondb"))
                .isEmpty();
    }

    @Test
    void checkWhenADatabaseNameIsATokenNamingAPasswordShouldReportTemplateName() {
        assertThat(codes(Stage.PRODUCTION, "production.database", "DB_PRODUCTION_PASSWORD"))
                .contains("database.template-name production.database NO_GO");
        assertThat(codes(Stage.PRODUCTION, "DB_NAME", "ORDERS_PROD")).isEmpty();
        assertThat(codes(Stage.PRODUCTION, "DB_NAME", "password_vault")).isEmpty();
    }
}
