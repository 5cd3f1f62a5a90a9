package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twenty-ninth pass's rules of the secrets gate, each with its catch and a tempting clean value: a literal secret
 * in a stage's shared dotenv file ({@code .env.staging}, committed by the dotenv conventions).
 */
class TwentyNinthPassSecretsTests {

    private static final String RANDOM = "Qm7Zr9Xw4Tb8Lp2Vn6Hc3Jd5Kf1Gs0YaeR8uN3pW5sD7gJ2kM4hB6vC9xT1zF0q";

    private static List<Finding> dotenv(String file, String text, String key) {
        Settings settings = Settings.builder().dotenv(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key)).toList();
    }

    @Test
    void aLiteralSecretInAStagesSharedDotenvFileShouldBeANoGoButNotInTheIgnoredOrADeploymentsOwnFile() {
        String text = "NODE_ENV=production\nJWT_SECRET=" + RANDOM + "\n";
        for (String file : List.of("server/.env.staging", ".env.production", "deploy/.env.prod", ".env.uat")) {
            assertThat(dotenv(file, text, "JWT_SECRET")).extracting(Finding::code, Finding::severity)
                    .as(file).containsExactly(org.assertj.core.groups.Tuple.tuple("secrets.likely-published",
                            Severity.NO_GO));
        }
        for (String file : List.of(".env.production.local", "/srv/app/production.env", "prod.env", ".env")) {
            assertThat(dotenv(file, text, "JWT_SECRET")).as(file).isEmpty();
        }
    }

    @Test
    void aClientAppsKeyInAStagesSharedDotenvFileShouldStayClean() {
        assertThat(dotenv(".env.staging", "BATCH_ANDROID_API_KEY=" + RANDOM + "\n", "BATCH_ANDROID_API_KEY"))
                .isEmpty();
        assertThat(dotenv(".env.staging", "BATCH_SERVER_API_KEY=" + RANDOM + "\n", "BATCH_SERVER_API_KEY"))
                .extracting(Finding::code).containsExactly("secrets.likely-published");
    }
}
