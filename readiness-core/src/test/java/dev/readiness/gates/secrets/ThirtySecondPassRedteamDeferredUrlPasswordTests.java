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
 * Hostile testing, thirty-second pass: a connection URL whose host is a reference
 * ({@code DATABASE_URL=postgres://app:hunter2@${DB_HOST}/app}) is known only at run time, so it was deferred and no
 * gate judged it, although its password is written in the file whatever host it is sent to: GO in production with
 * {@code hunter2} committed. The same held for a JDBC {@code password=} parameter and for an f-string
 * ({@code f'redis://:changeme@{REDIS_HOST}:6379/0'}). The literal password is now judged as a URL's password is.
 */
class ThirtySecondPassRedteamDeferredUrlPasswordTests {

    private static final String STRONG = "Qz8vR2mK9xT4wL7pN3sB6yH1aF5cJ0dEu3Wq7Zk4Lm9Ps2Rb6";

    private static List<String> findings(String line) {
        Settings settings = ApplicationConfig.builder().configText("application-prod.properties", line + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=postgres://app:hunter2@${DB_HOST}/app",
        "REDIS_URL=redis://:changeme@${REDIS_HOST}:6379/0",
        "spring.datasource.url=jdbc:postgresql://${DB_HOST}/app?user=app&password=hunter2",
        "SQLALCHEMY_DATABASE_URI=f'postgresql://app:hunter2@{DB_HOST}/app'",
        "eureka.client.service-url.defaultZone=http://admin:admin123@${EUREKA_HOST}:8761/eureka/",
        "DATABASE_URL=postgres://app:p%40ss@${DB_HOST}/app"})
    void aWeakPasswordWrittenInAUrlWhoseHostIsAReferenceShouldBeJudged(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(findings(line)).containsExactly("NO_GO " + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_URL=postgres://app:${DB_PASSWORD}@${DB_HOST}/app",
        "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db.internal/app",
        "DATABASE_URL=postgres://app:" + STRONG + "@${DB_HOST}/app",
        "spring.datasource.url=jdbc:postgresql://${DB_HOST}/app?user=app&password=${DB_PASSWORD}",
        "REDIS_URL=redis://${REDIS_HOST}:6379/0", "APP_URL=https://${HOST}/login?next=/",
        "SQLALCHEMY_DATABASE_URI=f'postgresql://{DB_USER}:{DB_PASSWORD}@{DB_HOST}/app'",
        "DATABASE_URL=postgres://app:" + STRONG + "%40x@${DB_HOST}/app"})
    void aPasswordSuppliedAtRunTimeOrStrongShouldRaiseNoNoGo(String line) {
        assertThat(findings(line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }
}
