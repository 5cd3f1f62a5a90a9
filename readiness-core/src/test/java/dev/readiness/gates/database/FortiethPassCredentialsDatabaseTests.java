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
 * Fortieth pass, credentials: the application's one database URL left empty inside a service's environment block
 * further in the key ({@code functions.api.environment.MONGODB_URI=} of a Serverless file,
 * {@code services.app.environment.DATABASE_URL=} of a flattened Compose file) leaves the service without its database,
 * as {@code env.DATABASE_URL=} did. Beside it the values that tempt the rule: a qualified URL in the block, a block
 * whose host settings say where the database is, a URL that is set, and a key whose environment word is not the
 * block's. A .NET application's only connection string named {@code <Name>Connection}
 * ({@code ConnectionStrings.AssetManagementConnection=}) is its database as {@code DefaultConnection} is, beside a
 * section of several connection strings and one whose only entry is a Redis or storage string.
 */
class FortiethPassCredentialsDatabaseTests {

    private static List<Finding> production(String text) {
        Settings settings = Settings.builder().properties("serverless-prod.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "service=api\nfunctions.api.handler=handler.main\nfunctions.api.environment.MONGODB_URI=\n",
        "services.app.image=acme/app:1.4\nservices.app.environment.DATABASE_URL=\nservices.app.environment.PORT=8080\n"})
    void anEmptyPrimaryUrlInAServicesEnvironmentBlockShouldBeNoGo(String text) {
        assertThat(production(text)).filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(f.subject()).endsWith("environment." + (text.contains("MONGODB_URI") ? "MONGODB_URI"
                            : "DATABASE_URL"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "functions.api.environment.TEST_DATABASE_URL=\nfunctions.api.handler=handler.main\n",
        "services.app.environment.DATABASE_URL=\nservices.app.environment.DB_HOST=db\n"
                + "services.app.environment.DB_DATABASE=app\n",
        "functions.api.environment.MONGODB_URI=${ssm:/app/prod/mongodb-uri}\n",
        "app.environment.database.url.enabled=\n"})
    void aQualifiedCompletedOrSetUrlShouldStayClean(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.url-empty");
    }

    @Test
    void theFindingNamesTheKey() {
        assertThat(production("functions.api.environment.MONGODB_URI=\n"))
                .filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("functions.api.environment.MONGODB_URI"));
    }

    private static List<Finding> appsettings(String text) {
        Settings settings = Settings.builder().properties("appsettings-production.properties", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void theOnlyConnectionStringLeftEmptyShouldBeNoGo() {
        assertThat(appsettings("Logging.LogLevel.Default=Information\nConnectionStrings.AssetManagementConnection=\n"
                + "Database.SchemaName=assets\n"))
                .filteredOn(f -> f.code().equals("database.url-empty")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ConnectionStrings.IdentityConnection=\nConnectionStrings.CatalogConnection=\n",
        "ConnectionStrings.TelemetryStorage=\nLogging.LogLevel.Default=Information\n",
        "ConnectionStrings.AssetManagementConnection=\nConnectionStrings.Redis=redis.internal:6379\n",
        "ConnectionStrings.AssetManagementConnection=Host=db.internal;Database=assets;Username=app;Password=${DB_PASSWORD}\n"})
    void severalConnectionStringsOrOneOfAnotherKindShouldStayClean(String text) {
        assertThat(appsettings(text)).extracting(Finding::code).doesNotContain("database.url-empty");
    }
}
