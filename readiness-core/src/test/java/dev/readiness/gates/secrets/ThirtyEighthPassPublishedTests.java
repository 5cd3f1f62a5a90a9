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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirty-eighth pass, published secrets: a literal secret in a file a project generator wrote (cookiecutter-django's
 * {@code .envs} files, marked by a user name or admin path of 32 random letters) and a literal secret in a product's
 * configuration file that still holds the product's shipped random default under another key (APISIX's documented
 * viewer key beside an admin key of its own) are {@code secrets.likely-published} WARNs, and so is one beside an instance
 * id an installer generated (CKAN's {@code app_instance_uuid}, EspoCRM's {@code instanceId}) or under a template's
 * comment that describes the random value to put there (Mailu's {@code # Set to a randomly generated 16 bytes
 * string}). Each beside the clean values
 * that tempt it: readable, camel-case, hex and platform-generated user names, an admin path a person chose, the
 * shipped default in a dotenv file (where a provider's fixture sits beside other providers' live keys) or in another
 * file, instance ids a person named, a scheduler's {@code AUTO}, a cloud machine's id, a UUID under another key, and
 * comments that say what the value does, when an installer generated it, or that the code makes random values. Random values were generated for this test; the APISIX viewer key is the one its documentation publishes.
 */
class ThirtyEighthPassPublishedTests {

    private static final String PASSWORD = "gTEBjX1eE2WiI78KVPOl9fWgkMOLN3sISrPN73TCDy6TORIyKt2Ezy4LbQ0pMCAy";
    private static final String ADMIN_KEY = "aa5b787add57a02764bb9969ab9baffc";
    private static final String APISIX_VIEWER_KEY = "4054f7cf07e344346cd3f287985e76a2";

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

    @Test
    void aSecretBesideTheProductsShippedRandomDefaultIsLikelyPublished() {
        List<Finding> findings = findingsOf("apisix-config.properties", "deployment.admin.admin_key[0].key",
                "deployment.admin.admin_key[0].name=admin", "deployment.admin.admin_key[0].key=" + ADMIN_KEY,
                "deployment.admin.admin_key[1].name=viewer",
                "deployment.admin.admin_key[1].key=" + APISIX_VIEWER_KEY);

        assertThat(verdicts(findings)).containsExactly("WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("shipped default", "admin_key[1].key")
                .doesNotContain(ADMIN_KEY.substring(8, 12)).doesNotContain("4054");
    }

    @Test
    void aSecretBesideAShippedDefaultInADotenvFilePasses() {
        assertThat(findingsOf("deploy.env", "ADMIN_KEY", "ADMIN_KEY=" + ADMIN_KEY,
                "APISIX_VIEWER_KEY=" + APISIX_VIEWER_KEY)).isEmpty();
    }

    @Test
    void aShippedDefaultInAnotherFileLeavesTheSecretAlone() {
        Settings settings = ApplicationConfig.builder()
                .configText("viewer.properties", "deployment.admin.admin_key[1].key=" + APISIX_VIEWER_KEY + "\n")
                .configText("admin.properties", "deployment.admin.admin_key[0].key=" + ADMIN_KEY + "\n")
                .build().settings();

        assertThat(findingsFor("deployment.admin.admin_key[0].key", settings)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "app_instance_uuid=6f1d5b2e-93c4-4e0a-b1d7-2c9a8f4e5b31 ~ beaker.session.secret",
            "app_instance_uuid=6f1d5b2e-93c4-4e0a-b1d7-2c9a8f4e5b31static ~ beaker.session.secret",
            "instanceId=716575a1-0c2b-4f7e-9d3a-5b8c1e2f4a6d ~ hashSecretKey",
            "INSTANCE_ID=ce7e48c1a2b34d5e6f708192a3b4c5d6 ~ APP_SECRET"})
    void aSecretBesideAnInstanceIdAnInstallerGeneratedIsLikelyPublished(String id, String key) {
        List<Finding> findings = findingsOf("ckan.properties", key, id, key + "=" + PASSWORD);

        assertThat(verdicts(findings)).containsExactly("WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("installer").doesNotContain(PASSWORD.substring(30, 34));
    }

    @ParameterizedTest
    @ValueSource(strings = {"instance.id=myopenolat", "eureka.instance.instance-id=product-payment-1",
            "org.quartz.scheduler.instanceId=AUTO", "app_instance_uuid=${APP_UUID}",
            "INSTANCE_ID=i-0abc123def4567890", "client_id=6f1d5b2e-93c4-4e0a-b1d7-2c9a8f4e5b31",
            "app_instance_uuid=6f1d5b2e"})
    void aSecretBesideNoGeneratedInstanceIdPasses(String other) {
        assertThat(findingsOf("ckan.properties", "beaker.session.secret", other,
                "beaker.session.secret=" + PASSWORD)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Set to a randomly generated 16 bytes string",
            "# A random 32-character secret key used to encrypt user sessions",
            "# See the README.md file for information on how to generate the JWT_SECRET and APP_KEY",
            "# Session signing key. It should be a long, random string."})
    void aSecretUnderATemplatesDescriptionOfARandomValueIsLikelyPublished(String comment) {
        List<Finding> findings = findingsOf("mailu.env", "SECRET_KEY", "DOMAIN=mail.example.net", "", comment,
                "SECRET_KEY=" + PASSWORD);

        assertThat(verdicts(findings)).containsExactly("WARN secrets.likely-published");
        assertThat(findings.get(0).message()).contains("template's comment")
                .doesNotContain(PASSWORD.substring(40, 44));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# The key used to sign sessions", "# Encrypt/Decrypt secret key - randomly generated "
            + "during installation.", "# Random string:", "# Uses a random salt per user", "# rotate every 90 days",
            "# Generates a random token for each request"})
    void aSecretUnderOtherCommentsPasses(String comment) {
        assertThat(findingsOf("mailu.env", "SECRET_KEY", comment, "SECRET_KEY=" + PASSWORD)).isEmpty();
    }
}
