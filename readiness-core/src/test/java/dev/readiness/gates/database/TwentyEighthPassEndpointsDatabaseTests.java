package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An embedded engine chosen by a connection block's switch under an application's own prefix. */
class TwentyEighthPassEndpointsDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(".env", text)
                .build())).findings();
    }

    @Test
    void anEmbeddedEngineChosenForAPrefixedConnectionBlockIsReported() {
        assertThat(check("SC_CONNECTION=sqlite\nSC_DATABASE=/var/www/html/database/app.db\nSC_HOST=\n"))
                .filteredOn(finding -> finding.subject().equals("SC_CONNECTION"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("database.embedded", Severity.NO_GO));
        assertThat(check("TYPEORM_CONNECTION=sqlite\nTYPEORM_USERNAME=app\n"))
                .extracting(Finding::subject).contains("TYPEORM_CONNECTION");
    }

    @Test
    void aServerEngineALoneSwitchAnotherStagesSectionAndASectionWithItsOwnUrlStayAsTheyWere() {
        assertThat(check("SC_CONNECTION=mysql\nSC_DATABASE=clans\nSC_HOST=db\n"))
                .extracting(Finding::subject).doesNotContain("SC_CONNECTION");
        assertThat(check("CACHE_DRIVER=sqlite\nQUEUE_CONNECTION=sqlite\n"))
                .extracting(Finding::subject).doesNotContain("CACHE_DRIVER", "QUEUE_CONNECTION");
        assertThat(check("test_sqlite3.adapter=sqlite3\ntest_sqlite3.database=db/test.sqlite3\n"))
                .extracting(Finding::subject).doesNotContain("test_sqlite3.adapter");
        assertThat(check("SC_CONNECTION=sqlite\nSC_DATABASE=clans\nSC_URL=mysql://db.internal:3306/clans\n"))
                .extracting(Finding::subject).doesNotContain("SC_CONNECTION");
    }
}
