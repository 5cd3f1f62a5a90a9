package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compose and cluster service names of local emulators, by grammar rather than by list: {@code local} or
 * {@code emulator} as a dash or underscore part beside a product name, or glued after one; ordinary service names
 * that merely contain the letters stay clean.
 */
class EmulatorServiceNamesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String key, String value) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "AWS_DYNAMODB_ENDPOINT_URL, http://dynamodblocal:8000",
            "DYNAMODB_ENDPOINT_URL, http://dynamodb_local:8000",
            "DYNAMODB_ENDPOINT, http://local-dynamodb:8000",
            "PUBSUB_ENDPOINT, http://pubsub_emulator:8085",
            "SPANNER_ENDPOINT, http://spanneremulator:9010",
            "S3_ENDPOINT, http://s3-local:9000",
            "STORAGE_ENDPOINT, http://blob-fake:10000",
            "S3_ENDPOINT, http://emulators-s3.ci.internal:4566"})
    void aServiceNamedAsALocalEmulatorShouldBeFlagged(String key, String url) {
        assertThat(production(key, url)).extracting(Finding::code).contains("sandbox.emulator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localization", "localdb", "vocal", "locale-service", "glocal", "emulator", "local",
            "dynamodb", "orders-db", "payments_api", "hammock", "nonlocal", "fakery", "emulation"})
    void ordinaryServiceNamesShouldNotBeEmulators(String host) {
        assertThat(HostNames.standInService(host)).as(host).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aMockServiceStaysTheSandboxWordItIs() {
        assertThat(production("PAYMENTS_URL", "http://payments-mock:8080")).extracting(Finding::code)
                .containsExactly("sandbox.host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localization:8080", "http://catalog-api:8080", "https://dynamodb.eu-west-1.amazonaws.com"})
    void productionAndServiceEndpointsShouldNotBeEmulators(String url) {
        assertThat(production("SERVICE_ENDPOINT", url)).extracting(Finding::code).doesNotContain("sandbox.emulator");
    }
}
