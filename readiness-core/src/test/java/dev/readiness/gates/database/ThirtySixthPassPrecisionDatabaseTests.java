package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-sixth pass's precision rule of the database gate: a URL whose only problem is a template password it
 * takes from a setting it references ({@code postgresql://gpsadmin:${DB_PASSWORD}@postgres/app} beside
 * {@code DB_PASSWORD=YourSecure32CharPasswordHere}) is reported on that setting, once; a template user, or a URL with
 * a problem of its own, keeps the finding.
 */
class ThirtySixthPassPrecisionDatabaseTests {

    private static List<Finding> findings(String text, String key) {
        var settings = ApplicationConfig.builder().configText("production.env", text).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aTemplatePasswordTheUrlReferencesShouldBeReportedWhereItIsWritten() {
        String env = """
                DB_PASSWORD=your_secure_db_password_here
                DATABASE_URL=postgresql://gpsadmin:${DB_PASSWORD}@postgres:5432/gpstrack
                REDIS_PASSWORD=your_redis_password
                CACHE_URL=redis://:${REDIS_PASSWORD}@redis:6379/1
                """;
        assertThat(findings(env, "DATABASE_URL")).isEmpty();
        assertThat(findings(env, "CACHE_URL")).isEmpty();
        List<Finding> moved = findings(env, "DB_PASSWORD");
        assertThat(moved).extracting(Finding::code).containsExactly("database.template-credentials");
        assertThat(moved.get(0).message()).contains("DATABASE_URL").doesNotContain("your_secure");
        assertThat(findings(env, "REDIS_PASSWORD")).extracting(Finding::code)
                .containsExactly("database.template-credentials");
    }

    @Test
    void aTemplateUserOrAUrlWithItsOwnProblemShouldKeepTheFinding() {
        String user = """
                DB_PASSWORD=your_secure_db_password_here
                DATABASE_URL=postgresql://<username>:${DB_PASSWORD}@postgres:5432/app
                """;
        assertThat(findings(user, "DATABASE_URL")).extracting(Finding::code)
                .contains("database.template-credentials");
        String loopback = """
                DB_PASSWORD=your_secure_db_password_here
                DATABASE_URL=postgresql://app:${DB_PASSWORD}@localhost:5432/app
                """;
        assertThat(findings(loopback, "DATABASE_URL")).extracting(Finding::code)
                .contains("database.template-credentials", "database.loopback");
        // the template written into the URL is the URL's own
        assertThat(findings("DATABASE_URL=postgresql://app:your_secure_db_password_here@postgres:5432/app\n",
                "DATABASE_URL")).extracting(Finding::code).contains("database.template-credentials");
    }
}
