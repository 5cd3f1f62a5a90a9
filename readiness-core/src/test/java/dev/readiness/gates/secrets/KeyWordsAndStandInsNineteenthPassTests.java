package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the nineteenth pass: key words that name a credential not read before (an auth code, a key file's
 * contents), the id of the active key, a lower-case secret that starts with a slash, and a one-character run under a
 * browser credential. Each with a catch and a tempting neighbour; every value is synthetic.
 */
class KeyWordsAndStandInsNineteenthPassTests {

    private static List<String> codes(String key, String value) {
        return codes(Settings.of(Map.of(key, value)), key);
    }

    private static List<String> codes(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    /** The codes for {@code key} in a file of {@code lines} joined by {@code |}, read as properties or dotenv. */
    private static List<String> codesIn(String file, String lines, String key) {
        String text = lines.replace('|', '\n') + "\n";
        Settings settings = file.endsWith(".env") || file.contains(".env.") ? Settings.builder().dotenv(file, text).build()
                : Settings.builder().properties(file, text).build();
        return codes(settings, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PADDLE_VENDOR_AUTH_CODE", "EMAIL_AUTH_CODE", "mail.authCode", "sms.auth-code",
            "SMTP_AUTHCODE"})
    void anAuthCodeShouldBeJudgedAsACredential(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isTrue();
        assertThat(codes(key, "123")).as(key).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"COUNTRY_CODE", "SBN_CODE", "AUTH_CODE_TTL", "oauth.auth-code.length", "STATUS_CODE",
            "auth.code-challenge-method", "AUTH_MODE"})
    void otherCodesAndAttributesOfAnAuthCodeShouldNotBeSecrets(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mongodb_keyfile_content", "GCP_KEYFILE_CONTENTS", "replset.keyfileContent"})
    void aKeyFilesContentsShouldBeJudgedAsASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isTrue();
        assertThat(codes(key, "changeme")).as(key).isNotEmpty();
    }

    @Test
    void aKeyFilesPathOrAKeyFileAloneShouldStayClean() {
        assertThat(SecretKeys.defaults().isSecret("mongodb_security_keyfile")).isFalse();
        assertThat(codes("mongodb_security_keyfile", "/etc/mongodb-keyfile")).isEmpty();
        assertThat(codes("REDIS_SSL_KEYFILE", "")).isEmpty();
        assertThat(SecretKeys.defaults().isSecret("mongodb_keyfile_content_path")).isFalse();
    }

    @Test
    void theKeysThemselvesAndAnActiveKeyBeforeTheWordShouldStillBeSecrets() {
        assertThat(SecretKeys.defaults().isSecret("ENC_KEY")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("ACTIVE_ENCRYPTION_KEY")).isTrue();
        assertThat(codes("ENC_KEY", "Qw3rTyK9")).isNotEmpty();
    }

    @Test
    void isPathWhenEverySegmentIsLongAndRandomShouldBeFalse() {
        assertThat(FilePathValues.isPath("/k2v9qmwzt4rhx8bnyl3dcfp6jsa/7gqzm2wxk4pvtr/hn5yw8cq2ltz9fbkd")).isFalse();
        assertThat(FilePathValues.isPath("/q8w7e6r5t4y3u2i1o9p0asdf/zx9c8v7b6n5m4lkjh")).isFalse();
    }

    @Test
    void isPathWhenSegmentsAreNamesOrShortShouldStayTrue() {
        assertThat(FilePathValues.isPath("/var/lib/postgresql/data")).isTrue();
        assertThat(FilePathValues.isPath("/etc/secrets/stolon/password")).isTrue();
        assertThat(FilePathValues.isPath("/opt/baritomarket/config/private_keys")).isTrue();
        assertThat(FilePathValues.isPath("/home/ec2user1/workspace2/data")).isTrue();
        assertThat(FilePathValues.isPath("/containers/applicationdata/persistentvolume")).isTrue();
        assertThat(FilePathValues.isPath("/k2v9qmwzt4rhx8bnyl3dcfp6jsa/7gqzm2wxk4pvtr/server.key")).isTrue();
    }

    @Test
    void aRandomLowerCaseSecretStartingWithASlashShouldBeJudgedInADevelopmentFile() {
        String lines = "APP_ENV=dev|SECRET_KEY_BASE=/k2v9qmwzt4rhx8bnyl3dcfp6jsa/7gqzm2wxk4pvtr/hn5yw8cq2ltz9fbkd";
        assertThat(codesIn(".env.dev", lines, "SECRET_KEY_BASE")).isNotEmpty();
        assertThat(codesIn(".env.dev", "APP_ENV=dev|SECRET_KEY_BASE=/run/secrets/secret_key_base", "SECRET_KEY_BASE"))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"NEXT_PUBLIC_ALGOD_TOKEN, a, 64", "VITE_INDEXER_TOKEN, 0, 32", "REACT_APP_NODE_API_KEY, x, 16"})
    void aOneCharacterRunUnderABrowserCredentialShouldBeAStandIn(String key, String character, int times) {
        assertThat(codes(key, character.repeat(times))).as(key).containsExactly("secrets.placeholder");
    }

    @Test
    void aShortRunAnOwnValueOrANonCredentialBrowserVariableShouldStayClean() {
        assertThat(codes("NEXT_PUBLIC_ALGOD_TOKEN", "aaaaaaaaaaaaaaa")).isEmpty();
        assertThat(codes("NEXT_PUBLIC_POSTHOG_KEY", "phc_Zq8mW2nR5tY7uI9oP1aS3dF6gH4jK0lX")).isEmpty();
        assertThat(codes("NEXT_PUBLIC_THEME_COLOR", "ffffffffffffffffffff")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"twilio.key, 123", "ES_CURATOR_CLIENT_KEY, abcd1234", "STEAM_KEY, abc", "maps.key, abc123",
            "aws.sqs.access.key, ABC123", "MAP_KEY, a1234567890"})
    void theAlphabetOrDigitsCountedUpUnderABareKeyOrAnAccessIdShouldBeAPlaceholder(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @CsvSource({"twilio.key, 124", "STEAM_KEY, abd", "maps.key, abc13", "aws.sqs.access.key, 12",
            "cache.key, 987", "STEAM_KEY, bcd234", "STEAM_KEY, 12345678901"})
    void aValueThatDoesNotCountUpFromTheStartShouldStayClean(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chatbot.citizen-passwrord", "SSID_PASWORD", "redis_passwrod", "db.passwort",
            "smtp.passward", "admin_passsword"})
    void aKeyThatMisspellsPasswordShouldBeJudgedAsAPassword(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isTrue();
        assertThat(codes(key, "123456")).as(key).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passport.number", "PASSPORT_ID", "compass.word", "PASSWORD_RESET_URL", "passwords.enabled",
            "passwort_reset_url"})
    void wordsNearButNotAMisspeltPasswordShouldNotBeSecrets(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"passwrord, true", "pasword, true", "passwrod, true", "passwort, true", "passsword, true",
            "password, false", "passwords, false", "passport, false", "passwd, false", "pass, false",
            "spassword, false", "assword, false", "passwordx, true", "paswrod, false"})
    void misspellsPasswordShouldAllowOneEditOnly(String word, boolean expected) {
        assertThat(SecretKeys.misspellsPassword(word)).as(word).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "paypal.properties; PP_USER=seller|PP_PASSWORD=Q7ZB3HZ4KX2PLM5T|PP_SIGNATURE=<seller_signature_here>;"
                    + " PP_SIGNATURE",
            "paypal.properties; PP_PASSWORD_SANDBOX=Q7ZB3HZ4KX2PLM5T|PP_SIGNATURE_SANDBOX=changeme; PP_SIGNATURE_SANDBOX",
            "app.properties; paypal.api.password=Q7ZB3HZ4KX2PLM5T|paypal.api.signature=your-signature-here;"
                    + " paypal.api.signature",
            "app.properties; paypalPassword=Q7ZB3HZ4KX2PLM5T|paypalSignature=123456; paypalSignature"})
    void aSignatureBesideAPasswordOfTheSameNameShouldBeJudgedAsASecret(String file, String lines, String key) {
        assertThat(codesIn(file, lines, key)).as(lines).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "app.properties; app.webhook.signature-header=X-Acme-Signature|app.webhook.secret=Q7ZB3HZ4KX2PLM5T;"
                    + " app.webhook.signature-header",
            "app.env; EMAIL_BODY_SIGNATURE=Kind regards|SMTP_PASSWORD=Q7ZB3HZ4KX2PLM5T; EMAIL_BODY_SIGNATURE",
            "app.properties; PP_SIGNATURE=changeme|PP_USER=seller; PP_SIGNATURE",
            "app.env; EMAIL_SIGNATURE=Email sent by Tidewren|EMAIL_PASSWORD=Q7ZB3HZ4KX2PLM5T; EMAIL_SIGNATURE",
            "app.env; EMAIL_SIGNATURE=Tidewren|EMAIL_PASSWORD=Q7ZB3HZ4KX2PLM5T; EMAIL_SIGNATURE",
            "app.env; API_SIGNATURE=Kind regards from us|API_PASSWORD=Q7ZB3HZ4KX2PLM5T; API_SIGNATURE",
            "app.properties; designature=changeme|despassword=Q7ZB3HZ4KX2PLM5T; designature"})
    void aSignatureWithoutAPasswordOfTheSameNameShouldStayClean(String file, String lines, String key) {
        assertThat(codesIn(file, lines, key)).as(lines).isEmpty();
    }

    @Test
    void pairsWithPasswordShouldFindThePasswordByRelaxedNameAndOnlyForAWholeWord() {
        assertThat(SaltPairs.pairsWithPassword(Settings.of(Map.of("PP_PASSWORD", "x", "PP_SIGNATURE", "y")),
                "PP_SIGNATURE", "y")).isTrue();
        assertThat(SaltPairs.pairsWithPassword(Settings.of(Map.of("pp.password", "x", "PP_SIGNATURE", "y")),
                "PP_SIGNATURE", "y")).isTrue();
        assertThat(SaltPairs.pairsWithPassword(Settings.of(Map.of("PP_PASSWORD", "x", "PP_SIGNATURES", "y")),
                "PP_SIGNATURES", "y")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"elixir_boilerplate", "hello_phoenix", "tidewren_web"})
    void anApplicationsNameAsTheSessionKeyBesideASecretKeyBaseShouldBeTheCookiesName(String value) {
        String lines = "SECRET_KEY_BASE=|SESSION_KEY=" + value + "|SIGNING_SALT=";
        assertThat(codesIn(".env.dev", lines, "SESSION_KEY")).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"super_secret_value", "change_me", "your_session", "my_phoenix_app", "elixir2_boilerplate",
            "Elixir_Boilerplate", "elixirboilerplate"})
    void aSecretWordDigitsCapitalsOrOneWordBesideAKeyBaseShouldStillBeJudged(String value) {
        String lines = "SECRET_KEY_BASE=|SESSION_KEY=" + value;
        assertThat(codesIn("app.env", lines, "SESSION_KEY")).as(value).isNotEmpty();
    }

    @Test
    void anApplicationsNameAsTheSessionKeyWithoutASecretKeyBaseShouldStillBeJudged() {
        assertThat(codesIn("app.env", "SESSION_KEY=elixir_boilerplate|PORT=4000", "SESSION_KEY")).isNotEmpty();
    }
}
