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
 * A database on the local machine is a NO-GO when the configuration itself says it is the developer's, not a proxy
 * sidecar's: the host is a placeholder's default, the login is the server's superuser with a password written in the
 * file, or a MongoDB is opened with no credentials anywhere; a bare loopback URL stays a WARN. The files here do not
 * say production in their names, which is evidence of its own ({@link TwentyFourthPassDatabaseTests}).
 */
class LocalDatabaseEvidenceTests {

    private static List<Finding> properties(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> dotenv(String text) {
        Settings settings = Settings.builder().dotenv("app.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static Finding loopback(List<Finding> findings, String key) {
        return findings.stream().filter(f -> f.code().equals("database.loopback") && f.subject().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no database.loopback on " + key + ": " + findings));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "spring.datasource.url=jdbc:postgresql://${POSTGRES_HOST:localhost}:${POSTGRES_PORT:5432}/fact",
            "spring.datasource.url=jdbc:mysql://${MYSQL_ADDR:127.0.0.1:3306}/dinky?useUnicode=true",
            "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:postgresql://localhost:5432/productdb}"})
    void aHostThatIsAPlaceholdersLoopbackDefaultShouldBeNoGo(String line) {
        Finding finding = loopback(properties(line + "\nspring.datasource.username=app\n"), "spring.datasource.url");

        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("the default of ${").contains("fallback");
    }

    @Test
    void aHostKeyWhoseDefaultIsLoopbackShouldBeNoGo() {
        Finding finding = loopback(properties("DATABASES.default.ENGINE=django.db.backends.postgresql\n"
                + "DATABASES.default.HOST=${POSTGRES_HOST:localhost}\n"), "DATABASES.default.HOST");

        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
    }

    @Test
    void aLoopbackHostWrittenOutBesideAPortDefaultShouldStayAWarn() {
        // only the port is a default: the host was written as the local machine, as a proxy sidecar is
        Finding finding = loopback(properties("spring.datasource.url=jdbc:postgresql://127.0.0.1:${DB_PORT:5432}/app\n"
                + "spring.datasource.username=app\n"), "spring.datasource.url");

        assertThat(finding.severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void aServiceHostDefaultShouldStayClean() {
        assertThat(properties("spring.datasource.url=jdbc:postgresql://${DB_HOST:postgres}:5432/app\n"))
                .extracting(Finding::code).doesNotContain("database.loopback");
    }

    @Test
    void aUrlCompletedAtRunTimeAfterItsLoopbackHostShouldBeJudged() {
        Finding finding = loopback(properties("spring.datasource.url=jdbc:postgresql://${POSTGRES_HOST:localhost}:5432"
                + "/fact${DB_OPTIONS:}\n"), "spring.datasource.url");

        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
    }

    @Test
    void aUrlWhosePasswordComesAtRunTimeShouldStillBeJudgedForItsHost() {
        // the password is the deploy's, the host is written out: a sidecar is plausible, so a WARN
        Finding finding = loopback(dotenv("DATABASE_URL=postgresql://orders_app:${DB_PASSWORD}@127.0.0.1:6432/orders\n"),
                "DATABASE_URL");

        assertThat(finding.severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void aUrlCompletedAtRunTimeBeforeItsHostShouldNotBeJudged() {
        assertThat(properties("spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/fact${DB_OPTIONS:}\n"))
                .extracting(Finding::code).doesNotContain("database.loopback");
    }

    @Test
    void theSuperuserWithAPasswordWrittenInTheFileShouldMakeLoopbackNoGo() {
        Finding finding = loopback(properties("spring.datasource.url=jdbc:mysql://localhost:3306/sonic\n"
                + "spring.datasource.username=root\nspring.datasource.password=Sonic!@#123\n"), "spring.datasource.url");

        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("superuser").doesNotContain("Sonic!@#123");
    }

    @Test
    void theSuperuserWithAPasswordFromTheDeployShouldStayAWarn() {
        assertThat(loopback(properties("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/app\n"
                + "spring.datasource.username=postgres\nspring.datasource.password=${DB_PASSWORD}\n"),
                "spring.datasource.url").severity()).isEqualTo(Severity.WARN);
        assertThat(loopback(dotenv("DB_HOST=127.0.0.1\nDB_USERNAME=postgres\nDB_PASSWORD=Rk8mW2qN6vT4zX1c\n"),
                "DB_HOST").severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void anApplicationUserWithAWrittenPasswordShouldStayAWarn() {
        assertThat(loopback(properties("spring.datasource.url=jdbc:mysql://127.0.0.1:3306/shop\n"
                + "spring.datasource.username=shop_app\nspring.datasource.password=Rk8mW2qN6vT4zX1c\n"),
                "spring.datasource.url").severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void aMongoDbWithNoCredentialsAnywhereShouldBeNoGo() {
        Finding finding = loopback(dotenv("MONGODB_URI=mongodb://localhost:27017/parse\n"), "MONGODB_URI");

        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("no credentials");
    }

    @Test
    void aMongoDbWhosePasswordIsSetElsewhereShouldStayAWarn() {
        assertThat(loopback(dotenv("MONGODB_URI=mongodb://localhost:27017/parse\nMONGODB_PASSWORD=${MONGO_PASS}\n"
                + "DB_PASSWORD=Rk8mW2qN6vT4zX1c\n"), "MONGODB_URI").severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void aShellStyleHostReferenceShouldNotBeJudgedAsATemplateHost() {
        // a TOML or shell file read as properties: its loader fills $REDIS_HOST in, Spring would not
        List<Finding> findings = properties("redis.servers[0]=redis://$REDIS_HOST/\n");

        assertThat(findings).filteredOn(f -> f.code().equals("database.template-host")).isEmpty();
        assertThat(properties("redis.servers[0]=redis://<redis-host>/\n"))
                .filteredOn(f -> f.code().equals("database.template-host")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @Test
    void aBareLoopbackUrlShouldStayAWarn() {
        assertThat(loopback(dotenv("DATABASE_URL=postgresql://localhost:5432/app\n"), "DATABASE_URL").severity())
                .isEqualTo(Severity.WARN);
    }
}
