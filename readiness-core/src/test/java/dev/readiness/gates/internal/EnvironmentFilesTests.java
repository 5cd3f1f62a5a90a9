package dev.readiness.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import dev.readiness.settings.Setting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentFilesTests {

    private static Setting from(String file) {
        Settings settings = Settings.builder().properties(file, "a=b\n").build();
        return settings.get("a").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/application-prod.properties", "config/.env.production",
        "deploy/prod.env", "appsettings.Production.json", "application-live.yml", "application-prd-example.properties"})
    void aFileNamedForProductionIsProductions(String file) {
        assertThat(EnvironmentFiles.production(from(file))).isNotNull();
        assertThat(EnvironmentFiles.deployed(from(file))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/application.properties", "application-prod-local.yml",
        "config/.env", "product.env", "delivery.properties", "application-test-prod.properties"})
    void aFileThatDoesNotSayProductionOnlyIsNot(String file) {
        assertThat(EnvironmentFiles.production(from(file))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {".env.staging", "application-stage.properties", "appsettings.Staging.json",
        "application-uat.yml"})
    void aStagingFileIsDeployedButNotProductions(String file) {
        assertThat(EnvironmentFiles.deployed(from(file))).isNotNull();
        assertThat(EnvironmentFiles.production(from(file))).isNull();
    }
}
