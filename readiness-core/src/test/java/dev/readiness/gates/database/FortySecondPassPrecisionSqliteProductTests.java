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

/**
 * The forty-second pass's SQLite-first products: Headscale, Grafana, Gotify, Gatus, Garage, Frigate, Murmur and
 * Fasten are built on SQLite and document it as a single instance's store, so SQLite under their own store keys is
 * information; an application's SQLite, another product's engine switch, and the same keys in a file that is not the
 * product's stay {@code database.embedded}.
 */
class FortySecondPassPrecisionSqliteProductTests {

    private static List<Finding> production(String file, String text) {
        Settings settings = Settings.builder().properties(file, text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static final String HEADSCALE = """
            server_url=https://vpn.acme-corp.io
            listen_addr=0.0.0.0:8080
            noise.private_key_path=/var/lib/headscale/noise_private.key
            derp.server.enabled=false
            database.type=sqlite
            database.sqlite.path=/var/lib/headscale/db.sqlite
            """;

    private static final String GOTIFY = """
            server.port=80
            database.dialect=sqlite3
            database.connection=/data/gotify.db
            uploadedimagesdir=data/images
            """;

    private static final String GARAGE = """
            metadata_dir=/var/lib/garage/meta
            db_engine=sqlite
            rpc_bind_addr=[::]:3901
            """;

    @Test
    void sqliteUnderASqliteFirstProductsOwnStoreKeysShouldBeInformation() {
        for (String[] product : new String[][] {{"headscale.properties", HEADSCALE, "database.type", "Headscale"},
            {"gotify.properties", GOTIFY, "database.connection", "Gotify"},
            {"garage.properties", GARAGE, "db_engine", "Garage"}}) {
            List<Finding> findings = production(product[0], product[1]);
            assertThat(findings).filteredOn(f -> f.code().equals("database.embedded"))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                    .anySatisfy(f -> assertThat(f.message()).contains(product[2]).contains(product[3])
                            .doesNotContain("/var/lib").doesNotContain("/data/gotify.db"));
        }
    }

    @Test
    void anApplicationsSqliteOrTheSameKeysWithoutTheProductShouldStayReported() {
        String application = """
                database.type=sqlite
                database.path=/app/data/shop.db
                server.port=8080
                """;
        assertThat(production("application-prod.properties", application))
                .extracting(Finding::code, Finding::severity)
                .contains(Tuple.tuple("database.embedded", Severity.NO_GO));
        String ghost = """
                server_url=https://blog.acme-corp.io
                database.client=sqlite3
                database.connection.filename=content/data/ghost.db
                """;
        assertThat(production("config.production.properties", ghost))
                .extracting(Finding::code, Finding::severity)
                .contains(Tuple.tuple("database.embedded", Severity.NO_GO));
        String otherSection = GARAGE.replace("db_engine=sqlite", "cache.db_engine=sqlite\ndb_engine=lmdb");
        assertThat(production("garage.properties", HEADSCALE.replace("noise.private_key_path", "noise.key_path")))
                .extracting(Finding::code, Finding::severity)
                .contains(Tuple.tuple("database.embedded", Severity.NO_GO));
        assertThat(production("garage.properties", otherSection)).filteredOn(f -> f.severity() == Severity.INFO)
                .extracting(Finding::subject).doesNotContain("cache.db_engine");
    }
}
