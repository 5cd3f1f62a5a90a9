package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-seventh pass (newcomer, seed 002: rappit's GATE-004, "OAuth test controllers disabled in production build",
 * with the stubs "OK for staging"). {@code OAUTH_TEST_ENDPOINTS_ENABLED=true} and {@code OAUTH_STUBS_ENABLED=true}
 * raised nothing in production, where {@code MOCK_AUTH=true} is a NO-GO: a switch that turns on routes written for
 * tests, or a stub in place of a real component, is now {@code sandbox.test-mode} in production and nothing in
 * staging, as the checklist allows there. A stub is read only as what a switch turns on, since stubs are also
 * ordinary production software (systemd-resolved's stub listener, a gRPC client stub).
 */
class FortySeventhPassNewcomerTestRoutesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> findings(Stage stage, String key, String value) {
        return GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "OAUTH_TEST_ENDPOINTS_ENABLED, true",
            "rappit.oauth.test-endpoints-enabled, true",
            "ENABLE_TEST_ROUTES, 1",
            "TEST_CONTROLLERS_ENABLED, yes",
            "app.test-controller.enabled, on",
            "EXPOSE_TEST_ENDPOINTS, TRUE"})
    void aSwitchOfTestRoutesIsANoGoInProductionOnly(String key, String value) {
        assertThat(findings(Stage.PRODUCTION, key, value)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.test-mode");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.subject()).isEqualTo(key);
            assertThat(finding.message()).contains(key, "endpoints written for tests");
            assertThat(finding.remediation()).contains("Switch it off (false)", "staging");
        });
        assertThat(findings(Stage.STAGING, key, value)).isEmpty();
        assertThat(findings(Stage.DEVELOPMENT, key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "OAUTH_STUBS_ENABLED, true",
            "RAPPIT_OAUTH_STUB_MODE, true",
            "app.eis.stub-mode, true",
            "USE_STUBS, 1",
            "carriers.stubbed.active, yes"})
    void aStubSwitchedOnIsANoGoInProduction(String key, String value) {
        assertThat(findings(Stage.PRODUCTION, key, value)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.test-mode");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains(key, "mock, fake or stub");
        });
        assertThat(findings(Stage.STAGING, key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "OAUTH_TEST_ENDPOINTS_ENABLED, false",
            "ENABLE_TEST_ROUTES, 0",
            "app.eis.stub-mode, false",
            "OAUTH_STUBS_ENABLED, no",
            "DNSStubListener, yes",
            "grpc.stub.enabled-methods, true",
            "STUB_RESOLVER, true",
            "TEST_API_ENABLED, true",
            "OED_DB_TEST_DATABASE, true",
            "ENDPOINTS_TEST_ENABLED, true",
            "HEALTH_ENDPOINT_ENABLED, true",
            "TEST_ENDPOINT_URL, https://api.rappit.com/test"})
    void switchedOffOtherStubsAndOtherKeysStayClean(String key, String value) {
        assertThat(findings(Stage.PRODUCTION, key, value)).isEmpty();
    }
}
