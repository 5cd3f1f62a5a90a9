package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretObjectReferencesTests {

    private static List<Finding> findings(Map<String, String> settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void namesReferenceWhenTheKeyNamesASecretObjectOrAKeyInsideOneShouldBeTrue() {
        assertThat(SecretObjectReferences.namesReference("existingSecretAdminPasswordKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("jobservice.existingSecretKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("auth.existingSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("ingress.tls[0].secretName")).isTrue();
        assertThat(SecretObjectReferences.namesReference("tls.caSecretName")).isTrue();
        assertThat(SecretObjectReferences.namesReference("env[0].valueFrom.secretKeyRef.key")).isTrue();
        assertThat(SecretObjectReferences.namesReference("imagePullSecrets")).isTrue();
        assertThat(SecretObjectReferences.namesReference("global.imagePullSecrets[0].name")).isTrue();
        assertThat(SecretObjectReferences.namesReference("image.pullSecrets[0]")).isTrue();
        assertThat(SecretObjectReferences.namesReference("dbConfig.useExistingSecret.key")).isTrue();
        assertThat(SecretObjectReferences.namesReference("auth.existingSecret.passwordKey")).isTrue();
    }

    @Test
    void aChartsEmptyCollectionOfSecretsShouldBeNoBlankSecretButAFilledListShouldBeJudged() {
        Map<String, String> chart = Map.of("secrets", "", "databaseSecrets", "", "dbConfig.useExistingSecret.key", "",
                "dbConfig.password", "");

        assertThat(findings(chart, "secrets")).isEmpty();
        assertThat(findings(chart, "databaseSecrets")).isEmpty();
        assertThat(findings(chart, "dbConfig.useExistingSecret.key")).isEmpty();
        assertThat(findings(chart, "dbConfig.password")).extracting(Finding::code).contains("secrets.blank");
        assertThat(findings(Map.of("JWT_SECRETS", "changeme"), "JWT_SECRETS")).isNotEmpty();
    }

    @Test
    void namesReferenceWhenTheKeyHoldsTheSecretItselfShouldBeFalse() {
        assertThat(SecretObjectReferences.namesReference("harborAdminPassword")).isFalse();
        assertThat(SecretObjectReferences.namesReference("secretKey")).isFalse();
        assertThat(SecretObjectReferences.namesReference("registry.secret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("EXISTING_SECRETS_SALT.value")).isFalse();
        assertThat(SecretObjectReferences.namesReference("mysecretKeyRefresh")).isFalse();
        assertThat(SecretObjectReferences.namesReference("registry.pullSecretsToken")).isFalse();
    }

    @Test
    void checkWhenAChartNamesItsSecretsByReferenceShouldSayNothing() {
        Map<String, String> values = Map.of("existingSecretAdminPasswordKey", "HARBOR_ADMIN_PASSWORD",
                "existingSecretSecretKey", "", "jobservice.existingSecretKey", "JOBSERVICE_SECRET");

        assertThat(findings(values, "existingSecretAdminPasswordKey")).isEmpty();
        assertThat(findings(values, "existingSecretSecretKey")).isEmpty();
        assertThat(findings(values, "jobservice.existingSecretKey")).isEmpty();
    }

    @Test
    void checkWhenABlankSecretHasAnExistingSecretBesideItShouldLeaveItToTheChart() {
        assertThat(findings(Map.of("jobservice.secret", "", "jobservice.existingSecret", ""), "jobservice.secret"))
                .isEmpty();
        assertThat(findings(Map.of("auth.password", "", "auth.existingSecret", "db-auth"), "auth.password"))
                .isEmpty();
    }

    @Test
    void checkWhenTheSecretBesideAnExistingSecretIsWeakOrHasNoSuchSiblingShouldStillReportIt() {
        assertThat(findings(Map.of("auth.password", "password", "auth.existingSecret", ""), "auth.password"))
                .extracting(Finding::code).isNotEmpty();
        assertThat(findings(Map.of("jobservice.secret", "", "registry.existingSecret", ""), "jobservice.secret"))
                .extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void namesReferenceWhenTheKeyNamesTheKeyInsideASecretOrACertificatesSecretShouldBeTrue() {
        assertThat(SecretObjectReferences.namesReference("postgresql.auth.secretKeys.userPasswordKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("gitea.admin.passwordKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("s3.auth.rootUserSecretKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("s3.auth.rootPasswordSecretKey")).isTrue();
        assertThat(SecretObjectReferences.namesReference("zitadel.dbSslCaCrtSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("ingress.tlsSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("certSecret")).isTrue();
    }

    @Test
    void namesReferenceWhenASecretKeyOrSecretHoldsTheSecretItselfShouldStayFalse() {
        assertThat(SecretObjectReferences.namesReference("jwtSecretKey")).isFalse();
        assertThat(SecretObjectReferences.namesReference("minio.s3SecretKey")).isFalse();
        assertThat(SecretObjectReferences.namesReference("DB_PASSWORD_KEY")).isFalse();
        assertThat(SecretObjectReferences.namesReference("oauth.clientSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("webhookSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("apiKey")).isFalse();
    }

    @Test
    void namesReferenceWhenOneHolderWordOrAcronymPrecedesSecretShouldBeTrueAndAPurposeWordShouldStayFalse() {
        assertThat(SecretObjectReferences.namesReference("ingress.rootCASecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("gateway.ingressTLSSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("db.CaSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("cloudFront.privateKeySecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("tls.certificatesSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("extraEnvVarsSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("grafana.envFromSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("primary.initdbScriptsSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("app.JWTSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("app.envSecretValue")).isFalse();
        assertThat(SecretObjectReferences.namesReference("replicaSecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("app.publicKeySecret")).isFalse();
        assertThat(SecretObjectReferences.namesReference("cookieSecret")).isFalse();
    }

    @Test
    void checkWhenAChartMapsKeysOfItsExistingSecretShouldSayNothingButJudgeASecretBesideIt() {
        Map<String, String> values = Map.of("secrets.existingSecret", "edgequota-redis-creds",
                "secrets.existingSecretMappings[0].envVar", "EDGEQUOTA_REDIS_PASSWORD",
                "secrets.existingSecretMappings[0].key", "redis-password", "auth.existingSecretKeys.password",
                "db-password", "secrets.redis.password", "redis-password");

        assertThat(findings(values, "secrets.existingSecretMappings[0].key")).isEmpty();
        assertThat(findings(values, "auth.existingSecretKeys.password")).isEmpty();
        assertThat(findings(values, "secrets.redis.password")).isNotEmpty();
        assertThat(SecretObjectReferences.namesReference("app.existingSecretive.password")).isFalse();
    }

    @Test
    void checkWhenAControllerAnnotationNamesASecretOrAVaultPathShouldSayNothingButJudgeAnotherDomain() {
        Map<String, String> values = Map.of("podAnnotations[vault.hashicorp.com/agent-inject-secret-db]",
                "database/creds/app", "ingress.annotations[nginx.ingress.kubernetes.io/auth-secret]", "basic-auth",
                "podAnnotations[example.com/api-token]", "changeme");

        assertThat(findings(values, "podAnnotations[vault.hashicorp.com/agent-inject-secret-db]")).isEmpty();
        assertThat(findings(values, "ingress.annotations[nginx.ingress.kubernetes.io/auth-secret]")).isEmpty();
        assertThat(findings(values, "podAnnotations[example.com/api-token]")).isNotEmpty();
        assertThat(SecretObjectReferences.namesReference("annotations[notkubernetes.io/secret]")).isFalse();
    }

    @Test
    void checkWhenASelectorEndingInSecretRefNamesASecretShouldSayNothingButJudgeTheTokenItself() {
        Map<String, String> values = Map.of("solvers[0].dns01.cloudflare.apiTokenSecretRef.key", "token",
                "solvers[0].dns01.cloudflare.apiTokenSecretRef.name", "cloudflare-api-token",
                "config.tokenSecretRef.key", "token", "cloudflare.apiToken", "token");

        assertThat(findings(values, "solvers[0].dns01.cloudflare.apiTokenSecretRef.key")).isEmpty();
        assertThat(findings(values, "solvers[0].dns01.cloudflare.apiTokenSecretRef.name")).isEmpty();
        assertThat(findings(values, "config.tokenSecretRef.key")).isEmpty();
        assertThat(findings(values, "cloudflare.apiToken")).isNotEmpty();
    }

    @Test
    void checkWhenAChartNamesKeysInsideItsSecretsShouldSayNothingButJudgeTheSecretKeyBesideThem() {
        Map<String, String> values = Map.of("postgresql.auth.secretKeys.userPasswordKey", "postgresql-password",
                "s3.auth.rootPasswordSecretKey", "s3-password", "zitadel.dbSslUserCrtSecret", "zitadel-cert",
                "s3.auth.secretKey", "minio-secret-key");

        assertThat(findings(values, "postgresql.auth.secretKeys.userPasswordKey")).isEmpty();
        assertThat(findings(values, "s3.auth.rootPasswordSecretKey")).isEmpty();
        assertThat(findings(values, "zitadel.dbSslUserCrtSecret")).isEmpty();
        assertThat(findings(values, "s3.auth.secretKey")).isNotEmpty();
    }

    @Test
    void checkWhenASecretKeyHoldsAKubernetesSecretsNameShouldSayNothingButJudgeASecretWrittenAsWords() {
        assertThat(findings(Map.of("db.secret", "postgres-credentials"), "db.secret")).isEmpty();
        assertThat(findings(Map.of("tls.secret", "api-gateway-tls"), "tls.secret")).isEmpty();
        assertThat(findings(Map.of("db.secret", "citus-roles-secrets"), "db.secret")).isEmpty();
        assertThat(findings(Map.of("jwt.secret", "my-secret"), "jwt.secret")).isNotEmpty();
        assertThat(findings(Map.of("db.password", "postgres-credentials"), "db.password")).isNotEmpty();
        assertThat(findings(Map.of("app.secret", "Prod-Creds"), "app.secret")).isNotEmpty();
    }

    @Test
    void checkWhenAnExistingSecretOneLevelUpOffersABlankSecretShouldLeaveItToTheChart() {
        Map<String, String> chart = Map.of("mastodon.secrets.existingSecret", "", "mastodon.secrets.vapid.private_key",
                "", "redis.auth.password", "");

        assertThat(findings(chart, "mastodon.secrets.vapid.private_key")).isEmpty();
        assertThat(findings(chart, "redis.auth.password")).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(findings(Map.of("a.existingSecret", "", "a.b.c.d.password", ""), "a.b.c.d.password"))
                .extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void namesReferenceWhenAChartNamesTheSecretThatKeepsACredentialShouldBeTrue() {
        assertThat(SecretObjectReferences.namesReference("smtp.passwordSecret.key")).isTrue();
        assertThat(SecretObjectReferences.namesReference("smtp.passwordSecret.name")).isTrue();
        assertThat(SecretObjectReferences.namesReference("rabbitmq.auth.existingErlangSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("redis.auth.usersExistingSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("s3.allInOne.s3.existingConfigSecret")).isTrue();
        assertThat(SecretObjectReferences.namesReference("app.existingSecrets.db")).isTrue();
        assertThat(SecretObjectReferences.namesReference("sealedSecrets.encryptedData.password")).isTrue();
        assertThat(SecretObjectReferences.locatesSecret("externalSecrets.data[0].secretKey")).isTrue();
    }

    @Test
    void namesReferenceWhenTheKeyUnderASecretHoldsTheSecretShouldStayFalse() {
        assertThat(SecretObjectReferences.namesReference("jwt.secret.key")).isFalse();
        assertThat(SecretObjectReferences.namesReference("app.secret.name")).isFalse();
        assertThat(SecretObjectReferences.namesReference("webhookSecret.key")).isFalse();
        assertThat(SecretObjectReferences.locatesSecret("minio.secretKey")).isFalse();
    }

    @Test
    void checkWhenTheExistingSecretSitsInTheSubsectionTheKeyNamesShouldLeaveTheBlankPasswordToTheChart() {
        assertThat(findings(Map.of("grafana.adminPassword", "", "grafana.admin.existingSecret", "grafana-admin"),
                "grafana.adminPassword")).isEmpty();
        assertThat(findings(Map.of("grafana.adminPassword", "", "grafana.smtp.existingSecret", "smtp"),
                "grafana.adminPassword")).extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void checkWhenKamalListsTheVariablesThatCarryItsSecretsShouldSayNothingButJudgeWrittenSecrets() {
        assertThat(findings(Map.of("registry.password[0]", "KAMAL_REGISTRY_PASSWORD"), "registry.password[0]"))
                .isEmpty();
        assertThat(findings(Map.of("env.secret[0]", "RAILS_MASTER_KEY"), "env.secret[0]")).isEmpty();
        assertThat(findings(Map.of("accessories.db.env.secret[1]", "DB_PASSWORD:MAIN_DB_PASSWORD"),
                "accessories.db.env.secret[1]")).isEmpty();
        assertThat(findings(Map.of("registry.password", "KAMAL_REGISTRY_PASSWORD"), "registry.password"))
                .isNotEmpty();
        assertThat(findings(Map.of("env.secret[0]", "CHANGE_ME"), "env.secret[0]")).isNotEmpty();
        assertThat(findings(Map.of("env.secret[0]", "YOUR_API_KEY"), "env.secret[0]")).isNotEmpty();
        assertThat(findings(Map.of("registry.password[0]", "hunter2hunter2"), "registry.password[0]")).isNotEmpty();
        assertThat(findings(Map.of("api.tokens[0]", "RAILS_MASTER_KEY"), "api.tokens[0]")).isNotEmpty();
    }
}
