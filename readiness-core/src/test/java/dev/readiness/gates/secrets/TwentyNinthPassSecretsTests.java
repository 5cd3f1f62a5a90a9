package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twenty-ninth pass's rules of the secrets gate, each with its catch and a tempting clean value: a literal secret
 * in a stage's shared dotenv file ({@code .env.staging}, committed by the dotenv conventions), an empty default
 * whose comment calls the key required, in English or another language, and a user's password in Quarkus's embedded
 * realm.
 */
class TwentyNinthPassSecretsTests {

    private static final String RANDOM = "Qm7Zr9Xw4Tb8Lp2Vn6Hc3Jd5Kf1Gs0YaeR8uN3pW5sD7gJ2kM4hB6vC9xT1zF0q";

    private static List<Finding> dotenv(String file, String text, String key) {
        Settings settings = Settings.builder().dotenv(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key)).toList();
    }

    @TempDir
    Path app;

    /** The findings for a key of a production profile file, its references resolved as the command line does. */
    private List<Finding> properties(String file, String text, String key) throws Exception {
        Path resources = Files.createDirectories(app.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "spring.application.name=clinic\n");
        Files.writeString(resources.resolve(file), text);
        Settings settings = ApplicationConfig.builder().application(app).profiles("prod").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key)).toList();
    }

    @Test
    void aLiteralSecretInAStagesSharedDotenvFileShouldWarnButNotInTheIgnoredOrADeploymentsOwnFile() {
        String text = "NODE_ENV=production\nJWT_SECRET=" + RANDOM + "\n";
        for (String file : List.of("server/.env.staging", ".env.production", "deploy/.env.prod", ".env.uat")) {
            assertThat(dotenv(file, text, "JWT_SECRET")).extracting(Finding::code, Finding::severity)
                    .as(file).containsExactly(org.assertj.core.groups.Tuple.tuple("secrets.likely-published",
                            Severity.WARN));
        }
        assertThat(dotenv(".env.production", "APP_ENV=local\n" + text, "JWT_SECRET"))
                .extracting(Finding::code, Finding::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("secrets.likely-published", Severity.NO_GO));
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

    @Test
    void anEmptyDefaultWhoseCommentCallsItRequiredShouldBeBlankButNotAnUnmarkedOrOptionalOne() throws Exception {
        String header = "# ----\n# Claude API (환경 변수 필수)\n# ----\n";
        assertThat(properties("application-prod.properties", header + "claude.api.key=${CLAUDE_API_KEY:}\n",
                "claude.api.key")).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(properties("application-prod.properties", "# Required\nsms.api-key=${SMS_API_KEY:}\n",
                "sms.api-key")).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(properties("application-prod.properties", "# 필수 아님\nclaude.api.key=${CLAUDE_API_KEY:}\n",
                "claude.api.key")).extracting(Finding::code).doesNotContain("secrets.blank");
        assertThat(properties("application-prod.properties", "# 非必填\nclaude.api.key=${CLAUDE_API_KEY:}\n",
                "claude.api.key")).extracting(Finding::code).doesNotContain("secrets.blank");
        assertThat(properties("application-prod.properties", "# Claude API\nclaude.api.key=${CLAUDE_API_KEY:}\n",
                "claude.api.key")).extracting(Finding::code).doesNotContain("secrets.blank");
        assertThat(properties("application-prod.properties",
                "# Required only if SMS is on\nsms.api-key=${SMS_API_KEY:}\n", "sms.api-key"))
                .extracting(Finding::code).doesNotContain("secrets.blank");
    }

    @Test
    void aPasswordOfQuarkussEmbeddedRealmShouldBeJudgedButItsRoleShouldStayClean() {
        String text = "quarkus.security.users.embedded.enabled=true\n"
                + "quarkus.security.users.embedded.plain-text=true\n"
                + "%prod.quarkus.security.users.embedded.users.alice=alice\n"
                + "%prod.quarkus.security.users.embedded.roles.alice=admin\n";
        Settings settings = Settings.builder().properties("application.properties", text).build();
        List<Finding> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        assertThat(findings).extracting(Finding::subject)
                .contains("%prod.quarkus.security.users.embedded.users.alice")
                .doesNotContain("%prod.quarkus.security.users.embedded.roles.alice");
    }

    @Test
    void theAwsDocsExampleSecretKeyEditedInItsTailShouldBePublishedButAGeneratedKeyNot() {
        String edited = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFExGd7ZbgbQ2mVn8Tp4Lk9Rf3Hs6Yc1\n";
        String generated = "AWS_SECRET_ACCESS_KEY=Zq8Lm3Vb7Nc2Xr5Tw9Ky4Hd6Gf1Js0Pa8Ue3Wi7o\n";
        assertThat(dotenv("/srv/app/prod.env", edited, "AWS_SECRET_ACCESS_KEY")).extracting(Finding::code)
                .containsExactly("secrets.published-default");
        assertThat(dotenv("/srv/app/prod.env", generated, "AWS_SECRET_ACCESS_KEY")).isEmpty();
    }
}
