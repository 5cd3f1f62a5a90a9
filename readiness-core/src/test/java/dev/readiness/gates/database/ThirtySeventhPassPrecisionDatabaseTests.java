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
 * The thirty-seventh pass's precision rule of the database gate: a certificate switch whose verify words are asked to
 * be skipped ({@code REDIS_INSECURE_SKIP_TLS_VERIFY}, {@code DB_DISABLE_SSL_VERIFY}) turns the check off when it is
 * {@code true}, so its {@code false} (netbox-docker's default) is no finding; a plain verify switch set to {@code false}
 * still is.
 */
class ThirtySeventhPassPrecisionDatabaseTests {

    private static List<Finding> findings(String text, String key) {
        var settings = ApplicationConfig.builder().configText("production.env", text).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aSkipVerifySwitchLeftFalseShouldKeepTheCheckOn() {
        String env = """
                REDIS_HOST=redis
                REDIS_INSECURE_SKIP_TLS_VERIFY=false
                DB_DISABLE_SSL_VERIFY=false
                """;
        assertThat(findings(env, "REDIS_INSECURE_SKIP_TLS_VERIFY")).isEmpty();
        assertThat(findings(env, "DB_DISABLE_SSL_VERIFY")).isEmpty();
    }

    @Test
    void aSkipVerifySwitchSetTrueOrAVerifySwitchSetFalseShouldBeReported() {
        List<Finding> skipped = findings("REDIS_INSECURE_SKIP_TLS_VERIFY=true\n", "REDIS_INSECURE_SKIP_TLS_VERIFY");
        assertThat(skipped).extracting(Finding::code).containsExactly("database.tls-unverified");
        assertThat(skipped.get(0).message()).contains("REDIS_INSECURE_SKIP_TLS_VERIFY").doesNotContain("true");
        assertThat(findings("REDIS_TLS_VERIFY=false\n", "REDIS_TLS_VERIFY")).extracting(Finding::code)
                .containsExactly("database.tls-unverified");
        assertThat(findings("DATABASE_SSL_REJECT_UNAUTHORIZED=false\n", "DATABASE_SSL_REJECT_UNAUTHORIZED"))
                .extracting(Finding::code).containsExactly("database.tls-unverified");
    }
}
