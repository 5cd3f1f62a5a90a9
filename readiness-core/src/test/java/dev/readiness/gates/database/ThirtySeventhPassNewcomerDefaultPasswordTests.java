package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 37's newcomer planted the checklist's {@code user:pass} as {@code DATABASE_USER=shipdesk} and
 * {@code DATABASE_PASSWORD=pass}: {@code database.default-credentials} said the password "and its user setting are
 * default or well-known database credentials" and listed three reasons, none of which was this one (the user is the
 * service's own; the password alone is well-known). The message now lists a well-known password whatever the user.
 */
class ThirtySeventhPassNewcomerDefaultPasswordTests {

    @Test
    void aWellKnownPasswordBesideTheServicesOwnUserSaysSo() {
        Settings settings = Settings.of(Map.of(
                "DATABASE_URL", "jdbc:postgresql://production-db:5432/shipdesk",
                "DATABASE_USER", "shipdesk",
                "DATABASE_PASSWORD", "pass"));

        List<Finding> findings = new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();

        assertThat(findings).filteredOn(f -> f.code().equals("database.default-credentials"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("DATABASE_PASSWORD");
                    assertThat(f.message()).contains("a well-known password whatever the user")
                            .doesNotContain("pass)").doesNotContain("'pass'");
                });
    }
}
