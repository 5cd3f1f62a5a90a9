package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.settings.Settings;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The word {@code server} as a database URL's host: the stand-in of the URL's documentation. */
class TwentyNinthPassEndpointsDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(".env", text)
                .build())).findings();
    }

    @Test
    void serverAsADatabaseUrlsHostIsATemplateHost() {
        assertThat(check("environments.production.dataSource.url=jdbc:mysql://server/sorat\n"
                + "DATABASE_URL=postgres://app:${DB_PASSWORD}@server:5432/app\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .contains(Tuple.tuple("environments.production.dataSource.url", "database.template-host",
                        Severity.NO_GO), Tuple.tuple("DATABASE_URL", "database.template-host", Severity.NO_GO));
    }

    @Test
    void aServiceCalledServerNamesWithServerInThemAndOtherEndpointsStayClean() {
        assertThat(check("DATABASE_URL=postgres://app:${DB_PASSWORD}@db-server-1.internal:5432/app\n"
                + "MYSQL_URL=jdbc:mysql://sqlserver:3306/app\nREPLICA_URL=jdbc:mysql://server2:3306/app\n"))
                .extracting(Finding::code).doesNotContain("database.template-host");
        // a back end Compose calls "server" is a name, not a template, for every other gate
        assertThat(Hosts.isTemplateName("server")).isFalse();
        assertThat(Hosts.isTemplate("server")).isTrue();
    }

    private static List<Finding> checkFile(String file, String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(file, text)
                .build())).findings();
    }

    @Test
    void aLoopbackDatabaseInAFileNamedForADevelopersEnvironmentIsTheDevelopersNoProxy() {
        for (String file : List.of(".env.development", "config/application-local.properties", "env-devel",
                "local-vars.env")) {
            assertThat(checkFile(file, "DB_HOST=localhost\nDB_PASSWORD=${DB_PASSWORD}\n"))
                    .as(file).extracting(Finding::subject, Finding::code, Finding::severity)
                    .containsExactly(Tuple.tuple("DB_HOST", "database.loopback", Severity.NO_GO));
        }
    }

    @Test
    void aLoopbackDatabaseInAFileOfNoOrADeployedEnvironmentStaysTheProxyWarn() {
        for (String file : List.of(".env", "application.properties", "developer-guide.env", "localization.env",
                "application-prod-local.properties")) {
            assertThat(checkFile(file, "DB_HOST=localhost\nDB_PASSWORD=${DB_PASSWORD}\n"))
                    .as(file).extracting(Finding::subject, Finding::code, Finding::severity)
                    .containsExactly(Tuple.tuple("DB_HOST", "database.loopback", Severity.WARN));
        }
    }

    @Test
    void aConnectionStringOnLoopbackBesideItsDefaultPairIsTheDevelopersDatabase() {
        assertThat(check("DB_CONNECTION_STRING=jdbc:postgresql://localhost:5432/postgres\nDB_USER=postgres\n"
                + "DB_PASSWORD=postgres\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .contains(Tuple.tuple("DB_CONNECTION_STRING", "database.loopback", Severity.NO_GO));
    }

    @Test
    void aConnectionStringOnLoopbackBesideAnInjectedPasswordStaysTheProxyWarn() {
        assertThat(check("DB_CONNECTION_STRING=jdbc:postgresql://localhost:5432/app\nDB_USER=app\n"
                + "DB_PASSWORD=${DB_PASSWORD}\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("DB_CONNECTION_STRING", "database.loopback", Severity.WARN));
    }
}
