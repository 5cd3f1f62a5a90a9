package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thirty-sixth pass's database rules: a URL whose host is a capital variable's name for the slot
 * ({@code jdbc:postgresql://DBHOST:5432/jiradb}) is template text.
 */
class ThirtySixthPassEndpointsDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(".env", text)
                .build())).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JIRA_JDBC_URL=jdbc:postgresql://DBHOST:5432/jiradb",
            "SPRING_DATASOURCE_URL=jdbc:mysql://DB_HOST:3306/shop", "DATABASE_URL=postgres://app@DATABASE_HOST/app",
            "MONGODB_URI=mongodb://MONGO_HOSTNAME:27017/app"})
    void aUrlWhoseHostNamesItsSlotInCapitalsIsATemplateHost(String line) {
        assertThat(check(line + "\n")).extracting(Finding::code).contains("database.template-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPRING_DATASOURCE_URL=jdbc:sqlserver://SQLPROD01:1433;databaseName=shop",
            "DATABASE_URL=postgres://app@TITAN/app", "DATABASE_URL=postgres://app@LOCALHOST/app",
            "DB_HOST_NAME=UW_PERSON_DB_HOST", "DATABASE_URL=postgres://app@ghost:5432/app",
            "DATABASE_URL=postgres://app@${DB_HOST}:5432/app"})
    void machineNamesLoopbackVariableNamesAndReferencesAreNotTemplateHosts(String line) {
        assertThat(check(line + "\n")).extracting(Finding::code).doesNotContain("database.template-host");
    }

    @Test
    void theSlotWordEndsTheNameOrFollowsARole() {
        assertThat(Hosts.isCapitalSlotName("API_HOST")).isTrue();
        assertThat(Hosts.isCapitalSlotName("MATRIX_DOMAIN")).isTrue();
        assertThat(Hosts.isCapitalSlotName("SMTPHOST")).isTrue();
        assertThat(Hosts.isCapitalSlotName("GHOST")).isFalse();
        assertThat(Hosts.isCapitalSlotName("HOST_NAME_01")).isFalse();
        assertThat(Hosts.isCapitalSlotName("_HOST")).isFalse();
        assertThat(Hosts.isCapitalSlotName("db_host")).isFalse();
    }
}
