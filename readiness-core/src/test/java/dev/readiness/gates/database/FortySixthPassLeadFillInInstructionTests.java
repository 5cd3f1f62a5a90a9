package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-sixth pass, first contact with the blind sets 194 to 197: a database URL setting that holds a hyphenated
 * instruction ({@code replace-with-…}) passed as GO, while its underscored spelling was a template host. An
 * instruction that starts by asking for the value is template text whatever its separators; a URL, a host name or a
 * Compose service name that merely contains such a word is judged as before.
 */
class FortySixthPassLeadFillInInstructionTests {

    private static List<String> findings(String text) {
        var settings = ApplicationConfig.builder().configText(".env", text).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(f -> f.severity() + " " + f.code()).toList();
    }

    @Test
    void anInstructionToFillInWhereTheUrlGoesShouldBeATemplate() {
        assertThat(findings("DATABASE_URL=replace-with-managed-postgres-url-from-the-vault\n"))
                .containsExactly("NO_GO database.template-host");
        assertThat(findings("ORDERS_DB_URL=Replace this with the connection string\n"))
                .containsExactly("NO_GO database.template-host");
        assertThat(findings("DATABASE_URL=to-be-replaced-by-terraform\n"))
                .containsExactly("NO_GO database.template-host");
    }

    @Test
    void urlsAndNamesThatOnlyContainSuchWordsShouldBeJudgedAsBefore() {
        assertThat(findings("DATABASE_URL=postgres://app:${DB_PASSWORD}@replacement-db.prod.internal:5432/orders"
                + "?sslmode=require\n")).isEmpty();
        assertThat(findings("DATABASE_URL=postgresql://orders:${DB_PASSWORD}@pg-primary.prod.internal:5432/orders"
                + "?sslmode=require\n")).isEmpty();
        assertThat(DatabaseGate.fillInInstruction("replacement-db-cluster")).isFalse();
        assertThat(DatabaseGate.fillInInstruction("changelog-database")).isFalse();
    }
}
