package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind sets 104 and 107 (thirty-fifth pass: identity and communication platforms): Ory's {@code dsn: memory}, Dex's
 * {@code storage.type: memory} and Synapse's {@code database.name: sqlite3} chose an embedded database and passed.
 * Each rule beside the value that tempts it: caches, sessions, telemetry and a bounded buffer kept in memory.
 */
class ThirtyFifthPassLeadDatabaseTests {

    @TempDir
    Path directory;

    private List<String> findings(String text) throws IOException {
        Path file = Files.writeString(directory.resolve("config.properties"), text);
        Settings settings = ApplicationConfig.builder().configFile(file).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .toList();
    }

    @Test
    void anInMemoryStoreOfRecordShouldBeNoGo() throws IOException {
        assertThat(findings("dsn=memory\n")).containsExactly("NO_GO database.embedded dsn");
        assertThat(findings("storage.type=memory\nstorage.config.file=/var/dex/dex.db\n"))
                .containsExactly("NO_GO database.embedded storage.type");
        assertThat(findings("persistence.type=In-Memory\n"))
                .containsExactly("NO_GO database.embedded persistence.type");
    }

    @Test
    void transientStoresAndBoundedBuffersInMemoryShouldStayClean() throws IOException {
        assertThat(findings("""
                cache.store.type=memory
                SPAN_STORAGE_TYPE=memory
                session.storage.type=memory
                rate.limiter.storage.type=memory
                """)).isEmpty();
        assertThat(findings("""
                storage.type=memory
                storage.read_records_count=100
                storage.max_records_count=100000
                """)).isEmpty();
    }

    @Test
    void aTwoWordDatabaseSectionNamedSqliteShouldBeNoGoAndAnOrdinaryNameClean() throws IOException {
        assertThat(findings("database.name=sqlite3\ndatabase.args.database=/data/homeserver.db\n"))
                .contains("NO_GO database.embedded database.name");
        assertThat(findings("database.name=psycopg2\ndatabase.args.host=db.acme.internal\n"))
                .noneMatch(finding -> finding.contains("database.embedded"));
        assertThat(findings("app.database.name=sqlite\n")).isEmpty();
    }
}
