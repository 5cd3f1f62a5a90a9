package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chart's map from environment variables to keys inside Secret objects ({@code namespace_secrets}) holds key names,
 * not secrets or database names; a plain secrets section still holds values.
 */
class SecretKeyMapsTests {

    @ParameterizedTest
    @ValueSource(strings = {"generic-service.namespace_secrets.rds-instance-output.DB_PASS",
            "generic-service.postgresDatabaseRestore.namespace_secrets.rds-instance-output-preprod.DB_PASS_PREPROD",
            "namespaceSecrets.app-secrets.NOTIFY_APIKEY", "envSecrets.api.JWT_SECRET"})
    void anEnvironmentVariableMappedToAKeyInsideASecretShouldBeAReference(String key) {
        assertThat(SecretKeyMaps.mapsVariableToSecretKey(key)).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"secrets.postgres.password", "secrets.app.JWT_SECRET", "namespace_secrets.DB_PASS",
            "namespace_secrets.app.db_pass", "generic-service.env.DB_PASS", "namespace.secrets.app.DB_PASS"})
    void aSecretsSectionHoldingValuesShouldStayJudged(String key) {
        assertThat(SecretKeyMaps.mapsVariableToSecretKey(key)).as(key).isFalse();
    }

    @Test
    void keyNamesInsideTheMapShouldRaiseNoFinding() {
        assertThat(GateCodes.of(Map.of(
                "generic-service.namespace_secrets.rds-instance-output.DB_NAME", "database_name",
                "generic-service.namespace_secrets.rds-instance-output.DB_PASS", "database_password",
                "generic-service.namespace_secrets.rds-instance-output.DB_HOST", "rds_instance_address",
                "generic-service.namespace_secrets.api.NOTIFY_APIKEY", "NOTIFY_APIKEY"))).isEmpty();
    }

    @Test
    void theSameValuesAsEnvironmentShouldStillBeTemplates() {
        assertThat(GateCodes.of(Map.of("DB_NAME", "database_name", "DB_PASS", "database_password")))
                .contains("database.template-name", "secrets.placeholder");
    }
}
