package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key and value grammar of the fifteenth pass, measured on key names and values mined from public configuration
 * files of many ecosystems: each rule with a catch and a tempting clean neighbour.
 */
class KeyGrammarFifteenthPassTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry.credentials.username", "WEAVIATE_AUTHENTICATION_APIKEY_USERS",
            "GITHUB_TOKEN_USER", "secret.annotations", "secretAnnotations", "extraSecretMounts", "secret.labels",
            "core.tokenCert", "argocdServerAdminPasswordMtime", "jwt.tokenHead", "PASSWORD_LOGIN",
            "token.namespace", "mongodb_user_update_password", "postgresql_user_update_password"})
    void aWordAfterTheSecretThatNamesWhoOrWhatDescribesItShouldMakeNoSecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GITHUB_PAT", "AZURE_DEVOPS_PAT", "WIREGUARD_PSK", "PRESHARED_KEY", "wx.pay.apiV3Key",
            "API_V2_KEY", "secrets.releaseCookie", "RELEASE_COOKIE", "registry.credentials.password",
            "SMTP_PASSWORD", "auth.secret"})
    void personalTokensPreSharedKeysVersionedKeysAndReleaseCookiesShouldBeSecrets(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).as(key).isTrue();
    }

    @Test
    void aVersionWordShouldStandBetweenAQualifierAndKeyButNotMakeAnyWordAKey() {
        assertThat(SecretKeys.defaults().isSecret("apiV3Key")).isTrue();
        assertThat(SecretKeys.defaults().isSecret("schemaV3Key")).isFalse();
        assertThat(SecretKeys.defaults().isSecret("V3_KEY")).isFalse();
    }

    @Test
    void aSwitchThatCreatesTheSecretShouldBeAChoiceButAFalseSecretStaysAPlaceholder() {
        assertThat(findings(Map.of("configs.secret.createSecret", "false"), "configs.secret.createSecret")).isEmpty();
        assertThat(findings(Map.of("createSecret", "true"), "createSecret")).isEmpty();
        assertThat(findings(Map.of("API_SECRET", "true"), "API_SECRET")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
    }

    @Test
    void aChartPartNamingTheSecretObjectOrAKeyInsideOneShouldHoldNoSecret() {
        assertThat(SecretObjectReferences.namesReference("tls.certificatesSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("kafka.tls.passwordsSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("kafka.tls.jksTruststoreSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("rabbitmq.auth.existingErlangSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("auth.secretKeys.adminPasswordKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("grafana.admin.passwordKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("grafana.admin.userKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("core.existingXsrfSecretKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("registry.middleware.cloudFront.privateKeySecret")).isTrue();

        assertThat(SecretObjectReferences.namesReference("oauth2.clientSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("config.cookieSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("garage.rpcSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("PASSWORD_KEY")).isFalse();
        assertThat(SecretObjectReferences.namesReference("app.passwordkey")).isFalse();
        assertThat(SecretObjectReferences.namesReference("razorpay.keySecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("oauth.tokenSecret")).isFalse();
    }

    @Test
    void aSecretSelectorOfNameAndKeyShouldNameASecretButASecretBesideAKeyStaysJudged() {
        Map<String, String> gitlab = Map.of("global.psql.password.secret", "gitlab-postgres",
                "global.psql.password.key", "psql-password");
        assertThat(findings(gitlab, "global.psql.password.secret")).isEmpty();
        assertThat(findings(gitlab, "global.psql.password.key")).isEmpty();
        Map<String, String> monitor = Map.of("serviceMonitor.bearerTokenSecret.name", "prom-token",
                "serviceMonitor.bearerTokenSecret.key", "token");
        assertThat(findings(monitor, "serviceMonitor.bearerTokenSecret.key")).isEmpty();

        assertThat(findings(Map.of("twitter.secret", "your-twitter-secret", "twitter.key", "abc"), "twitter.secret"))
                .isNotEmpty();
        assertThat(findings(Map.of("global.psql.password.secret", "gitlab-postgres"), "global.psql.password.secret"))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tu-contraseña", "여기에_API_키_입력", "ваш_секретный_ключ", "mot de passe",
            "uw-wachtwoord", "openssl rand -hex 32", "run: openssl rand -base64 32", "php artisan key:generate"})
    void aForeignPhraseOrACopiedGeneratorCommandShouldBeAPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tu-contraseña-Xk29vQ", "kX9mP2vQ8rT4wY7zB3nC6fH1jL5sD0gA", "la-vie-en-rose-1947",
            "q9XvT2mLp4RzW8sKc1NbY6dHf3JgA0uE"})
    void generatedOrPersonalTextShouldBeNoForeignPlaceholder(String value) {
        assertThat(PlaceholderPhrases.isPlaceholder(value)).as(value).isFalse();
    }

    private static List<Finding> fromFile(String file, String... keysAndValues) {
        var builder = Settings.builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.add(Setting.of(keysAndValues[i], keysAndValues[i + 1], Origin.file(file, i + 1)));
        }
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, builder.build())).findings();
    }

    @Test
    void aTemplateTokenInAPasswordsFileShouldBeAPlaceholderButAVariableNameElsewhereShouldNot() {
        assertThat(fromFile("config/passwords.yaml", "production.database", "DB_PRODUCTION_PASSWORD",
                "development.redis", "REDIS_PASSWORD")).extracting(Finding::subject)
                .containsExactlyInAnyOrder("production.database", "development.redis");
        assertThat(fromFile("config/application.yaml", "db.passwordEnv", "DB_PASSWORD")).isEmpty();
        assertThat(fromFile("config/passwords.yaml", "production.region", "EU_WEST_1")).isEmpty();
    }

    @Test
    void aPublicAppKeyShippedToBrowsersInAnExampleFileShouldNotBePublishedButItsSecretShould() {
        List<Finding> findings = fromFile(".env.example", "REVERB_APP_KEY", "q7hZk2mXvR9pL4tW",
                "REVERB_APP_SECRET", "Tz8vN3kQ1wRb6yHcLm4sJd", "VITE_REVERB_APP_KEY", "${REVERB_APP_KEY}");
        assertThat(findings).extracting(Finding::subject).containsExactly("REVERB_APP_SECRET");
        assertThat(fromFile(".env.example", "LASTFM_KEY", "q7hZk2mXvR9pL4tWc3Nb", "LASTFM_SECRET",
                "Tz8vN3kQ1wRb6yHcLm4sJd")).extracting(Finding::subject)
                .containsExactlyInAnyOrder("LASTFM_KEY", "LASTFM_SECRET");
    }

    @Test
    void aBlankListOfRetiredKeysShouldBeNoMissingSecretButAFilledOneIsJudged() {
        assertThat(findings(Map.of("SECRET_KEY_FALLBACKS", ""), "SECRET_KEY_FALLBACKS")).isEmpty();
        assertThat(findings(Map.of("APP_PREVIOUS_KEYS", ""), "APP_PREVIOUS_KEYS")).isEmpty();
        assertThat(findings(Map.of("APP_PREVIOUS_KEYS", "changeme"), "APP_PREVIOUS_KEYS")).isNotEmpty();
        assertThat(findings(Map.of("SECRET_KEY", ""), "SECRET_KEY")).extracting(Finding::code)
                .containsExactly("secrets.blank");
    }
}
