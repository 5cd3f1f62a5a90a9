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
}
