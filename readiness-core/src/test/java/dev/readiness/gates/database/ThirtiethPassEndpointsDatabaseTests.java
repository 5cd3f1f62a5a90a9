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

/** A Java-embeddable engine run as a server on loopback: no managed database, so no local proxy to one. */
class ThirtiethPassEndpointsDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(".env", text)
                .build())).findings();
    }

    @Test
    void aDerbyH2OrHsqldbServerOnLoopbackIsADevelopmentSetUp() {
        assertThat(check("pool.URL=jdbc:derby://localhost:1527/faces\n"
                + "druid.metadata.storage.connector.connectURI=jdbc:derby://localhost:1527/var/druid/metadata.db\n"
                + "reports.url=jdbc:hsqldb:hsql://127.0.0.1/db/reports\n"))
                .filteredOn(finding -> finding.code().equals("database.loopback"))
                .extracting(Finding::subject, Finding::severity)
                .containsExactlyInAnyOrder(Tuple.tuple("pool.URL", Severity.NO_GO),
                        Tuple.tuple("druid.metadata.storage.connector.connectURI", Severity.NO_GO),
                        Tuple.tuple("reports.url", Severity.NO_GO));
    }

    @Test
    void aServerEngineOnLoopbackKeepsTheLocalProxyWarnAndAReachableDerbyServerIsClean() {
        // PostgreSQL and MySQL on loopback may be the Cloud SQL Auth Proxy or PgBouncer beside the service
        assertThat(check("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/app\n"
                + "spring.datasource.password=${DB_PASSWORD}\n"))
                .filteredOn(finding -> finding.code().equals("database.loopback"))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(check("pool.URL=jdbc:derby://derby.internal.example.net:1527/faces\n"))
                .extracting(Finding::code).doesNotContain("database.loopback");
    }
}
