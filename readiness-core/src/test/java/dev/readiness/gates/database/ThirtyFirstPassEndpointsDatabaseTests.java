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

/** An application server's bundled example data source, referenced by its JNDI name. */
class ThirtyFirstPassEndpointsDatabaseTests {

    private static List<Finding> check(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder()
                .properties("persistence.properties", text).build())).findings();
    }

    @Test
    void aReferenceToWildFlysExampleDataSourceIsAnEmbeddedDatabase() {
        // persistence.xml flattened: <jta-data-source>, <non-jta-data-source>; Spring's JNDI lookup
        assertThat(check("jta-data-source=java:jboss/datasources/ExampleDS\nnon-jta-data-source=java:/DefaultDS\n"
                + "spring.datasource.jndi-name=jdbc/__default\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("jta-data-source", "database.embedded", Severity.NO_GO),
                        Tuple.tuple("non-jta-data-source", "database.embedded", Severity.NO_GO),
                        Tuple.tuple("spring.datasource.jndi-name", "database.embedded", Severity.WARN));
    }

    @Test
    void anOwnDataSourceThePlatformDefaultAndTheServersOwnDefinitionAreNotReported() {
        assertThat(check("jta-data-source=java:jboss/datasources/OrdersDS\n"
                + "non-jta-data-source=java:comp/DefaultDataSource\n"
                + "datasources.datasource.jndi-name=java:jboss/datasources/ExampleDS\n"
                + "docs.link=java:jboss/datasources/ExampleDS\n"))
                .extracting(Finding::code).doesNotContain("database.embedded");
    }

    @Test
    void aPipelinesTestJobRunsItsOwnThrowAwayDatabase() {
        // GitHub Actions and GitLab CI flattened: the test job's database is the runner's, never production's
        assertThat(check("jobs.test.runs-on=ubuntu-latest\n"
                + "jobs.test.env.DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test\n"
                + "rspec.script[0]=bundle exec rspec\nrspec.variables.DATABASE_URL=postgres://runner:runner@localhost/ci\n"))
                .isEmpty();
    }

    @Test
    void aPipelinesDeployJobAndATestAndDeployJobAreStillJudged() {
        assertThat(check("jobs.deploy.runs-on=ubuntu-latest\n"
                + "jobs.deploy.env.DATABASE_URL=postgres://app:app@localhost:5432/app\n"
                + "jobs.test-and-deploy.runs-on=ubuntu-latest\n"
                + "jobs.test-and-deploy.env.DB_URL=jdbc:h2:mem:app\n"
                + "test.variables.DATABASE_URL=jdbc:h2:mem:app\n"))
                .extracting(Finding::subject).contains("jobs.deploy.env.DATABASE_URL",
                        "jobs.test-and-deploy.env.DB_URL", "test.variables.DATABASE_URL");
    }

    @Test
    void djangosDatabasesSettingChoosingSqliteIsAnEmbeddedDatabase() {
        // settings.py flattened: DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', ...}}
        assertThat(check("DATABASES.default.ENGINE=django.db.backends.sqlite3\nDATABASES.default.NAME=db.sqlite3\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .contains(Tuple.tuple("DATABASES.default.ENGINE", "database.embedded", Severity.NO_GO));
    }

    @Test
    void djangosDatabasesSettingOnAServerStaysClean() {
        assertThat(check("DATABASES.default.ENGINE=django.db.backends.postgresql\nDATABASES.default.NAME=shop\n"
                + "DATABASES.default.HOST=db\nDATABASES.default.PASSWORD=${DB_PASSWORD}\n")).isEmpty();
    }
}
