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
 * The forty-first pass's placeholder rule in the database gate: a host setting holding the name of a slot for a host
 * ({@code DATABASE_SERVER=prod_host}, {@code DB_HOST=unraidIP}, {@code vertx.pg.client.host=the-host}) is a template
 * host, while containers named for their role ({@code mariadb_server}, {@code redis_server}), DNS names with dashes
 * ({@code prod-host}) and real names stay as they were.
 */
class FortyFirstPassPlaceholdersDatabaseTests {

    private static List<Finding> production(String text) {
        Settings settings = Settings.builder().dotenv("prod.env", text).build();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_SERVER='prod_host'", "DB_HOST=unraidIP", "vertx.pg.client.host=the-host",
            "MYSQL_HOST=this_node_ip", "POSTGRES_HOSTNAME=primary_db_hostname"})
    void aHostSettingHoldingTheNameOfASlotIsATemplateHost(String line) {
        List<Finding> findings = production(line + "\n");
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .contains(Tuple.tuple("database.template-host", Severity.NO_GO));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain("prod_host")
                .doesNotContain("unraidIP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_HOST=mariadb_server", "REDIS_HOST=redis_server", "DB_HOST=prod-host",
            "DB_HOST=db.prod-host.acme-corp.io", "DB_HOST=ghost", "DB_HOST=PRODIP", "DB_HOST=my-host",
            "DB_NAME=prod_host"})
    void containersNamedForTheirRoleAndDnsNamesAreNotSlots(String line) {
        assertThat(production(line + "\n")).extracting(Finding::code).doesNotContain("database.template-host");
    }
}
