package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsBuilder;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** EF Core's in-memory provider chosen by a setting; a provider switch naming a server leaves an empty URL judged. */
class ThirtyThirdPassEndpointsDatabaseTests {

    private static List<Finding> production(String text) {
        SettingsBuilder builder = Settings.builder();
        int line = 0;
        for (String written : text.split("\n")) {
            line++;
            int equals = written.indexOf('=');
            builder.add(Setting.of(written.substring(0, equals), written.substring(equals + 1),
                    Origin.of("appsettings.Production.json:" + line)));
        }
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, builder.build())).findings();
    }

    @Test
    void anInMemoryDatabaseChosenBySwitchOrProviderIsEmbedded() {
        // the .NET Clean Architecture templates' appsettings.json, and a provider switch as ControlR documents it
        assertThat(production("UseInMemoryDatabase=true\nDatabaseProvider=InMemory\n"
                + "AppOptions.UseInMemoryDatabase=True\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .contains(Tuple.tuple("UseInMemoryDatabase", "database.embedded", Severity.NO_GO),
                        Tuple.tuple("DatabaseProvider", "database.embedded", Severity.NO_GO),
                        Tuple.tuple("AppOptions.UseInMemoryDatabase", "database.embedded", Severity.NO_GO));
    }

    @Test
    void aServerProviderTheSwitchOffAndAnInMemoryCacheStayClean() {
        assertThat(production("UseInMemoryDatabase=false\nDatabaseProvider=SqlServer\n"
                + "InMemoryDatabaseName=ControlR\nCacheProvider=InMemory\n"
                + "ConnectionStrings.Default=Server=sql.prod.internal;Database=shop;User Id=shop;Password=Xk2#9vLq!"
                + "Zt7mWp4;Encrypt=True\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }

    @Test
    void aProviderSwitchNamingAServerDoesNotExcuseAnEmptyConnectionString() {
        assertThat(production("Database.Provider=Postgres\nConnectionStrings.DefaultConnection=\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(Tuple.tuple("ConnectionStrings.DefaultConnection", "database.url-empty"));
        assertThat(production("Database.Provider=InMemory\nConnectionStrings.DefaultConnection=\n"))
                .extracting(Finding::code).doesNotContain("database.url-empty");
    }
}
