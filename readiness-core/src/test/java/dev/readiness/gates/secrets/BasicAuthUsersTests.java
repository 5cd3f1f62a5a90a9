package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicAuthUsersTests {

    private static List<Finding> findings(String text) {
        Settings settings = Settings.builder().dotenv("deploy/traefik.env", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void namesUserListWhenTheKeyEndsInBasicAuthUsersShouldBeTrueInEverySpelling() {
        assertThat(BasicAuthUsers.namesUserList("TRAEFIK_BASIC_AUTH_USERS")).isTrue();
        assertThat(BasicAuthUsers.namesUserList("traefik.http.middlewares.auth.basicauth.users")).isTrue();
        assertThat(BasicAuthUsers.namesUserList("DASHBOARD_BASICAUTH_USERS")).isTrue();
        assertThat(BasicAuthUsers.namesUserList("basic-auth-users")).isTrue();
    }

    @Test
    void namesUserListWhenTheKeyNamesOneUserOrASwitchShouldBeFalse() {
        assertThat(BasicAuthUsers.namesUserList("BASIC_AUTH_USER")).isFalse();
        assertThat(BasicAuthUsers.namesUserList("BASIC_AUTH_USERNAME")).isFalse();
        assertThat(BasicAuthUsers.namesUserList("BASIC_AUTH_ENABLED")).isFalse();
        assertThat(BasicAuthUsers.namesUserList("HYPERBASICAUTH_USERS")).isFalse();
        assertThat(BasicAuthUsers.namesUserList("MAX_USERS")).isFalse();
    }

    @Test
    void checkWhenTheUserListIsBlankOrAGuessablePairShouldReportIt() {
        assertThat(findings("# Basic authentication for the dashboard. Defaults to user \"admin\" and password "
                + "\"admin\"\nTRAEFIK_BASIC_AUTH_USERS=\n")).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(findings("TRAEFIK_BASIC_AUTH_USERS=admin:admin\n")).isNotEmpty();
    }

    @Test
    void checkWhenTheUserListHoldsAPasswordHashShouldSayNothing() {
        assertThat(findings("TRAEFIK_BASIC_AUTH_USERS='ops:$apr1$Zq8sL2x1$Xk4vP9mRt2LwQe7YhN0cB/'\n")).isEmpty();
    }
}
