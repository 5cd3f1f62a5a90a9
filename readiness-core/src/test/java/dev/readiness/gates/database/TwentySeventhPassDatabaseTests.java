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

/** A database host named for its role and the word {@code host} ({@code db-host}) is template text. */
class TwentySeventhPassDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(".env", text)
                .build())).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=postgresql://user:pass@db-host:5432/app",
            "SPRING_DATASOURCE_URL=jdbc:mysql://mysql-host:3306/formationdb",
            "DB_URL=jdbc:postgresql://qa-db-host:5432/postgres_qa", "REDIS_URL=redis://prod-redis-host:6379/0",
            "JDBC_HOST=db-host", "DB_HOST=postgres-host"})
    void aHostNamedForItsRoleIsATemplateHost(String line) {
        assertThat(check(line + "\n")).extracting(Finding::code).contains("database.template-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_HOST=docker-host", "DB_HOST=dbhost", "DATABASE_URL=postgresql://app@ghost:5432/app",
            "DB_HOST=postgres", "DB_HOST=db-host-1", "DB_SECRET_KEY=person-db-host",
            "DB_HOST_NAME=UW_PERSON_DB_HOST"})
    void machinesNamesGluedNamesSecretKeysAndVariableNamesStayClean(String line) {
        assertThat(check(line + "\n")).extracting(Finding::code).doesNotContain("database.template-host");
    }

    @Test
    void theRoleWordMayStandAnywhereBeforeTheWordHost() {
        assertThat(Hosts.isNamedForItsRole("prod-db-host")).isTrue();
        assertThat(Hosts.isNamedForItsRole("db-prod-host")).isTrue();
        assertThat(Hosts.isNamedForItsRole("jump-host")).isFalse();
        assertThat(Hosts.isNamedForItsRole("db-host.internal")).isFalse();
        assertThat(Hosts.isNamedForItsRole("-host")).isFalse();
        assertThat(Hosts.isNamedForItsRole("DB-HOST")).isFalse();
    }
}
