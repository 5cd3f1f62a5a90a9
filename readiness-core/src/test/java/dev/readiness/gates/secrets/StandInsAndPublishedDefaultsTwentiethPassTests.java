package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the twentieth pass (secrets): what a file says that makes a value a stand-in or public (a fenced fill-me
 * marker, a description of a value, a template asking for a pair's account, an id equal to its secret, a key marked
 * by its first word, a reference's default, a secret named by its section), and the names that only look like
 * secrets (a signed quota, a role's constant name, the key inside a named Secret, a list item under a credential's
 * section). Each rule with a catch and a tempting neighbour; every value is synthetic.
 */
class StandInsAndPublishedDefaultsTwentiethPassTests {

    private static List<Finding> findings(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    private static List<String> codes(Settings settings, String key) {
        return findings(settings, key).stream().map(Finding::code).toList();
    }

    private static List<String> codes(String key, String value) {
        return codes(Settings.of(Map.of(key, value)), key);
    }

    /** The codes for {@code key} in a file of {@code lines} joined by {@code |}, read as properties or dotenv. */
    private static List<String> codesIn(String file, String lines, String key) {
        return codes(settingsIn(file, lines), key);
    }

    private static Settings settingsIn(String file, String lines) {
        String text = lines.replace('|', '\n') + "\n";
        return file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
    }

    @Test
    void aSignedNumberUnderAQuotaKeyShouldBeAQuantity() {
        assertThat(codes("QUOTA_T1_TOKEN", "-1")).isEmpty();
        assertThat(codes("MAX_TOKENS_PER_USER", "-1")).isEmpty();
        assertThat(QuantityValues.isQuantity("QUOTA_T1_TOKEN", "-1")).isTrue();
    }

    @Test
    void aSignedNumberUnderACredentialKeyShouldStillBeJudged() {
        assertThat(QuantityValues.isQuantity("ADMIN_PASSWORD", "-1")).isFalse();
        assertThat(codes("ADMIN_PASSWORD", "-1")).isNotEmpty();
        assertThat(QuantityValues.isQuantity("QUOTA_T1_TOKEN", "-")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAEGGER_BUYER", "CAT_USER", "ROLE_ADMIN", "SUPPLIER"})
    void aConstantsNameUnderARoleKeyShouldBeAChoice(String value) {
        assertThat(QuantityValues.namesChoice("config.external.conclaveWrapper.buyerRoleKey", value)).isTrue();
        assertThat(codes("config.external.conclaveWrapper.buyerRoleKey", value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"YOUR_ROLE_KEY", "SERVICE_ROLE_SECRET", "Xk9mQ2vL8pRt", "CHANGE_ME", "a1b2c3d4e5f6"})
    void aPlaceholderOrGeneratedValueUnderARoleKeyShouldStillBeJudged(String value) {
        assertThat(QuantityValues.namesChoice("buyerRoleKey", value)).isFalse();
        assertThat(codes("buyerRoleKey", value)).isNotEmpty();
    }

    @Test
    void aConstantsNameUnderAKeyThatPicksNothingShouldStillBeJudged() {
        assertThat(QuantityValues.namesChoice("SIGNING_KEY", "JAEGGER_BUYER")).isFalse();
        assertThat(codes("SIGNING_KEY", "JAEGGER_BUYER")).isNotEmpty();
    }

    @Test
    void aSecretKeyBesideASecretNameShouldNameTheEntryInsideThatSecret() {
        Settings settings = settingsIn("values.prod.yaml.properties",
                "jobs.with.secrets.sentry_auth_token.secretName=dashboard"
                        + "|jobs.with.secrets.sentry_auth_token.secretKey=SENTRY_AUTH_TOKEN"
                        + "|app.db.secret_name=db-credentials|app.db.secret_key=postgres-password");
        assertThat(codes(settings, "jobs.with.secrets.sentry_auth_token.secretKey")).isEmpty();
        assertThat(codes(settings, "app.db.secret_key")).isEmpty();
    }

    @Test
    void aSecretKeyWithoutASecretNameOrWithAGeneratedValueShouldStillBeJudged() {
        assertThat(codes("s3.secretKey", "password")).isNotEmpty();
        Settings named = settingsIn("values.yaml.properties", "s3.secretName=storage|s3.secretKey=password");
        assertThat(codes(named, "s3.secretKey")).isEmpty();
        Settings generated = settingsIn("values.yaml.properties", "s3.secretName=storage|s3.secretKey=qW3e9R");
        assertThat(codes(generated, "s3.secretKey")).isNotEmpty();
        Settings filler = settingsIn("values.yaml.properties", "s3.secretName=storage|s3.secretKey=YOUR_SECRET_KEY");
        assertThat(codes(filler, "s3.secretKey")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!SET POSTGRES_USER!!!", "***CHANGE ME***", "##REPLACE_WITH_USER##", "!!your user!!"})
    void aFencedFillMeMarkerShouldBeAPlaceholderUnderAUserOrASecret(String value) {
        assertThat(FillMarkers.isMarker(value)).isTrue();
        assertThat(codes("POSTGRES_USER", value)).containsExactly("secrets.placeholder");
        assertThat(codes("POSTGRES_PASSWORD", value)).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!Passw0rd!!", "**postgres**", "!!!!", "app_user", "##1234##"})
    void aFenceWithoutAnInstructionShouldBeNoMarker(String value) {
        assertThat(FillMarkers.isMarker(value)).isFalse();
        assertThat(codes("POSTGRES_USER", value)).isEmpty();
    }

    @Test
    void aWeakPasswordInsideAFenceShouldStillBeWeakRatherThanAPlaceholder() {
        assertThat(codes("POSTGRES_PASSWORD", "!!Passw0rd!!")).isNotEmpty().doesNotContain("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"longvaluefullofnumbersandlettersinlowercase", "random-string-of-32-hex-characters",
        "LONG_ALPHANUMERIC_STRING_OF_LETTERS", "a long random value of letters and digits"})
    void aDescriptionOfAValueShouldBeAPlaceholderUnderAKey(String value) {
        assertThat(ShapeDescriptions.isDescription(value)).isTrue();
        assertThat(codes("WCRS_FRONTEND_AIRBRAKE_PROJECT_KEY", value)).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qzjxkwvplrtbnmhgfdsaeyuiocvbnmasdkjhq", "valuelettersnumbersxk9q2mvz7r",
        "longstring", "stringvaluenumbers"})
    void aGeneratedOrShortValueShouldBeNoDescription(String value) {
        assertThat(ShapeDescriptions.isDescription(value)).isFalse();
    }

    @Test
    void aDescriptionUnderAKeyThatNamesNoCredentialShouldNotBeReported() {
        assertThat(codes("BANNER_TEXT", "long value full of numbers and letters")).isEmpty();
    }

    @Test
    void aTemplateAskingForAPairsAccountShouldBeAPlaceholder() {
        Settings settings = settingsIn(".env.example",
                "SSLCZ_STORE_ID=<your store id>|SSLCZ_STORE_PASSWORD=<your store password>");
        assertThat(codes(settings, "SSLCZ_STORE_ID")).containsExactly("secrets.placeholder");
        assertThat(SecretPlaceholderValues.asksForPairedAccount(settings, "SSLCZ_STORE_ID", "<your store id>"))
                .isTrue();
    }

    @Test
    void aTemplateWithoutASecretBesideItOrAskingForSomethingElseShouldBeLeftAlone() {
        Settings alone = settingsIn(".env.example", "SSLCZ_STORE_ID=<your store id>");
        assertThat(codes(alone, "SSLCZ_STORE_ID")).isEmpty();
        Settings other = settingsIn(".env.example", "SSLCZ_STORE_NAME=<your store name>|SSLCZ_STORE_PASSWORD=x");
        assertThat(SecretPlaceholderValues.asksForPairedAccount(other, "SSLCZ_STORE_NAME", "<your store name>"))
                .isFalse();
        Settings elsewhere = settingsIn(".env.example", "SSLCZ_STORE_ID=<your shop url>|SSLCZ_STORE_PASSWORD=x");
        assertThat(SecretPlaceholderValues.asksForPairedAccount(elsewhere, "SSLCZ_STORE_ID", "<your shop url>"))
                .isFalse();
    }

    @Test
    void anAccessKeyIdEqualToItsSecretShouldBeAStandIn() {
        Settings settings = settingsIn("sales-api.env", "AWS_ACCESS_KEY_ID=local|AWS_SECRET_ACCESS_KEY=local");
        assertThat(codes(settings, "AWS_ACCESS_KEY_ID")).containsExactly("secrets.placeholder");
        assertThat(findings(settings, "AWS_ACCESS_KEY_ID").get(0).message()).contains("AWS_SECRET_ACCESS_KEY")
                .doesNotContain("local");
        Settings minio = settingsIn("minio.env", "S3_ACCESS_KEY=backup|S3_SECRET_KEY=backup");
        assertThat(codes(minio, "S3_ACCESS_KEY")).containsExactly("secrets.placeholder");
    }

    @Test
    void anAccessKeyIdBesideADifferentSecretShouldNotBeReported() {
        Settings settings = settingsIn("prod.env",
                "AWS_ACCESS_KEY_ID=AKIAQ4XJ7NB2LKW3PZ5M|AWS_SECRET_ACCESS_KEY=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");
        assertThat(codes(settings, "AWS_ACCESS_KEY_ID")).isEmpty();
        Settings user = settingsIn("minio.env", "MINIO_ACCESS_KEY=backup-user|MINIO_SECRET_KEY=Zr7Lq2Wx9Tn4Kp6Vb3Hs");
        assertThat(codes(user, "MINIO_ACCESS_KEY")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test2-3f1d2a4b-71c9-4e2a-9b1d-0c5e7f9a1b2c-8d7e6f5a-4b3c-4d2e-9f1a-0b2c3d4e5f6a",
        "examplekey-5b2e9c1d-3a4f-4b6e-8d7c-1e2f3a4b5c6d", "demo_7c2f9e41b8d03a65f1c94e27b0d8a3c6",
        "mockkey-4c3b2a1908f7e6d5c4b3a291"})
    void aKeyMarkedAStandInByItsFirstWordShouldBeReported(String value) {
        assertThat(MarkedKeys.isMarked(value)).isTrue();
        List<Finding> found = findings(settingsIn("compose.env", "NOTIFY_API_KEY=" + value), "NOTIFY_API_KEY");
        assertThat(found).extracting(Finding::code).containsExactly("secrets.placeholder");
        assertThat(found.get(0).severity()).isEqualTo(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"testify9Qm2Lx7Vb4Nc8Zr1Tk5Wp3Hy6Jd0Fs", "live-3f1d2a4b-71c9-4e2a-9b1d-0c5e7f9a1b2c",
        "test-key", "example-abcdefghijklmnopqrstuvwxyz", "test_aQ7dK2mN9pR4tW8yB3fH6jL1zX5cV0s",
        "sandbox_4gvmWbCJ7OxYpJRsUp2mJbr8J0PwITVv", "TEST-7908998715743188-609637-05aff2ef74960245"})
    void aKeyThatOnlyStartsLikeAMarkerOrCarriesAProvidersTestModeShouldNotBeMarked(String value) {
        assertThat(MarkedKeys.isMarked(value)).isFalse();
    }

    @Test
    void aSecretNamedByItsUseInASecretsOrKeySectionShouldBeJudged() {
        assertThat(SecretSections.purpose("secrets.cookie[0]", Optional.empty())).contains(SecretPurpose.SECRET);
        assertThat(SecretSections.purpose("key.encryption", Optional.empty()))
                .contains(SecretPurpose.ENCRYPTION_KEY);
        assertThat(SecretSections.purpose("key.hash", Optional.empty())).contains(SecretPurpose.HMAC);
        assertThat(codes("secrets.cookie[0]", "change-me-cookie")).isNotEmpty();
        assertThat(codes("key.encryption", "12345678")).isNotEmpty();
    }

    @Test
    void otherPartsOfASecretsOrKeySectionShouldStayUnjudged() {
        assertThat(SecretSections.purpose("secrets.enabled", Optional.empty())).isEmpty();
        assertThat(SecretSections.purpose("key.path", Optional.empty())).isEmpty();
        assertThat(SecretSections.purpose("primary.key.hash", Optional.empty())).contains(SecretPurpose.HMAC);
        assertThat(codes("secrets.provider", "vault")).isEmpty();
        assertThat(codes("key.alias", "signing")).isEmpty();
    }

    @Test
    void aListItemsFieldUnderACredentialsSectionShouldBeNoSecret() {
        String key = "selfservice.flows.registration.after.password.hooks[0].hook";
        assertThat(SecretSections.purpose(key, Optional.of(SecretPurpose.PASSWORD))).isEmpty();
        assertThat(codes(key, "session")).isEmpty();
    }

    @Test
    void aListItemUnderACollectionOfSecretsOrASecretLeafShouldStillBeJudged() {
        String collected = "global.secrets[0].values[1].value";
        assertThat(SecretSections.purpose(collected, Optional.of(SecretPurpose.SECRET))).isPresent();
        assertThat(codes(collected, "root")).isNotEmpty();
        assertThat(SecretSections.purpose("auth.password.rules[0].secret", Optional.of(SecretPurpose.SECRET)))
                .isPresent();
        assertThat(codes("users[0].password", "root")).isNotEmpty();
    }

    @Test
    void aReferencesDefaultInAFileShouldBeAPublishedDefault() {
        Settings settings = settingsIn("application.properties",
                "github.client.secret=${GITHUB_CLIENT_SECRET:9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e2a4d6f0b}");
        List<Finding> found = findings(settings, "github.client.secret");
        assertThat(found).extracting(Finding::code).containsExactly("secrets.published-default");
        assertThat(found.get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(found.get(0).message()).doesNotContain("9f3b7c1e");
    }

    @Test
    void aDefaultTheSettingsResolvedShouldBeReadFromItsOrigin() {
        Origin origin = Origin.file("application.properties", 3).via("the default of ${GITHUB_CLIENT_SECRET}");
        Settings settings = Settings.builder()
                .add(Setting.of("github.client.secret", "9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e2a4d6f0b", origin)).build();
        assertThat(codes(settings, "github.client.secret")).containsExactly("secrets.published-default");
    }

    @Test
    void aLiteralOrABareReferenceInABaseFileShouldKeepItsOwnVerdict() {
        Settings literal = settingsIn("application.properties",
                "github.client.secret=9f3b7c1e5a2d8f4b6c0e9a7d3f1b5c8e2a4d6f0b");
        List<Finding> found = findings(literal, "github.client.secret");
        assertThat(found).extracting(Finding::code).containsExactly("secrets.shared-default");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARN);
        Settings bare = settingsIn("application.properties", "github.client.secret=${GITHUB_CLIENT_SECRET}");
        assertThat(codes(bare, "github.client.secret")).isEmpty();
        Settings empty = settingsIn("application.properties", "github.client.secret=${GITHUB_CLIENT_SECRET:}");
        assertThat(codes(empty, "github.client.secret")).isEmpty();
    }

    @Test
    void aLiteralSecretInAFileOfDefaultsShouldBeAPublishedNoGo() {
        String key = "SECRET_KEY";
        String line = key + "=Hq8zR2wLx5Kv9Tn3Bj7Mp4Yc6Fd1Gs0A";
        for (String file : List.of("tutorial-defaults.properties", "defaults.env", "config.default.toml.properties")) {
            List<Finding> found = findings(settingsIn(file, line), key);
            assertThat(found).as(file).extracting(Finding::code).containsExactly("secrets.likely-published");
            assertThat(found.get(0).severity()).as(file).isEqualTo(Severity.NO_GO);
        }
    }

    @Test
    void aLiteralSecretInAComposeFileShouldStayAWarn() {
        String key = "SECRET_KEY";
        String line = key + "=Hq8zR2wLx5Kv9Tn3Bj7Mp4Yc6Fd1Gs0A";
        List<Finding> found = findings(settingsIn("docker-compose.env", line), key);
        assertThat(found).extracting(Finding::code).containsExactly("secrets.likely-published");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARN);
        assertThat(ShippedFiles.isDefaults(Origin.file("docker-compose.default.yml", 1))).isFalse();
        assertThat(ShippedFiles.isDefaults(Origin.file("users-default-guide.properties", 1))).isFalse();
    }

    @Test
    void aUsersEntryInABasicAuthMapShouldBeJudgedAsAPassword() {
        assertThat(BasicAuthUsers.namesUserMapEntry("HTTP.APIForService.BasicAuth.user001")).isTrue();
        assertThat(BasicAuthUsers.namesUserMapEntry("metrics.basic_auth.admin")).isTrue();
        assertThat(codes("HTTP.APIForService.BasicAuth.user001", "admin")).isNotEmpty();
    }

    @Test
    void aSettingOfABasicAuthSectionShouldNotBeAPassword() {
        assertThat(BasicAuthUsers.namesUserMapEntry("fineract.security.basicauth.enabled")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("global.metrics.basic_auth.username")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("basic_auth.realm")).isFalse();
        assertThat(codes("fineract.security.basicauth.enabled", "true")).isEmpty();
        assertThat(codes("global.metrics.basic_auth.realm", "metrics")).isEmpty();
    }
}
