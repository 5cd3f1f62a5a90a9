package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketPeerPasswordsTests {

    private static List<String> subjects(Map<String, String> settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .map(Finding::subject).toList();
    }

    @Test
    void checkWhenTheDatabaseHostIsAUnixSocketDirectoryShouldLeaveTheBlankPasswordAlone() {
        assertThat(subjects(Map.of("DB_HOST", "/var/run/postgresql", "DB_PASS", ""))).doesNotContain("DB_PASS");
        assertThat(subjects(Map.of("database.host", "/run/mysqld", "database.password", "")))
                .doesNotContain("database.password");
    }

    @Test
    void checkWhenTheDatabaseHostIsANetworkHostShouldStillReportTheBlankPassword() {
        assertThat(subjects(Map.of("DB_HOST", "db.internal", "DB_PASS", ""))).contains("DB_PASS");
        assertThat(subjects(Map.of("DB_HOST", "//db", "DB_PASS", ""))).contains("DB_PASS");
        assertThat(subjects(Map.of("DB_PASS", ""))).contains("DB_PASS");
        assertThat(subjects(Map.of("DB_HOST", "/var/run/postgresql", "JWT_SECRET", ""))).contains("JWT_SECRET");
    }
}
