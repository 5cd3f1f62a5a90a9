package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The thirty-third pass's precision rules, each with a catch and a tempting clean value: a release tool's
 * {@code $Name} token under a connection-string key, a database name that ends in its production word, a test
 * database's URL under a key named for tests, a hyphenated session cookie name, and environment blocks written with
 * their short names ({@code prod.}, {@code dev.}).
 */
class ThirtyThirdPassPrecisionTests {

    /** The codes of the WARN and NO-GO findings on a key (an INFO is a note, not a problem). */
    static List<String> problems(String file, String text, String key) {
        var settings = ApplicationConfig.builder().configText(file, text).build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new DatabaseGate().check(context),
                        new SandboxGate().check(context))
                .flatMap(result -> result.findings().stream())
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO)
                .map(f -> f.code()).toList();
    }

    @Test
    void aReleaseTokenUnderAConnectionStringKeyShouldBeWhatTheReleaseFills() {
        String appsettings = """
                ConnectionStrings.Reports=$ConnectString
                ConnectionStrings.Main=$Server=db;Database=shop
                """;
        assertThat(problems("appsettings.Production.properties", appsettings, "ConnectionStrings.Reports")).isEmpty();
        // text after the name is no token: the value is a broken connection string
        assertThat(problems("appsettings.Production.properties", appsettings, "ConnectionStrings.Main"))
                .isNotEmpty();
        // a name in lower case or in capitals is no release token
        assertThat(problems("application.properties", "ktor.database.url=$jdbc_url\n", "ktor.database.url"))
                .containsExactly("database.unparseable");
    }

    @Test
    void aDatabaseNameEndingInItsProductionWordShouldNameProduction() {
        assertThat(problems("config.properties", "production.database=online_library_test_production\n",
                "production.database")).isEmpty();
        assertThat(problems("config.properties", "production.database=shop_production_test\n",
                "production.database")).containsExactly("database.test-name");
        assertThat(problems("prod.env", "DATABASE_URL=postgres://app:Xk2mQ9vLp4RtZ7wN@db.acme.io:5432/shop_dev_prod"
                + "?sslmode=require\n", "DATABASE_URL")).doesNotContain("database.test-name");
        assertThat(problems("prod.env", "DATABASE_URL=postgres://app:Xk2mQ9vLp4RtZ7wN@db.acme.io:5432/shop_test"
                + "?sslmode=require\n", "DATABASE_URL")).contains("database.test-name");
    }

    @Test
    void aTestDatabasesUrlUnderAKeyNamedForTestsShouldKeepItsTestName() {
        String env = """
                DATABASE_URL_TEST=postgres://app:Xk2mQ9vLp4RtZ7wN@db.acme.io:5432/outline-test?sslmode=require
                TEST_DATABASE_URL=postgres://app:Xk2mQ9vLp4RtZ7wN@db.acme.io:5432/shop_test?sslmode=require
                DATABASE_URL=postgres://app:Xk2mQ9vLp4RtZ7wN@db.acme.io:5432/shop_test?sslmode=require
                """;
        assertThat(problems("prod.env", env, "DATABASE_URL_TEST")).doesNotContain("database.test-name");
        assertThat(problems("prod.env", env, "TEST_DATABASE_URL")).doesNotContain("database.test-name");
        assertThat(problems("prod.env", env, "DATABASE_URL")).contains("database.test-name");
        // a word inside the key is often a pool's chosen name, not the stage
        String pool = "resources.pool.chore_test_pool.URL=jdbc:mysql://db.acme.io:3306/chore_test?sslMode=REQUIRED\n";
        assertThat(problems("glassfish-resources.properties", pool, "resources.pool.chore_test_pool.URL"))
                .contains("database.test-name");
    }

    @Test
    void aHyphenatedSessionCookieNameShouldBeNoSecret() {
        assertThat(problems("config-prod.properties", "session.key=gin-session\n", "session.key")).isEmpty();
        assertThat(problems("config-prod.properties", "session.key=super-secret-session\n", "session.key"))
                .isNotEmpty();
    }

    @Test
    void environmentBlocksWithShortNamesShouldApplyOnlyTheRunningOne() {
        String config = """
                dev.DB_PW=121473
                dev.JWT_SECRET=Cr0ss0v3r-dev
                test.JWT_SECRET=Cr0ss0v3r-test
                prod.DB_PW=121473
                prod.JWT_SECRET=Cr0ss0v3r-prod
                """;
        assertThat(problems("config.properties", config, "dev.JWT_SECRET")).isEmpty();
        assertThat(problems("config.properties", config, "test.JWT_SECRET")).isEmpty();
        assertThat(problems("config.properties", config, "prod.JWT_SECRET")).isNotEmpty();
        // without a production block beside it, a dev key is no block of an environment file
        assertThat(problems("config.properties", "dev.JWT_SECRET=Cr0ss0v3r-dev\n", "dev.JWT_SECRET")).isNotEmpty();
    }
}
