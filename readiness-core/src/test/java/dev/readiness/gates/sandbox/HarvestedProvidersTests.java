package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The providers of the catalog section "more providers (harvest of 2026-12-02)", measured on both sides: each
 * documented test host or test prefix is reported in production and names the provider; each documented production
 * host or live prefix (or, where none is documented, the provider's ordinary production address) stays clean.
 */
class HarvestedProvidersTests {

    static final ProviderCatalog CATALOG = ProviderCatalog.builtIn();
    private static final SandboxGate GATE = new SandboxGate(CATALOG);
    static final String BODY = "Kw4aC0rZVgLZQn209NbEKPuXLzBD28Zx";

    private static Outcome check(Stage stage, Map<String, String> settings) {
        return GATE.check(GateContext.of(stage, Settings.of(settings)));
    }

    static Outcome production(String key, String value) {
        return check(Stage.PRODUCTION, Map.of(key, value));
    }

    static Arguments host(String provider, String key, String url) {
        return Arguments.of(provider, key, url, "sandbox.provider-host");
    }

    static Arguments credential(String provider, String key, String value) {
        return Arguments.of(provider, key, value, "sandbox.test-credential");
    }

    static Stream<Arguments> documentedTestSides() {
        return Stream.of(
                host("iyzico", "IYZICO_BASE_URL", "https://sandbox-api.iyzipay.com"),
                credential("iyzico", "IYZICO_API_KEY", "sandbox-" + BODY),
                credential("moyasar", "MOYASAR_SECRET_KEY", "sk_test_" + BODY),
                credential("tap-payments", "TAP_SECRET_KEY", "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"),
                credential("paymongo", "PAYMONGO_SECRET_KEY", "sk_test_" + BODY),
                credential("chapa", "CHAPA_PUBLIC_KEY", "CHAPUBK_TEST-" + BODY),
                credential("culqi", "CULQI_PUBLIC_KEY", "pk_test_" + BODY),
                credential("fintoc", "FINTOC_SECRET_KEY", "sk_test_" + BODY),
                credential("walletconnect-pay", "WALLETCONNECT_PAY_API_KEY", "wcp_test_" + BODY),
                credential("wompi", "WOMPI_PRIVATE_KEY", "prv_test_" + BODY),
                credential("wompi", "WOMPI_INTEGRITY_SECRET", "test_integrity_" + BODY),
                host("wompi", "WOMPI_API_URL", "https://sandbox.wompi.co/v1"),
                host("dlocal", "DLOCAL_API_URL", "https://sandbox.dlocal.com"),
                host("dlocal", "DLOCAL_MARKETPLACE_URL", "https://marketplace-api.dlocal-sbox.com"),
                host("alipay", "ALIPAY_GATEWAY_URL", "https://openapi-sandbox.dl.alipaydev.com/gateway.do"),
                host("alipay", "ALIPAY_SERVER_URL", "https://mapi.alipaydev.com/gateway.do"),
                host("airwallex", "AIRWALLEX_BASE_URL", "https://api-demo.airwallex.com"),
                host("revolut-business", "REVOLUT_API_URL", "https://sandbox-b2b.revolut.com/api/1.0"),
                host("moneris", "MONERIS_HOST", "esqa.moneris.com"),
                host("moneris", "MONERIS_GO_URL", "https://ippostest.moneris.com/v3/Terminal/"),
                host("payfast", "PAYFAST_URL", "https://sandbox.payfast.co.za/eng/process"),
                host("mangopay", "MANGOPAY_BASE_URL", "https://api.sandbox.mangopay.com"),
                host("oppwa", "HYPERPAY_URL", "https://eu-test.oppwa.com/v1"),
                host("easypay-pt", "EASYPAY_API_URL", "https://api.test.easypay.pt/2.0"),
                host("nexi-checkout", "NEXI_API_URL", "https://test.api.dibspayment.eu"),
                host("oderopay", "ODERO_API_URL", "https://sandbox-api-gateway.oderopay.com.tr"),
                host("rapyd", "RAPYD_API_URL", "https://sandboxapi.rapyd.net"),
                host("nexio", "NEXIO_API_URL", "https://api.nexiopaysandbox.com"),
                host("braspag", "BRASPAG_API_URL", "https://apisandbox.braspag.com.br/"),
                host("grailpay", "GRAILPAY_API_URL", "https://api-sandbox.grailpay.com/api/v3"),
                host("tarabut", "TARABUT_BASE_URL", "https://sandbox.payments.tarabutgateway.io/"),
                host("payjunction", "PAYJUNCTION_API_URL", "https://api.payjunctionlabs.com"),
                host("qfpay", "QFPAY_API_URL", "https://openapi-int.qfapi.com"),
                host("payrix", "PAYRIX_API_URL", "https://test-api.payrix.com"),
                host("sepay", "SEPAY_CHECKOUT_URL", "https://pay-sandbox.sepay.vn/v1/checkout/init"),
                host("tremendous", "TREMENDOUS_API_URL", "https://testflight.tremendous.com/api/v2"),
                credential("tremendous", "TREMENDOUS_API_KEY", "TEST_" + BODY),
                host("circle", "CIRCLE_API_BASE_URL", "https://api-sandbox.circle.com"),
                host("increase", "INCREASE_URL", "https://sandbox.increase.com"),
                host("unit-banking", "UNIT_API_URL", "https://api.s.unit.sh"),
                host("paynow-gg", "PAYNOW_API_URL", "https://api.canary.pn-builds.xyz"),
                host("alpaca", "APCA_API_BASE_URL", "https://paper-api.alpaca.markets"),
                host("oanda", "OANDA_API_URL", "https://api-fxpractice.oanda.com"),
                host("bybit", "BYBIT_API_URL", "https://api-demo.bybit.com"),
                host("binance", "BINANCE_API_URL", "https://testnet.binance.vision/api"),
                host("binance", "BINANCE_WS_URL", "wss://stream.testnet.binance.vision/ws"),
                host("kraken-futures", "KRAKEN_FUTURES_URL", "https://demo-futures.kraken.com/derivatives/api/v3"),
                host("deribit", "DERIBIT_URL", "https://test.deribit.com/api/v2"),
                host("gemini-exchange", "EXCHANGE_API_URL", "https://api.sandbox.gemini.com"),
                host("tastytrade", "TASTYTRADE_API_URL", "https://api.cert.tastyworks.com"),
                host("etrade", "ETRADE_BASE_URL", "https://apisb.etrade.com/v1"),
                host("fireblocks", "FIREBLOCKS_BASE_URL", "https://sandbox-api.fireblocks.io/v1"),
                host("avalara", "AVATAX_URL", "https://sandbox-rest.avatax.com"),
                host("taxjar", "TAXJAR_API_URL", "https://api.sandbox.taxjar.com"),
                host("quickbooks", "QBO_BASE_URL", "https://sandbox-quickbooks.api.intuit.com/v3/company"),
                host("docusign", "DOCUSIGN_OAUTH_BASE_URL", "https://account-d.docusign.com"),
                host("docusign", "DOCUSIGN_BASE_PATH", "https://demo.docusign.net/restapi"),
                host("checkr", "CHECKR_API_URL", "https://api.checkr-staging.com/v1"),
                host("deel", "DEEL_API_URL", "https://api-sandbox.demo.deel.com/rest/v2"),
                host("billit", "BILLIT_API_URL", "https://api.sandbox.billit.be"),
                credential("clerk", "CLERK_SECRET_KEY", "sk_test_" + BODY),
                host("clerk", "CLERK_FRONTEND_API_URL", "https://lasting-lizard-87.clerk.accounts.dev"),
                host("clerk", "CLERK_SIGN_IN_URL", "https://xxx.clerk.accounts.dev/sign-in"),
                credential("stytch", "STYTCH_PROJECT_ID", "project-test-6c20cd16-73d5-44f7-852c-9a7e7b2ccf62"),
                host("stytch", "STYTCH_API_URL", "https://test.stytch.com"),
                host("alloy", "ALLOY_API_URL", "https://sandbox.alloy.co"),
                host("postnl", "POSTNL_API_URL", "https://api-sandbox.postnl.nl"),
                host("lalamove", "LALAMOVE_BASE_URL", "https://rest.sandbox.lalamove.com"),
                host("delhivery", "DELHIVERY_BASE_URL", "https://staging-express.delhivery.com"),
                host("easyship", "EASYSHIP_API_URL", "https://public-api-sandbox.easyship.com"),
                credential("easyship", "EASYSHIP_API_TOKEN", "sand_" + BODY),
                host("montonio", "MONTONIO_SHIPPING_URL", "https://sandbox-shipping.montonio.com/api/v2"),
                host("melhor-envio", "MELHORENVIO_URL", "https://sandbox.melhorenvio.com.br"),
                host("budbee", "BUDBEE_API_URL", "https://api.staging.budbee.com"));
    }

    @ParameterizedTest(name = "{0}: {1}={2} -> {3}")
    @MethodSource("documentedTestSides")
    void documentedTestSideShouldBeReportedInProductionNamingTheProvider(String provider, String key, String value,
            String code) {
        assertReportedNamingTheProvider(provider, key, value, code);
    }

    /** The one NO-GO finding a documented test side must raise in production, naming its provider, never the value. */
    static void assertReportedNamingTheProvider(String provider, String key, String value, String code) {
        List<Finding> findings = production(key, value).findings();

        assertThat(findings).extracting(Finding::code).containsExactly(code);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.NO_GO);
        assertThat(findings.get(0).message()).contains(CATALOG.provider(provider).orElseThrow().name());
        assertThat(findings.get(0).message()).doesNotContain(BODY);
    }

    static Stream<Arguments> documentedLiveSides() {
        return Stream.of(
                Arguments.of("iyzico", "IYZICO_BASE_URL", "https://api.iyzipay.com"),
                Arguments.of("iyzico", "IYZICO_API_KEY", "afXhZPW0MQlE4dCUUlHcEopnMBgXnAZI"),
                Arguments.of("moyasar", "MOYASAR_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("tap-payments", "TAP_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("paymongo", "PAYMONGO_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("chapa", "CHAPA_PUBLIC_KEY", "CHAPUBK-" + BODY),
                Arguments.of("culqi", "CULQI_PUBLIC_KEY", "pk_live_" + BODY),
                Arguments.of("fintoc", "FINTOC_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("walletconnect-pay", "WALLETCONNECT_PAY_API_KEY", "wcp_live_" + BODY),
                Arguments.of("wompi", "WOMPI_PRIVATE_KEY", "prv_prod_" + BODY),
                Arguments.of("wompi", "WOMPI_INTEGRITY_SECRET", "prod_integrity_" + BODY),
                Arguments.of("wompi", "WOMPI_API_URL", "https://production.wompi.co/v1"),
                Arguments.of("dlocal", "DLOCAL_API_URL", "https://api.dlocal.com"),
                Arguments.of("alipay", "ALIPAY_GATEWAY_URL", "https://openapi.alipay.com/gateway.do"),
                Arguments.of("airwallex", "AIRWALLEX_BASE_URL", "https://api.airwallex.com"),
                Arguments.of("revolut-business", "REVOLUT_API_URL", "https://b2b.revolut.com/api/1.0"),
                Arguments.of("moneris", "MONERIS_HOST", "www3.moneris.com"),
                Arguments.of("payfast", "PAYFAST_URL", "https://www.payfast.co.za/eng/process"),
                Arguments.of("mangopay", "MANGOPAY_BASE_URL", "https://api.mangopay.com"),
                Arguments.of("oppwa", "HYPERPAY_URL", "https://eu-prod.oppwa.com/v1"),
                Arguments.of("easypay-pt", "EASYPAY_API_URL", "https://api.prod.easypay.pt/2.0"),
                Arguments.of("nexi-checkout", "NEXI_API_URL", "https://api.dibspayment.eu"),
                Arguments.of("oderopay", "ODERO_API_URL", "https://api-gateway.oderopay.com.tr"),
                Arguments.of("rapyd", "RAPYD_API_URL", "https://api.rapyd.net"),
                Arguments.of("nexio", "NEXIO_API_URL", "https://api.nexiopay.com"),
                Arguments.of("braspag", "BRASPAG_API_URL", "https://api.braspag.com.br/"),
                Arguments.of("grailpay", "GRAILPAY_API_URL", "https://api.grailpay.com/api/v3"),
                Arguments.of("tarabut", "TARABUT_BASE_URL", "https://payments.tarabutgateway.io/"),
                Arguments.of("payjunction", "PAYJUNCTION_API_URL", "https://api.payjunction.com"),
                Arguments.of("qfpay", "QFPAY_API_URL", "https://openapi-hk.qfapi.com"),
                Arguments.of("payrix", "PAYRIX_API_URL", "https://api.payrix.com"),
                Arguments.of("sepay", "SEPAY_CHECKOUT_URL", "https://my.sepay.vn"),
                Arguments.of("tremendous", "TREMENDOUS_API_URL", "https://api.tremendous.com/api/v2"),
                Arguments.of("tremendous", "TREMENDOUS_API_KEY", "PROD_" + BODY),
                Arguments.of("circle", "CIRCLE_API_BASE_URL", "https://api.circle.com"),
                Arguments.of("increase", "INCREASE_URL", "https://api.increase.com"),
                Arguments.of("unit-banking", "UNIT_API_URL", "https://api.unit.co"),
                Arguments.of("paynow-gg", "PAYNOW_API_URL", "https://api.paynow.gg"),
                Arguments.of("alpaca", "APCA_API_BASE_URL", "https://api.alpaca.markets"),
                Arguments.of("alpaca", "APCA_DATA_URL", "https://data.alpaca.markets"),
                Arguments.of("oanda", "OANDA_API_URL", "https://api-fxtrade.oanda.com"),
                Arguments.of("bybit", "BYBIT_API_URL", "https://api.bybit.com"),
                Arguments.of("binance", "BINANCE_API_URL", "https://api.binance.com/api"),
                Arguments.of("kraken-futures", "KRAKEN_FUTURES_URL", "https://futures.kraken.com/derivatives/api/v3"),
                Arguments.of("deribit", "DERIBIT_URL", "https://www.deribit.com/api/v2"),
                Arguments.of("gemini-exchange", "EXCHANGE_API_URL", "https://api.gemini.com"),
                Arguments.of("tastytrade", "TASTYTRADE_API_URL", "https://api.tastyworks.com"),
                Arguments.of("etrade", "ETRADE_BASE_URL", "https://api.etrade.com/v1"),
                Arguments.of("fireblocks", "FIREBLOCKS_BASE_URL", "https://api.fireblocks.io/v1"),
                Arguments.of("avalara", "AVATAX_URL", "https://rest.avatax.com"),
                Arguments.of("taxjar", "TAXJAR_API_URL", "https://api.taxjar.com"),
                Arguments.of("quickbooks", "QBO_BASE_URL", "https://quickbooks.api.intuit.com/v3/company"),
                Arguments.of("docusign", "DOCUSIGN_BASE_PATH", "https://www.docusign.net/restapi"),
                Arguments.of("checkr", "CHECKR_API_URL", "https://api.checkr.com/v1"),
                Arguments.of("deel", "DEEL_API_URL", "https://api.letsdeel.com/rest/v2"),
                Arguments.of("billit", "BILLIT_API_URL", "https://api.billit.be"),
                Arguments.of("clerk", "CLERK_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("clerk", "CLERK_FRONTEND_API_URL", "https://clerk.acme-corp.io"),
                Arguments.of("stytch", "STYTCH_PROJECT_ID", "project-live-6c20cd16-73d5-44f7-852c-9a7e7b2ccf62"),
                Arguments.of("stytch", "STYTCH_API_URL", "https://api.stytch.com"),
                Arguments.of("alloy", "ALLOY_API_URL", "https://api.alloy.co"),
                Arguments.of("postnl", "POSTNL_API_URL", "https://api.postnl.nl"),
                Arguments.of("lalamove", "LALAMOVE_BASE_URL", "https://rest.lalamove.com"),
                Arguments.of("delhivery", "DELHIVERY_BASE_URL", "https://track.delhivery.com"),
                Arguments.of("easyship", "EASYSHIP_API_URL", "https://public-api.easyship.com"),
                Arguments.of("easyship", "EASYSHIP_API_TOKEN", "prod_" + BODY),
                Arguments.of("montonio", "MONTONIO_SHIPPING_URL", "https://shipping.montonio.com/api/v2"),
                Arguments.of("melhor-envio", "MELHORENVIO_URL", "https://www.melhorenvio.com.br"),
                Arguments.of("budbee", "BUDBEE_API_URL", "https://api.budbee.com"));
    }

    @ParameterizedTest(name = "{0}: {1}={2} stays GO")
    @MethodSource("documentedLiveSides")
    void documentedLiveSideShouldStayCleanInProduction(String provider, String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @Test
    void everyHarvestedProviderShouldBeInTheCatalogAndMeasuredOnBothSides() {
        Set<String> caught = ids(documentedTestSides());
        Set<String> clean = ids(documentedLiveSides());

        assertThat(caught).hasSizeGreaterThanOrEqualTo(60).isEqualTo(clean);
        assertThat(caught).allSatisfy(id -> assertThat(CATALOG.provider(id)).as(id).isPresent());
    }

    @Test
    void genericKeyWordsShouldNameTheProviderOnlyInTheirTwoWordForm() {
        assertThat(CATALOG.providersNamedBy(List.of("unit", "api", "token"))).extracting(Provider::id)
                .containsExactly("unit-banking");
        assertThat(CATALOG.providersNamedBy(List.of("unit", "test", "mode"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("auto", "increase", "env"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("circle", "sha1"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("gemini", "api", "key"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("tap", "env"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("tap", "secret", "key"))).extracting(Provider::id)
                .containsExactly("tap-payments");
        assertThat(CATALOG.providersNamedBy(List.of("alloy", "deploy", "mode"))).isEmpty();
    }

    @Test
    void aPrefixSeveralProvidersOrNoneCouldIssueShouldNameNoHarvestedProvider() {
        assertThat(production("GATEWAY_API_KEY", "sandbox-" + BODY).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("test-mode credential")
                        .doesNotContain("iyzico"));
        assertThat(production("API_TOKEN", "TEST_" + BODY).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("Tremendous"));
        assertThat(production("PAYMENT_SECRET_KEY", "sk_test_" + BODY).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("Moyasar").doesNotContain("Clerk")
                        .doesNotContain("Culqi"));
    }

    @Test
    void aHarvestedLivePaymentKeyOutsideProductionShouldWarnAndNameItsProvider() {
        Outcome staging = check(Stage.STAGING, Map.of("MOYASAR_SECRET_KEY", "sk_live_" + BODY));

        assertThat(staging.findings()).extracting(Finding::code)
                .containsExactly("sandbox.live-credential-outside-production");
        assertThat(staging.findings().get(0).message()).contains("Moyasar").doesNotContain(BODY);
        assertThat(check(Stage.STAGING, Map.of("WOMPI_API_URL", "https://sandbox.wompi.co/v1")).findings()).isEmpty();
    }

    @Test
    void aLiveKeyBesideTheSandboxHostOfTheSameProviderShouldBeInconsistent() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("WOMPI_PUBLIC_KEY", "pub_prod_" + BODY);
        settings.put("WOMPI_API_URL", "https://sandbox.wompi.co/v1");

        List<Finding> findings = check(Stage.PRODUCTION, settings).findings();

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.provider-host", "sandbox.inconsistent");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(1).subject()).isEqualTo("WOMPI_PUBLIC_KEY");
        assertThat(findings.get(1).message()).contains("Wompi");
    }

    @Test
    void aGrammarKeyUnderAKeyNamingOneProviderShouldNameItAndCountAsItsTestSide() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("IYZICO_API_KEY", "sandbox-" + BODY);
        settings.put("IYZICO_BASE_URL", "https://api.iyzipay.com");

        List<Finding> findings = check(Stage.PRODUCTION, settings).findings();

        assertThat(findings).extracting(Finding::code).containsExactly("sandbox.test-credential", "sandbox.inconsistent");
        assertThat(findings.get(0).message()).contains("iyzico test-mode credential").doesNotContain(BODY);
        assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(1).subject()).isEqualTo("IYZICO_BASE_URL");
        assertThat(production("ORANGE_MOMO_SECRET", "sandbox-" + BODY).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).doesNotContain("Orange").doesNotContain("MTN"));
    }

    static Set<String> ids(Stream<Arguments> rows) {
        Set<String> ids = new TreeSet<>();
        rows.forEach(row -> ids.add((String) row.get()[0]));
        return ids;
    }
}
