package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-second pass: AWS CodeBuild's {@code env.secrets-manager} and {@code env.parameter-store}
 * maps were recognised by the words alone, anywhere in a key, so any setting under a section of that name
 * ({@code app.secrets-manager.password=hunter2}, {@code aws.parameter-store.jwt-secret=changeme}) was deferred as "an
 * entry the build fills in": a literal secret, GO in production. Only the buildspec's own maps, right under
 * {@code env}, name store entries.
 */
class ThirtySecondPassRedteamSecretStoreKeyTests {

    private static List<String> findings(String line) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", line + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.secrets-manager.password=hunter2", "aws.parameter-store.jwt-secret=changeme",
        "secrets-manager.password=hunter2", "env.secrets-manager.nested.password=hunter2",
        "my.env.secrets-manager.db.password=hunter2"})
    void aSecretUnderASectionNamedLikeTheStoreShouldBeJudged(String line) {
        assertThat(findings(line)).hasSize(1).allMatch(finding -> finding.startsWith("NO_GO "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"env.secrets-manager.DB_PASSWORD=prd/app/postgres:password",
        "env.parameter-store.JWT_SECRET=/app/prod/jwt-secret", "phases.env.secrets-manager.API_KEY=prod/api:key",
        "env.secrets-manager.password=hunter2"})
    void theBuildspecsOwnMapsShouldStayDeferred(String line) {
        assertThat(findings(line)).isEmpty();
    }
}
