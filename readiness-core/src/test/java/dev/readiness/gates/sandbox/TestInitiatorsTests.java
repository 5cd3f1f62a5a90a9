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

class TestInitiatorsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String key, String value) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MPESA_INITIATOR_NAME|testapi",
        "mpesa.initiator.name|testapi",
        "InitiatorName|testB2cAPI",
        "DARAJA_B2C_INITIATOR|TestApi2"})
    void anInitiatorNamedAsTheSandboxsShouldBeATestCredential(String key, String value) {
        List<Finding> findings = production(key, value);

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.test-credential");
        assertThat(findings.get(0).message()).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MPESA_INITIATOR_NAME|acme_ops",
        "MPESA_INITIATOR_NAME|tester.ops@acme",
        "MPESA_INITIATOR_PASSWORD|testapi",
        "API_USER_NAME|testapi",
        "WORKFLOW_INITIATOR|production"})
    void anInitiatorOfTheBusinessOrATestWordUnderAnotherKeyShouldStayClean(String key, String value) {
        assertThat(production(key, value)).extracting(Finding::code).doesNotContain("sandbox.test-credential");
    }
}
