package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-third pass: node-config's {@code custom-environment-variables} map holds variable names, and
 * the thirty-second pass deferred every value with a capital in it. A literal secret is often such a value: a random
 * token ({@code Xk9mQ2vL8pR4tY7wN3zB}), an AWS access key id, a capitalised weak password ({@code Password1},
 * {@code Welcome2024}, {@code ChangeMe}). Environment variables are named in capitals ({@code DB_PASSWORD}), in words
 * joined by {@code _}, or in camel case ({@code dbPassword}); a value that is secret-shaped, or a capitalised word that
 * is none of these, is judged as written.
 */
class ThirtyThirdPassRedteamNodeConfigTests {

    private static List<String> problems(String text, String key) {
        var settings = ApplicationConfig.builder().configText("config/custom-environment-variables.properties", text)
                .build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).map(f -> f.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xk9mQ2vL8pR4tY7wN3zBq5", "AKIAZ7Q3XK4M2PLR6WNT", "Password1", "Welcome2024", "ChangeMe",
        "Hunter2", "ghp_Xk9mQ2vL8pR4tY7wN3zBq5Wm3Tz8Lk2Pv4Rs"})
    void aLiteralSecretShouldNotPassAsAVariableName(String value) {
        assertThat(problems("jwt.secret=" + value + "\n", "jwt.secret")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT_SECRET", "APP_JWT_PRIVATE_KEY", "ForEvents_dbPass", "dbPassword", "jwtSecret",
        "OAUTH2_CLIENT_SECRET", "S3_SECRET_KEY", "Secret_Key", "AWS_SECRET_ACCESS_KEY"})
    void aVariableNameShouldStillBeSuppliedAtRunTime(String value) {
        assertThat(problems("jwt.secret=" + value + "\n", "jwt.secret")).isEmpty();
    }
}
