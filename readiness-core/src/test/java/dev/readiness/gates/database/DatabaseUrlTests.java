package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.gates.database.DatabaseUrl.HostPort;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTests {

    /** vendor | hosts | database | TLS | flags (e embedded, m in memory, t Testcontainers, a TNS alias). */
    static Stream<Arguments> urls() {
        return Stream.of(
                // PostgreSQL JDBC
                arguments("jdbc:postgresql://db.internal:5432/orders", "PostgreSQL|db.internal:5432|orders|UNSPECIFIED|"),
                arguments("jdbc:postgresql://h1:5432,h2:5433/orders?targetServerType=primary",
                        "PostgreSQL|h1:5432,h2:5433|orders|UNSPECIFIED|"),
                arguments("jdbc:postgresql://mydb.abc123.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full",
                        "PostgreSQL|mydb.abc123.eu-west-1.rds.amazonaws.com:5432|orders|VERIFIED|"),
                arguments("jdbc:postgresql://db:5432/app?ssl=true", "PostgreSQL|db:5432|app|VERIFIED|"),
                arguments("jdbc:postgresql://db/app?sslmode=disable", "PostgreSQL|db|app|DISABLED|"),
                arguments("jdbc:postgresql://db/app?sslmode=prefer", "PostgreSQL|db|app|OPTIONAL|"),
                arguments("jdbc:postgresql:orders", "PostgreSQL|localhost|orders|UNSPECIFIED|"),
                arguments("jdbc:postgresql:///orders", "PostgreSQL|localhost|orders|UNSPECIFIED|"),
                arguments("jdbc:postgresql://[::1]:5432/app", "PostgreSQL|[::1]:5432|app|UNSPECIFIED|"),
                arguments("jdbc:postgresql:///orders?cloudSqlInstance=proj:europe-west1:inst"
                        + "&socketFactory=com.google.cloud.sql.postgres.SocketFactory", "PostgreSQL||orders|CONNECTOR|"),
                arguments("jdbc:aws-wrapper:postgresql://cluster.cluster-abc.eu-west-1.rds.amazonaws.com/app?sslmode=require",
                        "PostgreSQL|cluster.cluster-abc.eu-west-1.rds.amazonaws.com|app|REQUIRED|"),
                arguments("jdbc:p6spy:postgresql://db/app", "PostgreSQL|db|app|UNSPECIFIED|"),
                arguments("jdbc:tc:postgresql:15:///orders", "PostgreSQL||orders|UNSPECIFIED|t"),
                arguments("jdbc:tc:postgresql:///orders?TC_TMPFS=/testtmpfs:rw", "PostgreSQL||orders|UNSPECIFIED|t"),
                // MySQL / MariaDB
                arguments("jdbc:mysql://db:3306/shop?sslMode=VERIFY_IDENTITY", "MySQL|db:3306|shop|VERIFIED|"),
                arguments("jdbc:mysql://db/shop?useSSL=false", "MySQL|db|shop|DISABLED|"),
                arguments("jdbc:mysql://db/shop?useSSL=true&requireSSL=true&verifyServerCertificate=true",
                        "MySQL|db|shop|VERIFIED|"),
                arguments("jdbc:mysql:replication://primary:3306,replica:3306/shop", "MySQL|primary:3306,replica:3306|shop|UNSPECIFIED|"),
                arguments("jdbc:mysql://address=(host=h1)(port=3306)(type=primary),address=(host=h2)(port=3307)/shop",
                        "MySQL|h1:3306,h2:3307|shop|UNSPECIFIED|"),
                arguments("jdbc:mysql://(host=h1,port=3306),(host=h2,port=3306)/shop", "MySQL|h1:3306,h2:3306|shop|UNSPECIFIED|"),
                arguments("jdbc:mysql://aws.connect.psdb.cloud/shop?sslMode=VERIFY_IDENTITY",
                        "MySQL|aws.connect.psdb.cloud|shop|VERIFIED|"),
                arguments("jdbc:mariadb://db:3306/shop?sslMode=verify-full", "MariaDB|db:3306|shop|VERIFIED|"),
                arguments("jdbc:mariadb:replication://h1,h2/shop?useSsl=true", "MariaDB|h1,h2|shop|REQUIRED|"),
                arguments("jdbc:tc:mysql:8.0.36://hostname/shop", "MySQL||shop|UNSPECIFIED|t"),
                // SQL Server
                arguments("jdbc:sqlserver://x.database.windows.net:1433;database=orders;encrypt=true;"
                        + "trustServerCertificate=false;hostNameInCertificate=*.database.windows.net;loginTimeout=30;",
                        "SQL Server|x.database.windows.net:1433|orders|VERIFIED|"),
                arguments("jdbc:sqlserver://sql1\\inst:1433;databaseName=orders;encrypt=false", "SQL Server|sql1:1433|orders|DISABLED|"),
                arguments("jdbc:sqlserver://sql1;databaseName=orders", "SQL Server|sql1|orders|VERIFIED|"),
                arguments("jdbc:sqlserver://;serverName=sql2;portNumber=1444;databaseName=hr;encrypt=true;trustServerCertificate=true",
                        "SQL Server|sql2:1444|hr|REQUIRED|"),
                arguments("jdbc:jtds:sqlserver://sql3:1433/legacy;ssl=require", "SQL Server|sql3:1433|legacy|REQUIRED|"),
                // Oracle
                arguments("jdbc:oracle:thin:@dbhost1:1521:ORCL", "Oracle|dbhost1:1521|ORCL|UNSPECIFIED|"),
                arguments("jdbc:oracle:thin:@//dbhost1:1521/sales.example.org", "Oracle|dbhost1:1521|sales.example.org|UNSPECIFIED|"),
                arguments("jdbc:oracle:thin:@dbhost1:1521/FREEPDB1", "Oracle|dbhost1:1521|FREEPDB1|UNSPECIFIED|"),
                arguments("jdbc:oracle:thin:@tcps://adb.eu-frankfurt-1.oraclecloud.com:1522/abc_high.adb.oraclecloud.com",
                        "Oracle|adb.eu-frankfurt-1.oraclecloud.com:1522|abc_high.adb.oraclecloud.com|REQUIRED|"),
                arguments("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=ora1)(PORT=1521))"
                        + "(ADDRESS=(PROTOCOL=TCP)(HOST=ora2)(PORT=1522)))(CONNECT_DATA=(SERVICE_NAME=sales)))",
                        "Oracle|ora1:1521,ora2:1522|sales|UNSPECIFIED|"),
                arguments("jdbc:oracle:thin:@(description= (address=(protocol=tcps)(port=1522)(host=adb.oraclecloud.com))"
                        + "(connect_data=(service_name=x_high.adb.oraclecloud.com))(security=(ssl_server_dn_match=yes)))",
                        "Oracle|adb.oraclecloud.com:1522|x_high.adb.oraclecloud.com|REQUIRED|"),
                arguments("jdbc:oracle:thin:@mydb_high?TNS_ADMIN=/opt/wallet", "Oracle||mydb_high|UNSPECIFIED|a"),
                // embedded
                arguments("jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1", "H2||testdb|UNSPECIFIED|em"),
                arguments("jdbc:h2:mem:", "H2||-|UNSPECIFIED|em"),
                arguments("jdbc:h2:file:/data/app;AUTO_SERVER=TRUE", "H2||app|UNSPECIFIED|e"),
                arguments("jdbc:h2:~/orders", "H2||orders|UNSPECIFIED|e"),
                arguments("jdbc:h2:tcp://h2server:9092/~/orders", "H2|h2server:9092|orders|UNSPECIFIED|"),
                arguments("jdbc:hsqldb:mem:mymemdb", "HSQLDB||mymemdb|UNSPECIFIED|em"),
                arguments("jdbc:hsqldb:file:/opt/db/accounts", "HSQLDB||accounts|UNSPECIFIED|e"),
                arguments("jdbc:hsqldb:hsql://hsqlhost:9001/xdb", "HSQLDB|hsqlhost:9001|xdb|UNSPECIFIED|"),
                arguments("jdbc:hsqldb:hsqls://hsqlhost/xdb", "HSQLDB|hsqlhost|xdb|REQUIRED|"),
                arguments("jdbc:derby:memory:demo;create=true", "Derby||demo|UNSPECIFIED|em"),
                arguments("jdbc:derby:/var/db/orders;create=true", "Derby||orders|UNSPECIFIED|e"),
                arguments("jdbc:derby://derbyhost:1527/orders;ssl=basic", "Derby|derbyhost:1527|orders|REQUIRED|"),
                arguments("jdbc:sqlite:/var/lib/app/app.db", "SQLite||app.db|UNSPECIFIED|e"),
                arguments("jdbc:sqlite::memory:", "SQLite||-|UNSPECIFIED|em"),
                arguments("file:./dev.db", "SQLite||dev.db|UNSPECIFIED|e"),
                arguments("sqlite:////var/lib/app/app.sqlite3", "SQLite||app.sqlite3|UNSPECIFIED|e"),
                // URIs
                arguments("postgresql://user@ep-cool-name-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require",
                        "PostgreSQL|ep-cool-name-123456.eu-central-1.aws.neon.tech|neondb|REQUIRED|"),
                arguments("postgres://app@ec2-54-1-2-3.compute-1.amazonaws.com:5432/d8abc?sslmode=no-verify",
                        "PostgreSQL|ec2-54-1-2-3.compute-1.amazonaws.com:5432|d8abc|REQUIRED|"),
                arguments("postgres://app@host1:123,host2:456/somedb?target_session_attrs=any",
                        "PostgreSQL|host1:123,host2:456|somedb|UNSPECIFIED|"),
                arguments("postgresql:///orders?host=/cloudsql/proj:europe-west1:inst", "PostgreSQL|/cloudsql/proj:europe-west1:inst|orders|UNSPECIFIED|"),
                arguments("postgresql://%2Fvar%2Frun%2Fpostgresql/orders", "PostgreSQL|/var/run/postgresql|orders|UNSPECIFIED|"),
                arguments("postgresql+asyncpg://app@db.internal/orders", "PostgreSQL|db.internal|orders|UNSPECIFIED|"),
                arguments("mysql://app@aws.connect.psdb.cloud/shop?sslaccept=strict", "MySQL|aws.connect.psdb.cloud|shop|VERIFIED|"),
                arguments("mongodb+srv://app@cluster0.abcde.mongodb.net/app?retryWrites=true&w=majority",
                        "MongoDB|cluster0.abcde.mongodb.net|app|VERIFIED|"),
                arguments("mongodb://m1:27017,m2:27017,m3:27017/app?replicaSet=rs0&tls=true",
                        "MongoDB|m1:27017,m2:27017,m3:27017|app|REQUIRED|"),
                arguments("mongodb://m1:27017/app?ssl=false", "MongoDB|m1:27017|app|DISABLED|"),
                arguments("rediss://default@eu2-sought-hog-12345.upstash.io:6379", "Redis|eu2-sought-hog-12345.upstash.io:6379|-|VERIFIED|"),
                arguments("redis://redis-master:6379/0", "Redis|redis-master:6379|0|UNSPECIFIED|"),
                arguments("r2dbc:postgresql://db:5432/orders?sslMode=require", "PostgreSQL|db:5432|orders|REQUIRED|"),
                arguments("r2dbc:pool:mysql://db:3306/shop", "MySQL|db:3306|shop|UNSPECIFIED|"),
                arguments("r2dbcs:mssql://sql1:1433/orders", "SQL Server|sql1:1433|orders|REQUIRED|"),
                arguments("r2dbc:h2:mem:///testdb", "H2||testdb|UNSPECIFIED|em"),
                arguments("r2dbc:tc:postgresql:///orders?TC_IMAGE_TAG=15", "PostgreSQL||orders|UNSPECIFIED|t"),
                // key=value
                arguments("host=db.internal port=5432 dbname=orders user=app sslmode=verify-full",
                        "PostgreSQL|db.internal:5432|orders|VERIFIED|"),
                arguments("host=h1,h2 port=5432,5433 dbname='my orders' connect_timeout=10",
                        "PostgreSQL|h1:5432,h2:5433|my orders|UNSPECIFIED|"),
                arguments("Server=tcp:x.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;"
                        + "User ID=app;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;",
                        "SQL Server|x.database.windows.net:1433|orders|VERIFIED|"),
                arguments("Server=(localdb)\\MSSQLLocalDB;Database=app;Trusted_Connection=True;", "SQL Server||app|VERIFIED|e"),
                arguments("Host=pg.internal;Port=5432;Database=orders;Username=app;SSL Mode=Require",
                        "PostgreSQL|pg.internal:5432|orders|REQUIRED|"),
                arguments("Server=mysql.internal;Port=3306;Database=shop;Uid=app;SslMode=Required",
                        "MySQL|mysql.internal:3306|shop|REQUIRED|"),
                arguments("Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora1)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=hr)));User Id=app;",
                        "Oracle|ora1:1521|hr|UNSPECIFIED|"),
                arguments("Data Source=app.db;Cache=Shared", "SQLite||app.db|UNSPECIFIED|e"),
                // bare hosts
                arguments("redis-master:6379", "database|redis-master:6379|-|UNSPECIFIED|"),
                arguments("localhost", "database|localhost|-|UNSPECIFIED|"),
                // unknown JDBC drivers parse leniently
                arguments("jdbc:snowflake://acme.snowflakecomputing.com/?db=sales", "database|acme.snowflakecomputing.com|-|UNSPECIFIED|"),
                arguments("jdbc:db2://db2host:50000/SAMPLE:sslConnection=true;", "Db2|db2host:50000|SAMPLE|REQUIRED|"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void parseShouldExtractVendorHostsDatabaseTlsAndFlags(String url, String expected) {
        ParseResult result = DatabaseUrl.parse(url);

        assertThat(result.error()).isEmpty();
        assertThat(summary(result.url().orElseThrow())).isEqualTo(expected);
    }

    static String summary(DatabaseUrl url) {
        String hosts = url.hosts().stream().map(HostPort::toString).collect(Collectors.joining(","));
        String flags = (url.embedded() ? "e" : "") + (url.inMemory() ? "m" : "") + (url.testcontainers() ? "t" : "")
                + (url.tnsAlias() ? "a" : "");
        return url.vendor().displayName() + "|" + hosts + "|" + url.database().orElse("-") + "|" + url.tls() + "|"
                + flags;
    }

    static Stream<Arguments> credentials() {
        return Stream.of(
                arguments("postgresql://postgres:postgres@db/app", "postgres", true, false, true),
                arguments("postgresql://app:Zq8%40x!t7Lw2@db/app", "app", true, false, false),
                arguments("mysql://root:@db/shop", "root", true, true, true),
                arguments("jdbc:mysql://db/shop?user=root&password=", "root", true, true, true),
                arguments("jdbc:mysql://db/shop?user=app&password=my-secret-pw", "app", true, false, true),
                arguments("jdbc:postgresql://db/app?user=admin&password=admin", "admin", true, false, true),
                arguments("jdbc:sqlserver://sql1;databaseName=x;user=sa;password=yourStrong(!)Password", "sa", true, false, true),
                arguments("jdbc:oracle:thin:scott/tiger@ora1:1521:ORCL", "scott", true, false, true),
                arguments("Server=s;Database=d;User Id=myUsername;Password=myPassword;", "myUsername", true, false, true),
                arguments("host=db dbname=app user=app password=Xk29fLq", "app", true, false, false),
                arguments("redis://:s3cr3t-Long-value@cache.internal:6379", null, true, false, false),
                arguments("postgresql://app@db/app", "app", false, false, false),
                arguments("postgresql://user:pass@production-db:5432/rappit", "user", true, false, true),
                arguments("jdbc:h2:mem:x;USER=sa;PASSWORD=", "sa", true, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credentials")
    void parseShouldTellUserAndPasswordFactsWithoutKeepingThePassword(String url, String user, boolean present,
            boolean empty, boolean wellKnown) {
        DatabaseUrl parsed = DatabaseUrl.parse(url).url().orElseThrow();

        assertThat(parsed.user().orElse(null)).isEqualTo(user);
        assertThat(parsed.passwordPresent()).isEqualTo(present);
        assertThat(parsed.passwordEmpty()).isEqualTo(empty);
        assertThat(parsed.wellKnownCredentials()).isEqualTo(wellKnown);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments("", "is empty"),
                arguments("   ", "is empty"),
                arguments("${DATABASE_URL}", "unresolved placeholder"),
                arguments("changeme", "unresolved placeholder"),
                arguments("jdbc:postgresql://${DB_HOST}:5432/${DB:orders}${SUFFIX:_${ENV}}", "nested ${…} placeholder"),
                arguments("jdbc:postgresql//db.internal:5432/orders", "no JDBC subprotocol contains"),
                arguments("postgresql://{{ db_host }}/orders", "unresolved {{…}} template expression at character 14"),
                arguments("jdbc:postgresql://db:99999/app", "port that is not a number between 1 and 65535"),
                arguments("jdbc:postgresql://db:54x/app", "port that is not a number"),
                arguments("postgresql://db host/app", "not allowed in host names"),
                arguments("jdbc:mysql:db/shop", "expects // and a host"),
                arguments("jdbc:sqlserver:sql1", "expects // after jdbc:sqlserver:"),
                arguments("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=a)(PORT=1)", "unbalanced parentheses"),
                arguments("jdbc:oracle:thin:@(DESCRIPTION=(CONNECT_DATA=(SID=x)))", "without HOST"),
                arguments("jdbc:oracle:thin:ora1:1521:X", "expects @"),
                arguments("jdbc:", "no subprotocol"),
                arguments("jdbc:postgresql://a,,b/app", "empty entry in its host list (host 2)"),
                arguments("jdbc:postgresql://[::1/app", "without its closing ]"),
                arguments("mongodb+srv://a.example.net:27017/app", "takes one host"),
                arguments("host=db dbname='unterminated", "unterminated quoted value at character 16"),
                arguments("host=db dbname", "expects key=value at character 9"),
                arguments("Server=s;Database=d;Oops;", "segment without key=value (segment 3)"),
                arguments("Database=orders;User Id=app;", "names no server"),
                arguments("jdbc:postgresql://db/app\u0000", "control character at character 25"),
                arguments("jdbc:postgresql://db/\ud800app", "unpaired UTF-16 surrogate at character 22"),
                arguments("just some words", "is not a JDBC URL"),
                arguments("x".repeat(20_000), "longer than 16384"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("errors")
    void parseWhenMalformedShouldSayPreciselyWhatIsWrong(String url, String error) {
        ParseResult result = DatabaseUrl.parse(url);

        assertThat(result.isValid()).isFalse();
        assertThat(result.url()).isEmpty();
        assertThat(result.error()).hasValueSatisfying(message -> assertThat(message).contains(error));
    }

    @Test
    void parseWhenNullShouldSayItIsMissing() {
        assertThat(DatabaseUrl.parse(null).error()).contains("is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://db/app?user=app&password=Canary-9f8e7d6c5b",
            "postgresql://app:Canary-9f8e7d6c5b@db.internal/app",
            "jdbc:oracle:thin:app/Canary-9f8e7d6c5b@ora1:1521:X",
            "Server=s;Database=d;User Id=app;Password=Canary-9f8e7d6c5b;",
            "host=db dbname=app password=Canary-9f8e7d6c5b",
            "redis://:Canary-9f8e7d6c5b@cache:6379"})
    void toStringShouldNeverShowThePasswordOrUserName(String url) {
        ParseResult result = DatabaseUrl.parse(url);
        String printed = result + " " + result.url().orElseThrow();

        assertThat(printed).doesNotContain("Canary").doesNotContain("9f8e").doesNotContain("app/")
                .doesNotContain("user=app").contains("password=present");
        for (String fragment : fragments("Canary-9f8e7d6c5b")) {
            assertThat(printed).doesNotContain(fragment);
        }
    }

    @Test
    void errorsShouldNeverQuoteTheValue() {
        String value = "postgresql://app:Canary-9f8e7d6c5b@db host/app";

        String error = DatabaseUrl.parse(value).error().orElseThrow();

        for (String fragment : fragments("Canary-9f8e7d6c5b")) {
            assertThat(error).doesNotContain(fragment);
        }
    }

    @Test
    void parseWhenJdbcPropertiesFollowTheDatabaseShouldKeepThePasswordOutOfTheNameAndTheDescription() {
        // found by DatabaseUrlCoverageFuzzTests: the ;password= of an unknown JDBC vendor became part of the name
        String value = "jdbc:acme://db.internal:7000/app_test;user=sa;password=Canary-7Hq2Wx9Kp4";

        DatabaseUrl url = DatabaseUrl.parse(value).url().orElseThrow();

        assertThat(url.database()).contains("app_test");
        assertThat(url.user()).contains("sa");
        assertThat(url.passwordPresent()).isTrue();
        for (String fragment : fragments("Canary-7Hq2Wx9Kp4")) {
            assertThat(url.toString() + url.hosts() + url.database().orElseThrow()).doesNotContain(fragment);
        }
    }

    @Test
    void parseShouldAcceptAnAbstractSocketHostForPostgresqlOnly() {
        // libpq alone knows abstract sockets ('@name'); elsewhere an '@' host is text that slipped out of user info
        DatabaseUrl postgres = DatabaseUrl.parse("jdbc:postgresql://%40pgsock/orders").url().orElseThrow();
        ParseResult oracle = DatabaseUrl.parse("jdbc:oracle://:@%40Canary-7Hq2Wx9Kp4/orders");

        assertThat(postgres.hosts()).extracting(Object::toString).anySatisfy(host -> assertThat(host).contains("@pgsock"));
        assertThat(oracle.url().map(url -> url.hosts().toString()).orElse(""))
                .doesNotContain("@Canary");
    }

    @Test
    void parseWhenADb2UrlHasAQueryShouldKeepThePasswordOutOfTheName() {
        // found by DatabaseUrlCoverageFuzzTests: Db2 URLs took everything after the slash as the database name
        String value = "jdbc:db2://db.internal:50000/TESTDB?user=db2inst1&password=Canary-7Hq2Wx9Kp4";

        DatabaseUrl url = DatabaseUrl.parse(value).url().orElseThrow();

        assertThat(url.database()).contains("TESTDB");
        assertThat(url.passwordPresent()).isTrue();
        for (String fragment : fragments("Canary-7Hq2Wx9Kp4")) {
            assertThat(url.toString()).doesNotContain(fragment);
        }
    }

    @Test
    void parseWhenAnOraclePasswordContainsAnAtShouldKeepItOutOfTheHost() {
        // found by DatabaseUrlCoverageFuzzTests: the first @ ended the password, the rest of it became the host
        String value = "jdbc:oracle:thin:scott/Canary@7Hq2Wx9Kp4@db.internal:1521/ORCLPDB1";

        DatabaseUrl url = DatabaseUrl.parse(value).url().orElseThrow();

        assertThat(url.hosts()).extracting(HostPort::host).containsExactly("db.internal");
        assertThat(url.database()).contains("ORCLPDB1");
        assertThat(url.passwordPresent()).isTrue();
        for (String fragment : fragments("Canary@7Hq2Wx9Kp4")) {
            assertThat(url.toString()).doesNotContain(fragment);
        }
    }

    static List<String> fragments(String secret) {
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i + 4 <= secret.length(); i++) {
            fragments.add(secret.substring(i, i + 4));
        }
        return fragments;
    }
}
