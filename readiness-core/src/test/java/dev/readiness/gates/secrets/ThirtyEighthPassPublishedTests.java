package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-eighth pass, published secrets: a literal secret in a file a project generator wrote (cookiecutter-django's
 * {@code .envs} files, marked by a user name or admin path of 32 random letters) is a {@code secrets.likely-published}
 * WARN. Beside the clean values that tempt it: readable, camel-case, hex and platform-generated user names, an admin
 * path a person chose, the mark in another file. Random values were generated for this test.
 */
class ThirtyEighthPassPublishedTests {

    private static final String PASSWORD = "gTEBjX1eE2WiI78KVPOl9fWgkMOLN3sISrPN73TCDy6TORIyKt2Ezy4LbQ0pMCAy";

    private static List<Finding> findingsOf(String file, String key, String... lines) {
        Settings settings = ApplicationConfig.builder()
                .configText(file, String.join("\n", lines) + "\n").build().settings();
        return findingsFor(key, settings);
    }

    private static List<Finding> findingsFor(String key, Settings settings) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .toList();
    }

    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POSTGRES_USER=CrCVoJwcRwqBuYqGXvoIUErREzdpbkkf",
            "CELERY_FLOWER_USER=xAXMqXVfQBcbOFQyhhRpzwRCIeFswANE",
            "DJANGO_ADMIN_URL=HiKBKspU4clhQAXupoFsPkMJSmp7jqqz/"})
    void aSecretInAFileAProjectGeneratorWroteIsLikelyPublished(String mark) {
        List<Finding> findings = findingsOf("production-postgres.env", "POSTGRES_PASSWORD", "POSTGRES_HOST=postgres",
                "POSTGRES_PORT=5432", mark, "POSTGRES_PASSWORD=" + PASSWORD);

        assertThat(verdicts(findings)).containsExactly("WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("project generator").doesNotContain(PASSWORD.substring(20, 24))
                .doesNotContain("CrCV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POSTGRES_USER=appuser", "POSTGRES_USER=ThisIsMyVeryLongDatabaseUserName",
            "POSTGRES_USER=MYAPPDATABASEUSERFORPRODUCTIONxx", "POSTGRES_USER=u4k2j9d0s8a7q6w5e3r1t2y7u8i9o0p1",
            "POSTGRES_USER=d41d8cd98f00b204e9800998ecf8427e", "DJANGO_ADMIN_URL=SecretAdminPageForOurTeam2024abc/",
            "POSTGRES_DB=CrCVoJwcRwqBuYqGXvoIUErREzdpbkkf", "DJANGO_ADMIN_URL=admin/"})
    void aSecretBesideNoGeneratorMarkPasses(String other) {
        assertThat(findingsOf("production-postgres.env", "POSTGRES_PASSWORD", other,
                "POSTGRES_PASSWORD=" + PASSWORD)).isEmpty();
    }

    @Test
    void aGeneratorMarkInAnotherFileLeavesTheSecretAlone() {
        Settings settings = ApplicationConfig.builder()
                .configText("production-django.env", "CELERY_FLOWER_USER=xAXMqXVfQBcbOFQyhhRpzwRCIeFswANE\n")
                .configText("production-postgres.env", "POSTGRES_PASSWORD=" + PASSWORD + "\n")
                .build().settings();

        assertThat(findingsFor("POSTGRES_PASSWORD", settings)).isEmpty();
    }
}
