package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forty-first pass's precision rule of the database and secrets gates: a Helm chart that switches its bundled
 * database server on ({@code mariadb.enabled=true}, {@code postgresql.enabled=true}) connects nothing through its
 * {@code externalDatabase} section, so that section's loopback host and blank password are the chart's unused
 * defaults. The same section beside a bundled server switched off, or without a switch, is still judged; so is a
 * nested switch that is not the chart's own top-level sub-chart.
 */
class FortyFirstPassPrecisionBundledDatabaseTests extends EveryGateOnOneFile {

    private static final String EXTERNAL = """
            externalDatabase.host=localhost
            externalDatabase.user=bn_wordpress
            externalDatabase.password=
            externalDatabase.database=bitnami_wordpress
            externalDatabase.port=3306
            """;

    @Test
    void theExternalSectionBesideAnEnabledBundledServerShouldBeUnused() throws Exception {
        List<String> mariadb = findings("values.properties", EXTERNAL + "mariadb.enabled=true\n");
        assertThat(about(mariadb, "externalDatabase.host")).isEmpty();
        assertThat(about(mariadb, "externalDatabase.password")).isEmpty();
        List<String> postgresql = findings("values.properties", "postgresql.enabled=true\n"
                + EXTERNAL.replace("3306", "5432"));
        assertThat(about(postgresql, "externalDatabase.host")).isEmpty();
        assertThat(about(postgresql, "externalDatabase.password")).isEmpty();
    }

    @Test
    void theExternalSectionBesideADisabledOrNestedOrMissingSwitchShouldStillBeJudged() throws Exception {
        List<String> off = findings("values.properties", EXTERNAL + "mariadb.enabled=false\n");
        assertThat(noGo(off, "externalDatabase.host")).anyMatch(finding -> finding.contains("database.loopback"));
        assertThat(noGo(off, "externalDatabase.password")).anyMatch(finding -> finding.contains("secrets.blank"));
        List<String> nested = findings("values.properties", EXTERNAL + "metrics.mariadb.enabled=true\n");
        assertThat(noGo(nested, "externalDatabase.host")).isNotEmpty();
        List<String> none = findings("values.properties", EXTERNAL);
        assertThat(noGo(none, "externalDatabase.password")).isNotEmpty();
        List<String> otherSection = findings("values.properties", """
                mariadb.enabled=true
                database.host=localhost
                database.password=
                """);
        assertThat(noGo(otherSection, "database.host")).isNotEmpty();
    }
}
