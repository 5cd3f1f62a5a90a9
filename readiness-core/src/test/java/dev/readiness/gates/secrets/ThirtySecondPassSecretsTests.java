package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the thirty-second pass on the secrets side, for configuration kinds the corpus barely holds (.NET
 * {@code appsettings.json} connection strings, Node's Sequelize, knex and TypeORM files), each with a catch and a
 * tempting clean neighbour. Every credential-looking value here was generated for this test or is a documented
 * sample; none is a live credential from a public file.
 */
class ThirtySecondPassSecretsTests {

    private static final String RANDOM_24 = "Vq7tZ2mXe9LpR4sKw8NbYc3H";

    /** Severity and code of every finding for {@code key} in a file of {@code lines} joined by {@code |}. */
    private static List<String> findingsIn(String file, String lines, String key) {
        return findingsInText(file, lines.replace('|', '\n'), key);
    }

    /** Severity and code of every finding for {@code key} in a file of one line, kept as written. */
    private static List<String> findingsInLine(String file, String line, String key) {
        return findingsInText(file, line, key);
    }

    private static List<String> findingsInText(String file, String lines, String key) {
        String text = lines + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "appsettings.properties ~ ConnectionStrings.Default=Server=sql.shop.example;Database=shop;"
                    + "User Id=shop;Password=Pass@word1;Encrypt=True ~ ConnectionStrings.Default",
            "appsettings.properties ~ ConnectionStrings.Orders=Host=pg.shop.example;Database=orders;"
                    + "Username=orders;Password=password123;SSL Mode=Require ~ ConnectionStrings.Orders",
            "web.properties ~ connectionStrings.Main=Data Source=db01.corp.example;Initial Catalog=crm;"
                    + "User ID=crm;Pwd=qwerty ~ connectionStrings.Main",
            "appsettings.properties ~ Redis.Configuration=cache.shop.example:6380,password=redispass,ssl=True,"
                    + "abortConnect=False ~ Redis.Configuration",
            "appsettings.properties ~ Redis.Configuration=cache.shop.example:6380,password=xxx,ssl=True"
                    + " ~ Redis.Configuration",
            "config.properties ~ SqlSettings.DataSource=mmuser:mmpassword@tcp(db.shop.example:3306)/mattermost"
                    + "?charset=utf8mb4,utf8&readTimeout=30s ~ SqlSettings.DataSource",
            "config.properties ~ database.dsn=gitea:password123@tcp(db.shop.example:3306)/gitea ~ database.dsn"})
    void aWeakOrStandInPasswordInsideANetConnectionStringShouldStop(String file, String line, String key) {
        assertThat(findingsInLine(file, line, key)).as(line).hasSize(1)
                .allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "appsettings.properties ~ ConnectionStrings.Default=Server=sql.shop.example;Database=shop;"
                    + "User Id=shop;Password=" + RANDOM_24 + ";Encrypt=True ~ ConnectionStrings.Default",
            "appsettings.properties ~ ConnectionStrings.Default=Server=sql.shop.example;Database=shop;"
                    + "User Id=shop;Password=${DB_PASSWORD} ~ ConnectionStrings.Default",
            "appsettings.properties ~ ConnectionStrings.Default=Server=sql.shop.example;Database=shop;"
                    + "User Id=shop;Password=#{DbPassword}# ~ ConnectionStrings.Default",
            "appsettings.properties ~ ConnectionStrings.Default=Server=tcp:{0},{1};Database={2};User Id={3};"
                    + "Password={4} ~ ConnectionStrings.Default",
            "appsettings.properties ~ ConnectionStrings.Default=Host=postgres;Database=shop;"
                    + "Username=$(DB_USER);Password=(DB_PASSWORD) ~ ConnectionStrings.Default",
            "appsettings.Development.properties ~ ConnectionStrings.Default=Server=sql.shop.example;"
                    + "Database=shop;User Id=shop;Password=password123 ~ ConnectionStrings.Default",
            "appsettings.properties ~ Redis.Configuration=cache.shop.example:6380,password=" + RANDOM_24
                    + ",ssl=True ~ Redis.Configuration",
            "appsettings.properties ~ Serilog.Using=Serilog.Sinks.Console,Serilog.Sinks.File ~ Serilog.Using",
            "appsettings.properties ~ Features.Flags=search=on,password=reset,beta=off ~ Features.Flags",
            "config.properties ~ SqlSettings.DataSource=mmuser:" + RANDOM_24 + "@tcp(db.shop.example:3306)/mattermost"
                    + " ~ SqlSettings.DataSource",
            "config.properties ~ SqlSettings.DataSource=mmuser:${MM_DB_PASSWORD}@tcp(db.shop.example:3306)/mattermost"
                    + " ~ SqlSettings.DataSource",
            "config.properties ~ notify.list=ops@tcp(backup),dev@shop.example ~ notify.list"})
    void aStrongReferencedOrDevelopmentPasswordOrAListThatIsNoConnectionStringShouldStayClean(String file,
            String line, String key) {
        assertThat(findingsInLine(file, line, key)).as(line).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "config.properties; production.username=app|production.password=null|production.database=shop"
                    + "|production.host=db.shop.example|production.dialect=mysql; production.password",
            "knexfile.properties; production.client=pg|production.connection.host=db.shop.example"
                    + "|production.connection.database=shop|production.connection.user=shop"
                    + "|production.connection.password=null; production.connection.password",
            "ormconfig.properties; type=postgres|host=db.shop.example|username=shop|password=null|database=shop;"
                    + " password"})
    void aNullPasswordInADatabaseConnectionBlockShouldStop(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).hasSize(1)
                .allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "app.env; REDIS_HOST=redis|REDIS_PASSWORD=null; REDIS_PASSWORD",
            "config.properties; mail.host=smtp.shop.example|mail.password=null|mail.username=shop; mail.password",
            "paypal.properties; http.ProxyHost=proxy.shop.example|http.ProxyPassword=null; http.ProxyPassword",
            "config.properties; production.password=null|production.database=shop; production.password"})
    void aNullPasswordOutsideADatabaseConnectionBlockShouldStayUnset(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "configuration.properties; authentication_backend.file.password.argon2.variant=argon2id;"
                    + " authentication_backend.file.password.argon2.variant",
            "configuration.properties; authentication_backend.file.password.argon2.memory=65536;"
                    + " authentication_backend.file.password.argon2.memory",
            "configuration.properties; authentication_backend.file.password.argon2.parallelism=4;"
                    + " authentication_backend.file.password.argon2.parallelism",
            "configuration.properties; authentication_backend.file.password.scrypt.threads=8;"
                    + " authentication_backend.file.password.scrypt.threads",
            "config.properties; auth.token_lookup=header:Authorization; auth.token_lookup",
            "config.properties; jwt.TokenLookup=header:Authorization,query:token,cookie:jwt; jwt.TokenLookup",
            "config.properties; signing.key.kid=2024-01; signing.key.kid"})
    void aPasswordHashingParameterATokenLookUpOrAKeyIdShouldStayClean(String file, String line, String key) {
        assertThat(findingsIn(file, line, key)).as(line).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "configuration.properties; authentication_backend.ldap.password=password;"
                    + " authentication_backend.ldap.password",
            "configuration.properties; storage.encryption_key=argon2id; storage.encryption_key",
            "configuration.properties; notifier.smtp.password=65536; notifier.smtp.password",
            "config.properties; auth.token=header:Authorization; auth.token",
            "config.properties; signing.key=2024-01; signing.key"})
    void aSecretBesideThoseParametersOrHoldingTheirValuesShouldStillStop(String file, String line, String key) {
        assertThat(findingsIn(file, line, key)).as(line).isNotEmpty()
                .allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "app.ini.properties ~ security.SECRET_KEY=!#@FDEWREWR&*( ~ security.SECRET_KEY",
            "gitea.env ~ GITEA__security__SECRET_KEY=!#@FDEWREWR&*( ~ GITEA__security__SECRET_KEY"})
    void giteasBuiltInSecretKeyShouldStopAsPublished(String file, String line, String key) {
        assertThat(findingsInLine(file, line, key)).as(line).containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "app.ini.properties ~ security.COOKIE_REMEMBER_NAME=gitea_incredible ~ security.COOKIE_REMEMBER_NAME",
            "app.ini.properties ~ security.SECRET_KEY_URI=file:/etc/gitea/secret_key ~ security.SECRET_KEY_URI"})
    void giteasCookieNameAndSecretKeyLocationShouldStayClean(String file, String line, String key) {
        assertThat(findingsInLine(file, line, key)).as(line).isEmpty();
    }
}
