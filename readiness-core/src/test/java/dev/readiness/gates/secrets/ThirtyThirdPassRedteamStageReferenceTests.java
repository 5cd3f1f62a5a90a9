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
 * Hostile testing, thirty-third pass: a secret completed at run time by a stage or a name anyone can guess
 * ({@code JWT_SECRET=hunter2-${STAGE}}, Serverless's {@code hunter2-${sls:stage}}, {@code ${APP_NAME}-${STAGE}}) was
 * deferred, so the guessable part written in the file was never judged (the thirty-second pass caught only a template's
 * fill-in word there, {@code changeme-${STAGE}}). The written part is judged as the secret; a strong one, or a
 * reference to anything but a stage or a name, keeps the value deferred.
 */
class ThirtyThirdPassRedteamStageReferenceTests {

    private static final String STRONG = "Qz8vR2mK9xT4wL7pN3sB6yH1aF5cJ0dEu3Wq7Zk4Lm9Ps2Rb6";

    private static List<String> findings(String line) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", line + "\n").build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT_SECRET=hunter2-${STAGE}", "JWT_SECRET=hunter2_${NODE_ENV}",
        "DB_PASSWORD=admin-${APP_ENV}", "JWT_SECRET=${APP_NAME}-${STAGE}", "JWT_SECRET=${sls:stage}-password",
        "JWT_SECRET=hunter2-${self:provider.stage}", "SESSION_SECRET=${SERVICE_NAME}_secret_${ENVIRONMENT}"})
    void aGuessablePartBesideAStageOrNameShouldBeJudged(String line) {
        assertThat(findings(line)).containsExactly("NO_GO " + line.substring(0, line.indexOf('=')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT_SECRET=" + STRONG + "-${STAGE}", "JWT_SECRET=hunter2-${SECRET_SUFFIX}",
        "MAILGUN_API_KEY=key-${MAILGUN_KEY}", "JWT_SECRET=${JWT_SECRET_VALUE}", "SECRET_NAME=${APP_NAME}-${STAGE}-jwt",
        "JWT_SECRET_ARN=arn:aws:secretsmanager:${AWS_REGION}:123456789012:secret:${STAGE}/jwt",
        "DB_PASSWORD=${DB_PASSWORD_${STAGE}}", "axiell.password=${COLLECTIONS_PASSWORD_STAGE}",
        "JWT_SECRET=${JWT_SECRET_ENVIRONMENT}-${STAGE}", "JWT_SECRET=${STAGE}",
        "SECRET_KEY=sm://${PROJECT}/secret-key", "JWT_SECRET=projects/${PROJECT}/secrets/jwt-${STAGE}"})
    void aStrongPartOrAnotherReferenceShouldStayDeferred(String line) {
        assertThat(findings(line)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }
}
