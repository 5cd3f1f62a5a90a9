package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-ninth pass, credentials: a section whose selector names the kind of resource it is (Icinga Web's
 * {@code resources.ini}: {@code icingadb.type=db} beside {@code icingadb.db=mysql}) chooses no source among the keys
 * beside it, so the section's password is judged as the live password it is, not as an unselected alternative's. Beside
 * it the selector that does choose among sources ({@code token.source=file} leaves {@code token.static} unused), and a
 * strong password in the database section. Findings name the key, never the value. Random values were generated for
 * this test.
 */
class ThirtyNinthPassCredentialsTests {

    private static final String[] ICINGA_RESOURCES = {
        "icingadb.type=db",
        "icingadb.db=mysql",
        "icingadb.host=mysql",
        "icingadb.dbname=icingadb",
        "icingadb.username=icingadb",
        "icingadb.password=icingadb",
        "icinga_ido.type=db",
        "icinga_ido.db=mysql",
        "icinga_ido.host=mysql",
        "icinga_ido.dbname=icinga",
        "icinga_ido.username=root",
        "icinga_ido.password=root"};

    private static List<String> verdicts(String key, String... lines) {
        return GateRuns.findingsIn("resources.properties", key, lines).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @Test
    void aDatabaseResourcesPasswordEqualToItsUserShouldStopProduction() {
        assertThat(verdicts("icingadb.password", ICINGA_RESOURCES)).singleElement().asString()
                .startsWith("NO_GO secrets.");
        assertThat(verdicts("icinga_ido.password", ICINGA_RESOURCES)).singleElement().asString()
                .startsWith("NO_GO secrets.");
    }

    @Test
    void theFindingNamesTheKeyAndNeverTheValue() {
        List<Finding> findings = GateRuns.findingsIn("resources.properties", "icingadb.password", ICINGA_RESOURCES);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("icingadb.password");
            assertThat(finding.message()).doesNotContain("icingadb").doesNotContain("icin");
            assertThat(finding.remediation()).doesNotContain("icingadb");
        });
    }

    @Test
    void aStrongPasswordInTheDatabaseResourceShouldStayClean() {
        assertThat(verdicts("icingadb.password", "icingadb.type=db", "icingadb.db=mysql", "icingadb.host=mysql",
                "icingadb.username=icingadb", "icingadb.password=Vq8tZr3Lw6NpXe2KbY9sJd4H")).isEmpty();
    }

    @Test
    void aSelectorThatChoosesAmongSourcesStillLeavesTheOtherSourceStaged() {
        assertThat(verdicts("token.static", "token.source=file", "token.file=/run/secrets/token",
                "token.static=changeme")).singleElement().asString().startsWith("WARN secrets.");
    }
}
