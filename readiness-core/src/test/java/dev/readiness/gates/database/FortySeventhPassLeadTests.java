package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-seventh pass, first contact with the blind set 208: a .NET connection string given as a Docker secret file
 * ({@code ConnectionStrings__Database_FILE=/run/secrets/…}) was an unreadable database URL. A key ending in
 * {@code file} or {@code path} holds the file's path; a connection string itself is still read.
 */
class FortySeventhPassLeadTests {

    private static List<String> findings(String text) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.severity() + " " + f.code()).toList();
    }

    @Test
    void aConnectionStringGivenAsASecretFileShouldHoldAPathNotAUrl() {
        assertThat(findings("""
                ConnectionStrings__Ledger_FILE=/run/secrets/ledger_connection
                ConnectionStrings__Cache_Path=/var/run/secrets/cache-connection
                """)).isEmpty();
    }

    @Test
    void aConnectionStringItselfShouldStillBeRead() {
        assertThat(findings("ConnectionStrings__Ledger=Server=localhost;Database=ledger;User Id=app;Password=x\n"))
                .contains("WARN database.loopback");
        assertThat(findings("ConnectionStrings__Ledger=see the vault\n")).contains("WARN database.unparseable");
    }
}
