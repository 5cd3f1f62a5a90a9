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

class ModeSwitchRuleTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String key, String value) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paypal.sandBox", "payments.Sand_Box", "GATEWAY_SANDBOX", "shop.useSandBox",
        "acme.sandBoxMode", "acme.isSandBox", "courier.testMode"})
    void aSandboxSwitchIsReadWhateverItsCaseOrSeparators(String key) {
        assertThat(production(key, "true")).extracting(Finding::code).containsExactly("sandbox.test-mode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "paypal.sandBox|false",
        "contest.enabled|true",
        "app.latest|true",
        "devices.box|true",
        "sand.box.size|true"})
    void offSwitchesAndWordsThatOnlyContainTheModeWordAreClean(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"allow_sandbox_account_creation", "allow_sandbox_data_import", "ENABLE_SANDBOX_PAYMENTS",
        "shop.sandbox-orders.enabled", "payments.use.test.mode.refunds", "acme.allowSandboxUsers"})
    void aSwitchThatTurnsASandboxFeatureOnIsTestMode(String key) {
        assertThat(production(key, "true")).extracting(Finding::code).containsExactly("sandbox.test-mode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "allow_sandbox_account_creation|false",
        "allow_sandbox_data_import|0",
        "sandbox_account_name|true",
        "enable_sandbox_for_untrusted_code|true",
        "chrome.enable.sandbox.flags|true",
        "ALLOW_SANDBOX_ESCAPE|true",
        "enable_iframe_sandbox_attributes|true",
        "allow_contest_entries|true",
        "enable_latest_mode_ui|true",
        "enable_test_on_borrow|true"})
    void anOffSandboxFeatureAnIsolatingSandboxAndWordsThatOnlyContainTheModeWordAreClean(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BILLING_PLAN_ENV|dev",
        "PAYMENT_ENVIRONMENT|uat",
        "checkout.mode|staging",
        "MERCHANT_ENV|local",
        "SUBSCRIPTION_MODE|preprod",
        "RUN_MODE|test",
        "worker.environment|testing"})
    void aPaymentKeysDevelopmentValueAndATestValueOfAnyModeKeyAreTestMode(String key, String value) {
        assertThat(production(key, value)).extracting(Finding::code).containsExactly("sandbox.test-mode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BILLING_PLAN_ENV|production",
        "PAYMENT_MODE|live",
        "CACHE_MODE|local",
        "LOG_MODE|local",
        "app.cache.mode|local",
        "NODE_ENV|production",
        "DEPLOY_ENVIRONMENT|staging",
        "LATEST_MODE|test-drive",
        "TZ|UTC"})
    void liveValuesAndDevelopmentValuesOfOrdinaryModeKeysAreClean(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aFrameworksOwnSwitchOnLocalIsNoTestModeButItsDevelopmentMode() {
        // thirty-second pass: APP_ENV=local was clean; the framework then runs in development mode in production
        assertThat(production("APP_ENV", "local")).extracting(Finding::code)
                .containsExactly("sandbox.development-mode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AMADEUS_HOSTNAME|test",
        "amadeus.hostname|TEST",
        "SABRE_SERVER|cert",
        "PAYPAL_HOST|sandbox",
        "DUFFEL_HOST|staging",
        "NETSUITE_SERVER|uat",
        "ZOHO_HOST|dev"})
    void anEnvironmentWordAsTheHostOrServerOfACatalogProviderIsTestMode(String key, String value) {
        List<Finding> findings = production(key, value);

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.test-mode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AMADEUS_HOSTNAME|production",
        "AMADEUS_HOSTNAME|live",
        "SABRE_SERVER|prod",
        "SMTP_HOST|test",
        "REDIS_HOST|staging",
        "MAIL_SERVER|dev",
        "CONTEST_HOST|test",
        "LATEST_SERVER|uat",
        "AMADEUS_HOSTNAME|contest",
        "AMADEUS_HOSTNAME|latest"})
    void liveWordsHostsOfNoProviderAndWordsThatOnlyContainTheModeWordAreClean(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }
}
