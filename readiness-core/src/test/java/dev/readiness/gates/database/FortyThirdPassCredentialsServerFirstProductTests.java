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
 * Forty-third pass, credentials: the embedded store of a product whose own documentation keeps it out of production
 * (Authelia's {@code storage.local.path}, SQLite3: "we highly recommend it [another provider] in production
 * environments"; Metabase's {@code MB_DB_FILE}, H2: "AVOID in production") is a NO-GO in production, where an
 * application's own SQLite file stays a WARN. Beside it the values that tempt the rule: the same key without the
 * product's other keys, an application's own SQLite file, the product with a database server chosen, and another
 * stage.
 */
class FortyThirdPassCredentialsServerFirstProductTests {

    private static final String AUTHELIA = "authentication_backend.file.path=/config/users_database.yml\n"
            + "access_control.default_policy=deny\n";

    private static List<Finding> embedded(String file, String text, Stage stage) {
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings().stream()
                .filter(f -> f.code().equals("database.embedded")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/config/db.sqlite3", "/data/db.sqlite", "/config/db/db.sqlite3"})
    void autheliasLocalStorageShouldBeNoGoInProduction(String path) {
        assertThat(embedded("configuration.properties", AUTHELIA + "storage.local.path=" + path + "\n",
                Stage.PRODUCTION)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(f.message()).contains("storage.local.path", "Authelia's own documentation")
                            .doesNotContain(path);
                });
    }

    @Test
    void metabasesH2FileShouldBeNoGoInProduction() {
        assertThat(embedded("metabase.env", "MB_DB_FILE=/data/metabase.db\n", Stage.PRODUCTION)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(f.message()).contains("Metabase's own documentation").doesNotContain("/data/");
                });
    }

    @Test
    void theSameKeyWithoutTheProductsOtherKeysShouldStayAWarning() {
        assertThat(embedded("configuration.properties", "storage.local.path=/config/db.sqlite3\n",
                Stage.PRODUCTION)).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
    }

    @Test
    void anApplicationsOwnSqliteFileShouldStayAWarning() {
        assertThat(embedded("app.env", "DATABASE_PATH=./restaurant.db\nAPP_NAME=horeca\n", Stage.PRODUCTION))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
    }

    @Test
    void theProductOnADatabaseServerShouldStayClean() {
        assertThat(embedded("metabase.env", "MB_DB_TYPE=postgres\nMB_DB_FILE=/data/metabase.db\n",
                Stage.PRODUCTION)).isEmpty();
    }

    @Test
    void inStagingTheProductsStoreShouldStayAWarning() {
        assertThat(embedded("configuration.properties", AUTHELIA + "storage.local.path=/config/db.sqlite3\n",
                Stage.STAGING)).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
    }
}
