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

class EngineSectionsTests {

    private static List<String> production(String properties) {
        return codes(Stage.PRODUCTION, ApplicationConfig.builder().configText("ormconfig.properties", properties)
                .build().settings());
    }

    private static List<String> productionEnv(String dotenv) {
        return codes(Stage.PRODUCTION, Settings.builder().dotenv("app.env", dotenv).build());
    }

    private static List<String> codes(Stage stage, Settings settings) {
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings().stream()
                .map(f -> f.code() + " " + f.subject() + " " + f.severity()).toList();
    }

    @Test
    void checkWhenATypeNamesADatabaseEngineShouldJudgeTheBareHostAndDatabaseOfItsSection() {
        assertThat(production("type=mysql\nhost=localhost\nport=3306\nusername=test\npassword=test\n"
                + "database=test\n"))
                .contains("database.loopback host NO_GO", "database.test-name database NO_GO") // test/test: a sample pair
                .noneMatch(code -> code.contains(" port "));
    }

    @Test
    void checkWhenAnEnvironmentPrefixOrAnAdapterDeclaresTheEngineShouldJudgeItsHost() {
        assertThat(productionEnv("TYPEORM_CONNECTION=postgres\nTYPEORM_HOST=127.0.0.1\n"))
                .containsExactly("database.loopback TYPEORM_HOST WARN");
        assertThat(production("production.adapter=postgresql\nproduction.host=localhost\n"
                + "production.database=shop_production\n"))
                .containsExactly("database.loopback production.host WARN");
    }

    @Test
    void checkWhenKnexDeclaresItsClientAboveTheConnectionShouldJudgeTheConnectionHost() {
        assertThat(production("client=pg\nconnection.host=127.0.0.1\nconnection.database=app_dev\n"))
                .containsExactlyInAnyOrder("database.loopback connection.host WARN",
                        "database.test-name connection.database WARN");
    }

    @Test
    void checkWhenTheSectionIsACacheOrADevelopmentOneShouldLeaveItsHostAlone() {
        assertThat(production("cache.type=redis\ncache.host=localhost\n"
                + "development.dialect=mysql\ndevelopment.host=localhost\ndevelopment.database=app_development\n"
                + "test.client=pg\ntest.host=127.0.0.1\n"
                + "mail.type=smtp\nmail.host=localhost\n")).isEmpty();
    }

    @Test
    void checkWhenTheEngineSectionPointsAtARealServerShouldSayNothing() {
        assertThat(production("type=postgres\nhost=db.internal.acme.io\nport=5432\nusername=orders\n"
                + "database=orders\n")).isEmpty();
    }

    @Test
    void checkOutsideProductionShouldNotReportTheLocalHostOfAnEngineSection() {
        assertThat(codes(Stage.DEVELOPMENT, ApplicationConfig.builder().configText("ormconfig.properties",
                "type=mysql\nhost=localhost\ndatabase=test\n").build().settings())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "postgres", "pdo_pgsql", "django.db.backends.postgresql", "Ecto.Adapters.Postgres",
        "org.hibernate.dialect.MySQL8Dialect", "better-sqlite3", "mssql"})
    void aDeclaringValueNamesADatabaseEngine(String value) {
        assertThat(EngineSections.namesServerOrEmbeddedEngine(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"redis", "rabbitmq", "smtp", "com.zaxxer.hikari.HikariDataSource", "oauth2", "local",
        "Dialect", "mysql-dump"})
    void otherDeclaringValuesNameNoDatabaseEngine(String value) {
        assertThat(EngineSections.namesServerOrEmbeddedEngine(value)).isFalse();
    }

    @Test
    void checkWhenADatabaseNameSpellsWhatItsKeyHoldsShouldReportATemplateName() {
        assertThat(production("database.write.connection=postgres\ndatabase.write.database=db_name\n"))
                .containsExactly("database.template-name database.write.database NO_GO");
        assertThat(productionEnv("DB_NAME=database_name\nMYSQL_DATABASE=your-db\n"))
                .containsExactlyInAnyOrder("database.template-name DB_NAME NO_GO",
                        "database.template-name MYSQL_DATABASE NO_GO");
    }

    @Test
    void checkWhenADatabaseNameMerelyContainsThoseWordsShouldSayNothing() {
        assertThat(productionEnv("DB_NAME=dbnames_archive\nDB_DATABASE=orders_db\nAPP_NAME=db_name\n"
                + "DB_TEST_DB_NAME=data_test\nDATABASE_NAME=devel\n")).isEmpty();
    }

    @Test
    void checkWhenATestNamedDatabaseHasNoLocalHostBesideItShouldSayNothing() {
        assertThat(productionEnv("DB_HOST=db.acme-prod.io\nDB_NAME=app_test\n")).isEmpty();
        assertThat(productionEnv("DB_HOST=localhost\nDB_NAME=app_test\n"))
                .contains("database.test-name DB_NAME WARN");
    }

    @Test
    void theFindingsNeverPrintThePassword() {
        List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText("ormconfig.properties", "type=mysql\nhost=localhost\nusername=root\n"
                        + "password=Zq7-secret-pw\ndatabase=test\n").build().settings())).findings();
        assertThat(findings).isNotEmpty().allSatisfy(finding -> assertThat(finding.toString())
                .doesNotContain("Zq7-secret-pw"));
    }
}
