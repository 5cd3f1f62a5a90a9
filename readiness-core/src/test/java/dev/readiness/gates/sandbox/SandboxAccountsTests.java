package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxAccountsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String key, String value) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NETSUITE_ACCOUNT_ID|1234567_SB1",
        "netsuite.realm|1234567_SB2",
        "NETSUITE_ACCOUNT|1234567-sb1",
        "NETSUITE_COMPANY_ID|1234567-SB3",
        "AUTH0_TENANT|acme_SANDBOX"})
    void aProvidersAccountIdWithASandboxSegmentShouldBeTestMode(String key, String value) {
        List<Finding> findings = production(key, value);

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.test-mode");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(findings.get(0).message()).doesNotContain(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NETSUITE_ACCOUNT_ID|1234567",
        "NETSUITE_ACCOUNT_ID|1234567_RP",
        "NETSUITE_ACCOUNT_ID|acme-sbx-team",
        "NETSUITE_ACCOUNT_ID|1234567_sbt",
        "ACCOUNT_ID|1234567_SB1",
        "TENANT_ID|acme_sandbox",
        "GITHUB_ORG|acme-sandbox",
        "SLACK_ORGANIZATION_ID|acme_sb1",
        "NETSUITE_SCRIPT_ID|customscript_sb1",
        "NETSUITE_ACCOUNT_ID|sb_SB1"})
    void ordinaryIdsIdsOfNoProviderAndKeysThatNameNoAccountShouldStayClean(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @Test
    void aSandboxAccountsHostOfAProviderShouldBeItsSandboxHostAndTheProductionAccountsHostClean() {
        List<Finding> sandbox = production("NETSUITE_URL", "https://1234567-sb1.suitetalk.api.netsuite.com");

        assertThat(sandbox).extracting(Finding::code).containsExactly("sandbox.provider-host");
        assertThat(sandbox.get(0).message()).contains("NetSuite");
        assertThat(production("NETSUITE_URL", "https://1234567.suitetalk.api.netsuite.com")).isEmpty();
        assertThat(production("NETSUITE_URL", "https://1234567-sb1x.suitetalk.api.netsuite.com")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567_SB1", "1234567-sb12", "acme_SANDBOX", "acme-sandbox"})
    void theSandboxSegmentIsReadAfterADashOrAnUnderscore(String id) {
        assertThat(SandboxAccounts.sandboxSegmentStart(id)).isEqualTo(Math.max(id.lastIndexOf('-'), id.lastIndexOf('_')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "sb1", "ab_sb1", "acme_sb", "acme-sbox", "acme.sb1", "latest", "contest-sb"})
    void idsWithoutASandboxSegmentAreNotRead(String id) {
        assertThat(SandboxAccounts.sandboxSegmentStart(id)).isEqualTo(-1);
    }
}
