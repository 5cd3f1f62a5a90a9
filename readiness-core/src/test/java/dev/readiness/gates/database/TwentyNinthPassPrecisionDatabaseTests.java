package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twenty-ninth pass's precision rule of the database gate, with its catch and a tempting clean value: MySQL's
 * {@code root} login of a Grafana data source whose password Grafana keeps apart, under {@code secureJsonData}.
 */
class TwentyNinthPassPrecisionDatabaseTests {

    private static List<String> described(String text) {
        Settings settings = Settings.builder().properties("grafana/provisioning/datasources/mysql.properties", text)
                .build();
        List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        return findings.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void aGrafanaRootLoginWithItsPasswordUnderSecureJsonDataShouldStayCleanButOneWithoutAnyPasswordShouldNot() {
        String source = """
                datasources[0].name=Network Monitor MySQL
                datasources[0].type=mysql
                datasources[0].url=mysql:3306
                datasources[0].user=root
                """;
        assertThat(described(source + "datasources[0].secureJsonData.password=${MYSQL_ROOT_PASSWORD}\n"))
                .isEmpty();
        assertThat(described(source + "datasources[0].secureJsonData.password=Xk7#qP2v!Lm9zR4t\n"))
                .doesNotContain("database.default-credentials datasources[0].user");
        assertThat(described(source)).containsExactly("database.default-credentials datasources[0].user");
        // a password of another section is no password of this one
        assertThat(described(source + "datasources[1].secureJsonData.password=${PG_PASSWORD}\n"))
                .contains("database.default-credentials datasources[0].user");
    }
}
