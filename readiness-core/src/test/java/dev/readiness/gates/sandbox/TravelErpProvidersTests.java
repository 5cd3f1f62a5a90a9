package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.HarvestedProvidersTests.BODY;
import static dev.readiness.gates.sandbox.HarvestedProvidersTests.CATALOG;
import static dev.readiness.gates.sandbox.HarvestedProvidersTests.credential;
import static dev.readiness.gates.sandbox.HarvestedProvidersTests.host;
import static dev.readiness.gates.sandbox.HarvestedProvidersTests.ids;
import static dev.readiness.gates.sandbox.HarvestedProvidersTests.production;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The travel, ERP and CRM providers of session 9 (Amadeus, Sabre, Travelport, Expedia Rapid, Duffel, NetSuite, Zoho)
 * and the sandbox hosts and documented test values added to providers already in the catalog (Salesforce, PayU,
 * Flutterwave, Authorize.net, Checkout.com, M-Pesa), measured on both sides: each documented test side is reported in
 * production and names the provider, each documented live side stays clean.
 */
class TravelErpProvidersTests {

    private static Arguments value(String provider, String key, String value) {
        return Arguments.of(provider, key, value, "sandbox.test-credential");
    }

    static Stream<Arguments> documentedTestSides() {
        return Stream.of(
                host("amadeus", "AMADEUS_API_BASE", "https://test.api.amadeus.com/v2"),
                host("sabre", "SABRE_REST_URL", "https://api.cert.platform.sabre.com"),
                host("travelport", "TRAVELPORT_AUTH_URL", "https://auth.pp.travelport.net/oauth/token"),
                host("travelport", "TRAVELPORT_UAPI_URL",
                        "https://americas.universal-api.pp.travelport.com/B2BGateway/connect/uAPI/AirService"),
                host("expedia-rapid", "EXPEDIA_RAPID_URL", "https://test.ean.com/v3"),
                credential("duffel", "DUFFEL_ACCESS_TOKEN", "duffel_test_" + BODY),
                host("netsuite", "NETSUITE_REST_URL", "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest"),
                host("zoho", "ZOHO_API_DOMAIN", "https://sandbox.zohoapis.com/crm/v6"),
                host("salesforce", "SALESFORCE_LIGHTNING_URL", "https://acme--uat.sandbox.lightning.force.com"),
                host("payu", "PAYU_API_URL", "https://sandbox.api.payulatam.com/payments-api/4.0/service.cgi"),
                host("payu", "PAYU_BASE_URL", "https://test.payu.in/_payment"),
                host("flutterwave", "FLUTTERWAVE_BASE_URL", "https://developersandbox-api.flutterwave.com"),
                value("mpesa", "MPESA_SHORTCODE", "174379"),
                value("payu", "PAYU_MERCHANT_ID", "508029"),
                value("payu", "PAYU_API_LOGIN", "pRRXKOl8ikMmt9u"),
                value("authorize-net", "AUTHORIZE_NET_LOGIN_ID", "5KP3u95bQpv"),
                value("authorize-net", "PAYMENT_CARD_NUMBER", "5424000000000015"),
                value("checkout-com", "CHECKOUT_TEST_CARD", "4543474002249996"),
                value("flutterwave", "CARD_NUMBER", "5531886652142950"));
    }

    @ParameterizedTest(name = "{0}: {1}={2} -> {3}")
    @MethodSource("documentedTestSides")
    void documentedTestSideShouldBeReportedInProductionNamingTheProvider(String provider, String key, String value,
            String code) {
        HarvestedProvidersTests.assertReportedNamingTheProvider(provider, key, value, code);
    }

    static Stream<Arguments> documentedLiveSides() {
        return Stream.of(
                Arguments.of("amadeus", "AMADEUS_API_BASE", "https://api.amadeus.com/v2"),
                Arguments.of("sabre", "SABRE_REST_URL", "https://api.platform.sabre.com"),
                Arguments.of("travelport", "TRAVELPORT_AUTH_URL", "https://auth.travelport.net/oauth/token"),
                Arguments.of("travelport", "TRAVELPORT_UAPI_URL",
                        "https://americas.universal-api.travelport.com/B2BGateway/connect/uAPI/AirService"),
                Arguments.of("expedia-rapid", "EXPEDIA_RAPID_URL", "https://api.ean.com/v3"),
                Arguments.of("duffel", "DUFFEL_ACCESS_TOKEN", "duffel_live_" + BODY),
                Arguments.of("netsuite", "NETSUITE_REST_URL", "https://1234567.suitetalk.api.netsuite.com/services/rest"),
                Arguments.of("zoho", "ZOHO_API_DOMAIN", "https://www.zohoapis.com/crm/v6"),
                Arguments.of("salesforce", "SALESFORCE_LIGHTNING_URL", "https://acme.lightning.force.com"),
                Arguments.of("payu", "PAYU_API_URL", "https://api.payulatam.com/payments-api/4.0/service.cgi"),
                Arguments.of("payu", "PAYU_BASE_URL", "https://secure.payu.in/_payment"),
                Arguments.of("flutterwave", "FLUTTERWAVE_BASE_URL", "https://f4bexperience.flutterwave.com"),
                Arguments.of("mpesa", "MPESA_SHORTCODE", "174380"),
                Arguments.of("payu", "PAYU_MERCHANT_ID", "508030"),
                Arguments.of("payu", "PAYU_API_LOGIN", "q7TZmWc2LpX9rVb"),
                Arguments.of("authorize-net", "AUTHORIZE_NET_LOGIN_ID", "9rF3xQ7mWb2"),
                Arguments.of("authorize-net", "PAYMENT_CARD_NUMBER", "5424000000000016"),
                Arguments.of("checkout-com", "CHECKOUT_TEST_CARD", "4543474002249997"),
                Arguments.of("flutterwave", "CARD_NUMBER", "5531886652142951"));
    }

    @ParameterizedTest(name = "{0}: {1}={2} stays GO")
    @MethodSource("documentedLiveSides")
    void documentedLiveSideShouldStayCleanInProduction(String provider, String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @Test
    void everyProviderOfThisSectionShouldBeInTheCatalogAndMeasuredOnBothSides() {
        Set<String> caught = ids(documentedTestSides());

        assertThat(caught).isEqualTo(ids(documentedLiveSides()));
        assertThat(caught).allSatisfy(id -> assertThat(CATALOG.provider(id)).as(id).isPresent());
    }

    @Test
    void aShortDocumentedTestNumberShouldCountOnlyUnderAKeyNamingItsProvider() {
        assertThat(production("MPESA_SHORTCODE", "174379").findings()).isNotEmpty();
        assertThat(production("BATCH_SIZE", "174379").findings()).isEmpty();
        assertThat(production("ORDER_ID", "508029").findings()).isEmpty();
    }

    /** Published test secrets are held by digest in the secrets gate's catalog: reported there, never printed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MPESA_PASSKEY|bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919",
        "PAYU_API_KEY|4Vj8eK4rloUd272L48hsrarnUA",
        "AUTHORIZE_NET_TRANSACTION_KEY|346HZ32z3fP4hTG2"})
    void aPublishedSandboxSecretShouldBeAPublishedDefaultAndNeverPrinted(String key, String value) {
        List<Finding> findings = secrets(key, value);

        assertThat(findings).extracting(Finding::code).contains("secrets.published-default");
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).doesNotContain(value);
        });
    }

    @Test
    void aFreshRandomSecretUnderTheSameKeysShouldNotBeAPublishedDefault() {
        assertThat(secrets("MPESA_PASSKEY", "3f9a0c6d1b7e24f58a9c0d3e6f1a2b4c5d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a"))
                .extracting(Finding::code).doesNotContain("secrets.published-default");
        assertThat(secrets("PAYU_API_KEY", "Zr7Qm2Xc9Lp4Wv6Bn1Ks8Td3Hy"))
                .extracting(Finding::code).doesNotContain("secrets.published-default");
    }

    private static List<Finding> secrets(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }
}
