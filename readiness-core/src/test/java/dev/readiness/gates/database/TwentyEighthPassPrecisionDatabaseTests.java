package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twenty-eighth pass's precision rules of the database gate, each with its catch and a tempting clean value:
 * MySQL's {@code root} login beside a password the deployment supplies, a SQL platform setting beside a URL that
 * reaches a database server, and a whole value written as a shell-style environment variable ({@code $JDBC_URL}).
 */
class TwentyEighthPassPrecisionDatabaseTests {

    private static List<String> described(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build()
                .settings();
        List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        return findings.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void rootWithoutAnyPasswordSettingShouldWarnButNotBesideAReferencedPassword() {
        assertThat(described("""
                spring.datasource.url=jdbc:mysql://orders-db.internal:3306/orders
                spring.datasource.username=root
                """)).containsExactly("database.default-credentials spring.datasource.username");
        assertThat(described("""
                spring.datasource.url=jdbc:mysql://orders-db.internal:3306/orders
                spring.datasource.username=root
                spring.datasource.password=${MYSQL_ROOT_PASSWORD}
                """)).isEmpty();
        assertThat(described("""
                spring.datasource.url=jdbc:mysql://${MYSQL_HOST}:3306/orders
                spring.datasource.username=${MYSQL_USER:root}
                spring.datasource.password=${MYSQL_PASSWORD}
                """)).isEmpty();
    }

    @Test
    void aPlatformBesideAnEmbeddedOrNoUrlShouldStayEmbeddedButBesideAServerUrlShouldNot() {
        assertThat(described("""
                spring.datasource.url=jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1
                spring.sql.init.platform=h2
                """)).contains("database.embedded spring.sql.init.platform");
        assertThat(described("spring.datasource.platform=hsqldb\n"))
                .containsExactly("database.embedded spring.datasource.platform");
        assertThat(described("""
                spring.datasource.platform=hsqldb
                spring.datasource.url=jdbc:hsqldb:hsql://db.internal/orders
                """)).doesNotContain("database.embedded spring.datasource.platform");
        assertThat(described("""
                spring.sql.init.platform=h2
                spring.datasource.url=jdbc:postgresql://orders-db.internal:5432/orders
                """)).isEmpty();
    }

    @Test
    void aShellStyleEnvironmentVariableAsTheWholeUrlShouldBeLeftToTheEnvironment() {
        assertThat(described("""
                ktor.database.url=$JDBC_URL
                ktor.database.username=$APP_USERNAME
                ktor.database.password=$APP_PASSWORD
                """)).isEmpty();
        Settings quoted = Settings.builder().dotenv("prod.env", "DATABASE_URL_REPLICA='$DATABASE_URL'\n").build();
        assertThat(new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, quoted)).findings())
                .extracting(Finding::code).contains("database.unparseable"); // single quotes: the text itself
        assertThat(described("ktor.database.url=$jdbc_url\n"))
                .containsExactly("database.unparseable ktor.database.url");
        assertThat(described("ktor.database.url=jdbc:postgresql://localhost:5432/$DB_NAME\n"))
                .contains("database.loopback ktor.database.url");
    }
}
