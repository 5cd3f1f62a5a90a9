package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Ory's in-memory data source name, {@code dsn: memory}. */
class ThirtyFifthPassEndpointsDatabaseTests {

    private static List<Finding> check(String dotenv) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder()
                .dotenv("app.env", dotenv).build())).findings();
    }

    @Test
    void aDataSourceNameOfMemoryIsAnEmbeddedDatabase() {
        // Kratos's and Hydra's quickstarts: DSN=memory; flattened kratos.yml: dsn: memory
        assertThat(check("DSN=memory\nKRATOS_DSN=MEMORY\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("DSN", "database.embedded", Severity.NO_GO),
                        Tuple.tuple("KRATOS_DSN", "database.embedded", Severity.NO_GO));
    }

    @Test
    void otherStoresNamedMemoryAndAServersDsnStayClean() {
        assertThat(check("LOCK_DSN=memory\nMESSENGER_TRANSPORT_DSN=memory\nCACHE_DSN=memory\ncache_type=memory\n"
                + "SESSION_DSN=memory\nDSN=postgres://kratos:${KRATOS_DB_PASSWORD}@postgres.svc.cluster.local:5432/kratos"
                + "?sslmode=require\nSTORE=memory\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }
}
