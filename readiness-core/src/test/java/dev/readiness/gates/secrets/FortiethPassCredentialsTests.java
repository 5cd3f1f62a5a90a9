package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fortieth pass, credentials: a JSON list of maps written as one value ({@code HOST_USERS='[{"username": "admin",
 * "password": "admin"}]'}, MiroTalk's room hosts) has each map's password entries judged as a single map's are, beside
 * a list of maps that names no secret (an ingress's {@code [{"HTTPS":443}]}), a strong password and a reference. A
 * Shiro {@code [users]} section flattened with its section as the key prefix ({@code users.admin=admin, admin} beside
 * {@code roles.admin=*}) is read as the section is, beside Grafana's flattened {@code users.} settings, ClickHouse's
 * {@code users.<name>.profile} and a strong account password. Findings name the key, never the value. Random values
 * were generated for this test.
 */
class FortiethPassCredentialsTests {

    private static List<String> verdictsIn(String file, String key, String... lines) {
        return GateRuns.findingsIn(file, key, lines).stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @Test
    void aJsonListOfUsersWithAGuessablePasswordShouldStopProduction() {
        assertThat(verdictsIn("service.env", "HOST_USERS",
                "HOST_USERS='[{\"username\": \"admin\", \"password\": \"password123\"},"
                        + "{\"username\": \"guest\", \"password\": \"guest\"}]'"))
                .singleElement().asString().startsWith("NO_GO secrets.");
        assertThat(verdictsIn("service.env", "HOST_USERS",
                "HOST_USERS=[ {\"username\": \"ops\", \"password\": \"Vq8tZr3Lw6NpXe2KbY9sJd4H\"},"
                        + " {\"username\": \"guest\", \"password\": \"guest\"} ]"))
                .singleElement().asString().startsWith("NO_GO secrets.");
    }

    @Test
    void theJsonListsFindingNamesTheKeyAndNeverTheValue() {
        List<Finding> findings = GateRuns.findingsIn("service.env", "HOST_USERS",
                "HOST_USERS='[{\"username\": \"admin\", \"password\": \"password123\"}]'");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("HOST_USERS");
            assertThat(finding.message()).doesNotContain("password123").doesNotContain("admin\"");
            assertThat(finding.remediation()).doesNotContain("password123");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HOST_USERS='[{\"username\": \"ops\", \"password\": \"Vq8tZr3Lw6NpXe2KbY9sJd4H\"}]'",
        "HOST_USERS='[{\"username\": \"admin\", \"password\": \"${HOST_ADMIN_PASSWORD}\"}]'",
        "HOST_USERS=[{\"HTTP\":80}, {\"HTTPS\":443}]",
        "HOST_USERS=[\"admin\", \"guest\"]"})
    void aListWithAStrongOrReferencedPasswordOrNoSecretShouldStayClean(String line) {
        assertThat(verdictsIn("service.env", "HOST_USERS", line)).isEmpty();
    }

    @Test
    void aFlattenedShiroAccountWithAGuessablePasswordShouldStopProduction() {
        assertThat(verdictsIn("shiro.properties", "users.admin", "users.admin=admin, admin", "roles.admin=*"))
                .singleElement().asString().startsWith("NO_GO secrets.");
        assertThat(verdictsIn("shiro.properties", "users.jane.doe", "users.jane.doe=password123, user",
                "urls./login=authc")).singleElement().asString().startsWith("NO_GO secrets.");
    }

    @Test
    void theShiroFindingNamesTheKeyAndNeverTheValue() {
        List<Finding> findings = GateRuns.findingsIn("shiro.properties", "users.ops",
                "users.ops=password123, admin", "roles.admin=*");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.subject()).isEqualTo("users.ops");
            assertThat(finding.message()).doesNotContain("password123");
            assertThat(finding.remediation()).doesNotContain("password123");
        });
    }

    @Test
    void aStrongShiroPasswordAndUsersSectionsOfOtherProgramsShouldStayClean() {
        assertThat(verdictsIn("shiro.properties", "users.admin", "users.admin=Vq8tZr3Lw6NpXe2KbY9sJd4H, admin",
                "roles.admin=*")).isEmpty();
        assertThat(verdictsIn("grafana.properties", "users.password_hint", "users.password_hint=password",
                "users.allow_sign_up=false", "security.admin_user=admin")).isEmpty();
        assertThat(verdictsIn("clickhouse.properties", "users.default.profile", "users.default.profile=default",
                "users.default.quota=default", "roles.realm[0].name=admin")).isEmpty();
        assertThat(verdictsIn("hydra.properties", "users.admin", "users.admin=admin, admin",
                "urls.self.issuer=https://auth.example.org")).isEmpty();
    }
}
