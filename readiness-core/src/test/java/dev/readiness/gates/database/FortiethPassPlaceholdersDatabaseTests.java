package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fortieth pass's placeholder rule in the database gate: the application's one database URL holding only a scheme
 * ({@code DATABASE_URL="sqlserver://"}, a stub the deploy was to complete) names no database, as an empty one names
 * none; beside settings that say where the database is, and with a host after the scheme, it stays as it was.
 */
class FortiethPassPlaceholdersDatabaseTests {

    private static List<Finding> production(String text) {
        Settings settings = Settings.builder().dotenv("prod.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=\"sqlserver://\"", "DATABASE_URL=postgres://", "MONGODB_URI=mongodb+srv://",
            "DATABASE_URL='mysql://'"})
    void aDatabaseUrlHoldingOnlyItsSchemeIsEmpty(String line) {
        List<Finding> findings = production(line + "\n");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("database.url-empty", Severity.NO_GO));
        assertThat(findings.get(0).message()).contains("holds only a URL's scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=postgres://\nDB_HOST=db.acme-corp.io\n",
            "DATABASE_URL=sqlserver://db.acme-corp.io:1433;databaseName=app\n", "APP_PROTOCOL=http://\n",
            "spring.config.import=sm://\n"})
    void aSchemeBesideWhereTheDatabaseIsOrWithAHostIsNotEmpty(String text) {
        assertThat(production(text)).extracting(Finding::code).doesNotContain("database.url-empty");
    }
}
