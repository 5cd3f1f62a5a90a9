package dev.readiness.gates.secrets;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.junit.jupiter.api.Test;

/**
 * Forty-third pass, hostile tester: Spring Boot compares the elements of property names without their dashes, so
 * {@code jwt.se-cret} binds to {@code jwt.secret} ({@code @ConfigurationProperties} and {@code @Value} alike); the
 * secret rules split the key at the dash into words that name nothing ({@code se}, {@code cret}) and
 * {@code jwt.se-cret=changeme} was GO in production.
 */
class FortyThirdPassRedteamDashedWordTests {

    private static ReportAssert check(String properties) {
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().properties("application.properties", properties).build())
                .gates(Gates.discover().toArray(Gate[]::new)).run();
    }

    @Test
    void aDashInsideTheSecretWordDoesNotHideIt() {
        check("jwt.se-cret=changeme\n").hasFinding("secrets.placeholder", "jwt.se-cret").isNoGo();
    }

    @Test
    void aDashInsideAnApiKeyDoesNotHideIt() {
        check("payments.api-ke-y=changeme\n").hasFinding("secrets.placeholder", "payments.api-ke-y").isNoGo();
    }

    @Test
    void aDashInsideAPasswordDoesNotHideIt() {
        check("app.admin.pass-word=changeme\n").hasFinding("secrets.placeholder", "app.admin.pass-word").isNoGo();
    }

    @Test
    void aKeyThatNamesNoSecretWithoutItsDashesStaysClean() {
        check("app.cache.time-to-live=changeme\napp.feature.by-pass-cache=changeme\n"
                + "skit.ad.session-token.current-key-version=changeme\nturn.use-auth-secret=changeme\n"
                + "security.password.constraints.reg-exp=changeme\ncloud.aws.credentials.profile-name=changeme\n")
                .hasNoFinding("secrets.placeholder");
    }
}
