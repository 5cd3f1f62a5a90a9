package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-third pass: the thirty-second pass judged the literal password of a URL whose host is a
 * reference, but read it with {@link java.net.URI}, which gives no user information once the port is a reference too
 * ({@code postgres://app:changeme@${DB_HOST}:${DB_PORT}/${DB_NAME}}, the usual Compose line) or the password is
 * template text in brackets ({@code postgres://app:<password>@${DB_HOST}/app}, the last pass's leftover): GO in
 * production. Such a URL's user information is now read from its authority directly.
 */
class ThirtyThirdPassRedteamDeferredUrlTests {

    private static final String STRONG = "Qz8vR2mK9xT4wL7pN3sB6yH1aF5cJ0dEu3Wq7Zk4Lm9Ps2Rb6";

    private static List<String> findings(String line) {
        Settings settings = ApplicationConfig.builder().configText("application-prod.properties", line + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=postgres://app:changeme@${DB_HOST}:${DB_PORT}/${DB_NAME}",
        "DATABASE_URL=postgres://app:hunter2@db:${DB_PORT}/app",
        "DATABASE_URL=postgres://app:hunter2@${DB_HOST}:${DB_PORT}/app?sslmode=require",
        "DATABASE_URL=postgres://app:<password>@${DB_HOST}/app",
        "DATABASE_URL=postgres://app:<your-password>@${DB_HOST}:${DB_PORT}/app",
        "REDIS_URL=redis://:changeme@${REDIS_HOST}:${REDIS_PORT}/0"})
    void aWeakPasswordBesideAReferencedHostAndPortShouldBeJudged(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findings(line)).containsExactly("NO_GO " + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=postgres://app:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/app",
        "DATABASE_URL=postgres://app:" + STRONG + "@${DB_HOST}:${DB_PORT}/${DB_NAME}",
        "DATABASE_URL=postgres://${DB_HOST}:${DB_PORT}/app", "APP_URL=https://${HOST}:${PORT}/users/@me",
        "DATABASE_URL=postgres://${DB_USER}@${DB_HOST}:${DB_PORT}/app"})
    void aPasswordSuppliedAtRunTimeOrStrongShouldRaiseNoNoGo(String line) {
        assertThat(findings(line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }
}
