package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderedReferencesTests {

    private static List<Finding> findings(String text) {
        Settings settings = Settings.builder().properties("charts/app/values.yaml", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ .Values.global.environment.config.dina_db.db_password }}", "{{ $.Values.minio.secretKey }}",
            "{{- .Values.jwt.secret -}}", "{{ required \"set jwtSecret\" .Values.jwtSecret }}",
            "<%= ENV[\"game_service_DATABASE_PASSWORD\"] %>", "<%= ENV.fetch('SECRET_KEY_BASE') %>"})
    void isReferenceWhenATemplateReadsAFieldOrTheEnvironmentShouldBeTrue(String value) {
        assertThat(RenderedReferences.isReference(value)).isTrue();
        assertThat(EnvironmentReferences.effectiveValue(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{YOUR_ACCESS_TOKEN}}", "{{ api_token }}", "{{project_name}}", "{{ .Values.a }}{{ .Values.b }}",
            "<%= secret %>", "<% ENV['X'] %>", "{{ include \"name\" }}", "Bearer {{ .Values.token }}"})
    void isReferenceWhenTheTemplateAsksForAValueOrIsNotWholeShouldBeFalse(String value) {
        assertThat(RenderedReferences.isReference(value)).isFalse();
    }

    @Test
    void effectiveValueWhenTheReferenceGivesADefaultShouldBeTheDefault() {
        assertThat(EnvironmentReferences.effectiveValue("{{ .Values.db.password | default \"changeme\" }}"))
                .isEqualTo("changeme");
        assertThat(EnvironmentReferences.effectiveValue("<%= ENV.fetch(\"DB_PASSWORD\", \"password\") %>"))
                .isEqualTo("password");
        assertThat(EnvironmentReferences.effectiveValue("<%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>"))
                .isEqualTo("5");
    }

    @Test
    void checkWhenSecretsAreRenderedReferencesShouldPassAndJudgeOnlyTheirDefaultsAndAskingTemplates() {
        List<Finding> findings = findings("initdb.POSTGRES_PASSWORD={{ .Values.global.db.db_password }}\n"
                + "minio.MINIO_ROOT_PASSWORD={{ .Values.global.minio.secretKey }}\n"
                + "production.primary.password=<%= ENV[\"GAME_DATABASE_PASSWORD\"] %>\n"
                + "api.JWT_SECRET={{ .Values.jwt | default \"changeme\" }}\n"
                + "square.ACCESS_TOKEN={{YOUR_ACCESS_TOKEN}}\n");
        assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactlyInAnyOrder("secrets.placeholder api.JWT_SECRET",
                        "secrets.placeholder square.ACCESS_TOKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%env(DATABASE_PASSWORD)%", "%env(resolve:DATABASE_URL)%",
            "@Microsoft.KeyVault(SecretUri=https://prod-kv.vault.azure.net/secrets/DbPassword/)",
            "$__file{/run/secrets/grafana_admin}", "$__env{GF_ADMIN_PASSWORD}", "#{environment.MAIL_PASSWORD}",
            "projects/acme-prod/secrets/db-password/versions/latest", "$ENV{OSTRICH_DB_PASSWORD}",
            "$env{USER_PASSWORD}"})
    void isReferenceWhenThePlatformOrASecretStoreSuppliesTheValueShouldBeTrue(String value) {
        assertThat(RenderedReferences.isReference(value)).isTrue();
        assertThat(EnvironmentReferences.effectiveValue(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%env%", "%env(A)% and more", "@Microsoft.KeyVault", "$__file{a} $__file{b}",
            "#{", "projects/secrets", "p@ss#{word}", "$ENV{}", "$ENV{DB PASSWORD}", "$ENV{A}x", "$ENV{A} $ENV{B}",
            "pa$ENV{ss}"})
    void isReferenceWhenTheSyntaxIsOnlyMentionedShouldBeFalse(String value) {
        assertThat(RenderedReferences.isReference(value)).isFalse();
    }

    @Test
    void checkWhenSecretsComeFromStoreReferencesShouldPassButJudgeALiteralBesideThem() {
        List<Finding> findings = findings("database.password=%env(DATABASE_PASSWORD)%\n"
                + "db.password=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/DbPassword/)\n"
                + "grafana.password=$__file{/run/secrets/admin_password}\n"
                + "redis.password=${sm://redis-password}\n"
                + "pki.database.password=$ENV{PKI_DB_PASSWORD}\n"
                + "smtp.password=changeme\n");
        assertThat(findings).extracting(finding -> finding.code() + " " + finding.subject())
                .containsExactly("secrets.placeholder smtp.password");
    }
}
