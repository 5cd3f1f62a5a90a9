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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The providers of the catalog's second harvest (banking and open banking, identity checks, shipping, marketplaces,
 * trading and payments in more regions), measured on both sides like {@link HarvestedProvidersTests}: each documented
 * test host, test path, test prefix, test value or mode switch is reported in production and names the provider; each
 * documented production host or live prefix (or, where none is documented, an ordinary production value) stays clean.
 */
class SecondHarvestProvidersTests {

    private static final String UUID = "6c20cd16-73d5-44f7-852c-9a7e7b2ccf62";

    private static Arguments value(String provider, String key, String value) {
        return Arguments.of(provider, key, value, "sandbox.test-credential");
    }

    private static Arguments path(String provider, String key, String url) {
        return Arguments.of(provider, key, url, "sandbox.test-path");
    }

    private static Arguments mode(String provider, String key, String value) {
        return Arguments.of(provider, key, value, "sandbox.test-mode");
    }

    static Stream<Arguments> documentedTestSides() {
        return Stream.of(
                host("truelayer", "TRUELAYER_API_URL", "https://api.truelayer-sandbox.com/v3/payments"),
                host("truelayer", "TRUELAYER_AUTH_URL", "https://auth.truelayer-sandbox.com"),
                host("dwolla", "DWOLLA_API_URL", "https://api-sandbox.dwolla.com"),
                host("mx", "MX_API_URL", "https://int-api.mx.com"),
                host("synctera", "SYNCTERA_BASE_URL", "https://api-sandbox.synctera.com/v0"),
                host("method-fi", "METHOD_FI_BASE_URL", "https://dev.methodfi.com"),
                host("method-fi", "METHOD_API_URL", "https://sandbox.methodfi.com"),
                credential("column-bank", "COLUMN_API_KEY", "test_" + BODY),
                host("lithic", "LITHIC_BASE_URL", "https://sandbox.lithic.com/v1"),
                host("finix", "FINIX_API_URL", "https://finix.sandbox-payments-api.com"),
                host("treasury-prime", "TREASURY_PRIME_URL", "https://api.sandbox.treasuryprime.com"),
                host("belvo", "BELVO_API_URL", "https://sandbox.belvo.com"),
                host("currencycloud", "CURRENCYCLOUD_URL", "https://devapi.currencycloud.com/v2"),
                host("modulr", "MODULR_API_URL", "https://api-sandbox.modulrfinance.com/api-sandbox-token"),
                value("nordigen", "NORDIGEN_INSTITUTION_ID", "SANDBOXFINANCE_SFIN0000"),
                value("yapily", "YAPILY_INSTITUTION_ID", "modelo-sandbox"),
                mode("teller", "TELLER_ENVIRONMENT", "sandbox"),
                credential("onfido", "ONFIDO_API_TOKEN", "api_sandbox." + BODY),
                credential("persona", "PERSONA_API_KEY", "persona_sandbox_" + UUID),
                host("socure", "SOCURE_API_URL", "https://sandbox.socure.com/api/3.0/EmailAuthScore"),
                host("socure", "SOCURE_RISKOS_URL", "https://riskos.sandbox.socure.com/api/evaluation"),
                host("idnow", "IDNOW_GATEWAY_URL", "https://gateway.test.idnow.de/api/v1"),
                host("smile-id", "SMILE_ID_API_URL", "https://testapi.smileidentity.com/v1"),
                host("middesk", "MIDDESK_API_URL", "https://api-sandbox.middesk.com/v1"),
                host("sendle", "SENDLE_API_URL", "https://sandbox.sendle.com/api"),
                host("shipbob", "SHIPBOB_API_URL", "https://sandbox-api.shipbob.com/2.0"),
                host("purolator", "PUROLATOR_ENDPOINT", "https://devwebservices.purolator.com/EWS/V2/Shipping"),
                host("stamps-com", "STAMPS_SWSIM_URL", "https://swsim.testing.stamps.com/swsim/swsimv135.asmx"),
                path("australia-post", "AUSPOST_API_URL", "https://digitalapi.auspost.com.au/test/shipping/v1"),
                host("dhl-ecommerce", "DHLECS_API_URL", "https://api-sandbox.dhlecs.com"),
                host("aramex", "ARAMEX_URL", "https://ws.sbx.aramex.net/ShippingAPI.V2/Shipping/Service_1_0.svc"),
                host("postnord", "POSTNORD_API_URL", "https://atapi2.postnord.com/rest/shipment"),
                host("correios", "CORREIOS_API_URL", "https://apihom.correios.com.br"),
                host("ninja-van", "NINJAVAN_API_URL", "https://api-sandbox.ninjavan.co/sg"),
                host("envia", "ENVIA_API_URL", "https://api-test.envia.com"),
                host("pitney-bowes", "PITNEY_BOWES_API_URL", "https://shipping-api-sandbox.pitneybowes.com/shippingservices"),
                host("shippit", "SHIPPIT_API_URL", "https://app.staging.shippit.com/api/3"),
                host("allegro", "ALLEGRO_API_URL", "https://api.allegro.pl.allegrosandbox.pl"),
                path("bol-com", "BOL_API_URL", "https://api.bol.com/retailer-demo/orders"),
                host("otto-market", "OTTO_MARKET_API_URL", "https://sandbox.api.otto.market"),
                host("trendyol", "TRENDYOL_API_URL", "https://stageapigw.trendyol.com/integration"),
                host("hepsiburada", "HEPSIBURADA_API_URL", "https://mpop-sit.hepsiburada.com"),
                host("shopee", "SHOPEE_HOST", "https://partner.test-stable.shopeemobile.com"),
                host("flipkart", "FLIPKART_API_URL", "https://sandbox-api.flipkart.net/sellers"),
                path("amazon-pay", "AMAZON_PAY_ENDPOINT", "https://pay-api.amazon.eu/sandbox/v2"),
                credential("amazon-pay", "AMAZON_PAY_PUBLIC_KEY_ID", "SANDBOX-AHXJ4KPNL7OUWLYFQ4OA2IHP"),
                host("chargebee", "CHARGEBEE_SITE_URL", "https://acme-test.chargebee.com/api/v2"),
                host("zuora", "ZUORA_REST_URL", "https://rest.apisandbox.zuora.com"),
                host("bill-com", "BILL_COM_API_URL", "https://gateway.stage.bill.com/connect/v3"),
                host("sparkpost", "SPARKPOST_SENDING_DOMAIN", "sparkpostbox.com"),
                host("mailersend", "MAILERSEND_DOMAIN", "trial-0r83ql3jm6vgzw1j.mlsender.net"),
                value("amazon-ses", "MAIL_TEST_RECIPIENT", "success@simulator.amazonses.com"),
                host("okx", "OKX_WS_PUBLIC_URL", "wss://wspap.okx.com:8443/ws/v5/public"),
                host("bitmex", "BITMEX_API_URL", "https://testnet.bitmex.com/api/v1"),
                host("phemex", "PHEMEX_API_URL", "https://testnet-api.phemex.com"),
                host("gate-io", "GATEIO_FUTURES_URL", "https://fx-api-testnet.gateio.ws/api/v4"),
                host("hyperliquid", "HYPERLIQUID_API_URL", "https://api.hyperliquid-testnet.xyz"),
                host("kucoin", "KUCOIN_API_URL", "https://openapi-sandbox.kucoin.com"),
                host("crypto-com", "CRYPTO_COM_API_URL", "https://uat-api.3ona.co/exchange/v1"),
                host("bitgo", "BITGO_API_URL", "https://app.bitgo-test.com"),
                host("paxos", "PAXOS_API_URL", "https://api.sandbox.paxos.com/v2"),
                credential("moonpay", "MOONPAY_SECRET_KEY", "sk_test_" + BODY),
                host("moonpay", "MOONPAY_WIDGET_URL", "https://buy-sandbox.moonpay.com"),
                host("transak", "TRANSAK_API_URL", "https://api-stg.transak.com"),
                host("ramp-network", "RAMP_NETWORK_URL", "https://app.demo.ramp.network"),
                host("tradier", "TRADIER_API_URL", "https://sandbox.tradier.com/v1"),
                host("tradestation", "TRADESTATION_API_URL", "https://sim-api.tradestation.com/v3"),
                host("questrade", "QUESTRADE_LOGIN_URL", "https://practicelogin.questrade.com/oauth2/token"),
                path("saxo", "SAXO_OPENAPI_URL", "https://gateway.saxobank.com/sim/openapi"),
                host("saxo", "SAXO_AUTH_URL", "https://sim.logonvalidation.net/authorize"),
                host("capital-com", "CAPITAL_COM_API_URL", "https://demo-api-capital.backend-capital.com"),
                host("ig-markets", "IG_API_URL", "https://demo-api.ig.com/gateway/deal"),
                host("binance", "BINANCE_FUTURES_URL", "https://testnet.binancefuture.com"),
                host("pagseguro", "PAGSEGURO_API_URL", "https://sandbox.api.pagseguro.com"),
                host("pagseguro", "PAGSEGURO_WS_URL", "https://ws.sandbox.pagseguro.uol.com.br/v2/checkout"),
                path("wechat-pay", "WECHAT_PAY_GATEWAY", "https://api.mch.weixin.qq.com/sandboxnew/pay/unifiedorder"),
                host("instamojo", "INSTAMOJO_ENDPOINT", "https://test.instamojo.com/api/1.1/"),
                host("monnify", "MONNIFY_BASE_URL", "https://sandbox.monnify.com"),
                credential("paymob", "PAYMOB_SECRET_KEY", "egy_sk_test_" + BODY),
                host("squad", "SQUAD_API_URL", "https://sandbox-api-d.squadco.com"),
                credential("squad", "SQUAD_SECRET_KEY", "sandbox_sk_" + BODY),
                credential("omise", "OMISE_SECRET_KEY", "skey_test_" + BODY),
                credential("toss-payments", "TOSS_SECRET_KEY", "test_sk_" + BODY),
                host("paypay", "PAYPAY_API_URL", "https://stg-api.sandbox.paypay.ne.jp"),
                host("line-pay", "LINE_PAY_API_URL", "https://sandbox-api-pay.line.me"),
                host("nicepay", "NICEPAY_API_URL", "https://sandbox-api.nicepay.co.kr/v1/payments"),
                host("two-c-two-p", "PAYMENT_GATEWAY_URL", "https://sandbox-pgw.2c2p.com/payment/4.3/paymentToken"),
                host("sslcommerz", "SSLCZ_API_URL", "https://sandbox.sslcommerz.com/gwprocess/v4/api.php"),
                host("bkash", "BKASH_BASE_URL", "https://tokenized.sandbox.bka.sh/v1.2.0-beta"),
                host("khalti", "KHALTI_BASE_URL", "https://dev.khalti.com/api/v2"),
                host("esewa", "ESEWA_PAYMENT_URL", "https://rc-epay.esewa.com.np/api/epay/main/v2/form"),
                value("esewa", "ESEWA_SECRET_KEY", "8gBm/:&EnhH.1/q"),
                host("payhere", "PAYHERE_CHECKOUT_URL", "https://sandbox.payhere.lk/pay/checkout"),
                host("pesapal", "PESAPAL_BASE_URL", "https://cybqa.pesapal.com/pesapalv3"),
                credential("yoco", "YOCO_SECRET_KEY", "sk_test_" + BODY),
                host("przelewy24", "P24_API_URL", "https://sandbox.przelewy24.pl/api/v1"),
                host("tpay", "TPAY_API_URL", "https://openapi.sandbox.tpay.com"),
                host("vipps", "VIPPS_API_URL", "https://apitest.vipps.no"),
                host("swish", "SWISH_API_URL", "https://mss.cpc.getswish.net/swish-cpcapi/api/v2"),
                host("trustly", "TRUSTLY_API_URL", "https://test.trustly.com/api/1"),
                host("viva-wallet", "VIVA_WALLET_ACCOUNTS_URL", "https://demo-accounts.vivapayments.com"),
                host("multisafepay", "MULTISAFEPAY_API_URL", "https://testapi.multisafepay.com/v1/json"),
                host("buckaroo", "BUCKAROO_URL", "https://testcheckout.buckaroo.nl/json"),
                host("worldline-direct", "WORLDLINE_API_ENDPOINT", "https://payment.preprod.direct.worldline-solutions.com"),
                credential("payplug", "PAYPLUG_SECRET_KEY", "sk_test_" + BODY),
                host("satispay", "SATISPAY_URL", "https://staging.authservices.satispay.com/g_business/v1"),
                host("clover", "CLOVER_API_URL", "https://apisandbox.dev.clover.com"),
                host("converge", "CONVERGE_API_URL", "https://api.demo.convergepay.com/VirtualMerchantDemo/process.do"),
                host("global-payments", "GLOBALPAY_API_URL", "https://apis.sandbox.globalpay.com/ucp"),
                host("heartland", "HEARTLAND_SERVICE_URL", "https://cert.api2.heartlandportico.com"),
                host("cardconnect", "CARDCONNECT_URL", "https://fts-uat.cardconnect.com/cardconnect/rest"),
                host("paysafe", "PAYSAFE_API_URL", "https://api.test.paysafe.com/paymenthub/v1"),
                host("nuvei", "NUVEI_API_URL", "https://ppp-test.nuvei.com/ppp/api/v1"),
                host("payoneer", "PAYONEER_API_URL", "https://api.sandbox.payoneer.com/v4"));
    }

    @ParameterizedTest(name = "{0}: {1}={2} -> {3}")
    @MethodSource("documentedTestSides")
    void documentedTestSideShouldBeReportedInProductionNamingTheProvider(String provider, String key, String value,
            String code) {
        HarvestedProvidersTests.assertReportedNamingTheProvider(provider, key, value, code);
    }

    static Stream<Arguments> documentedLiveSides() {
        return Stream.of(
                Arguments.of("truelayer", "TRUELAYER_API_URL", "https://api.truelayer.com/v3/payments"),
                Arguments.of("dwolla", "DWOLLA_API_URL", "https://api.dwolla.com"),
                Arguments.of("mx", "MX_API_URL", "https://api.mx.com"),
                Arguments.of("synctera", "SYNCTERA_BASE_URL", "https://api.synctera.com/v0"),
                Arguments.of("method-fi", "METHOD_FI_BASE_URL", "https://production.methodfi.com"),
                Arguments.of("column-bank", "COLUMN_API_KEY", "live_" + BODY),
                Arguments.of("lithic", "LITHIC_BASE_URL", "https://api.lithic.com/v1"),
                Arguments.of("finix", "FINIX_API_URL", "https://finix.live-payments-api.com"),
                Arguments.of("treasury-prime", "TREASURY_PRIME_URL", "https://api.treasuryprime.com"),
                Arguments.of("belvo", "BELVO_API_URL", "https://api.belvo.com"),
                Arguments.of("currencycloud", "CURRENCYCLOUD_URL", "https://api.currencycloud.com/v2"),
                Arguments.of("modulr", "MODULR_API_URL", "https://api.modulrfinance.com/api-live"),
                Arguments.of("nordigen", "NORDIGEN_INSTITUTION_ID", "REVOLUT_REVOGB21"),
                Arguments.of("yapily", "YAPILY_INSTITUTION_ID", "monzo_ob"),
                Arguments.of("teller", "TELLER_ENVIRONMENT", "production"),
                Arguments.of("onfido", "ONFIDO_API_TOKEN", "api_live." + BODY),
                Arguments.of("persona", "PERSONA_API_KEY", "persona_production_" + UUID),
                Arguments.of("socure", "SOCURE_API_URL", "https://service.socure.com/api/3.0/EmailAuthScore"),
                Arguments.of("idnow", "IDNOW_GATEWAY_URL", "https://gateway.idnow.de/api/v1"),
                Arguments.of("smile-id", "SMILE_ID_API_URL", "https://api.smileidentity.com/v1"),
                Arguments.of("middesk", "MIDDESK_API_URL", "https://api.middesk.com/v1"),
                Arguments.of("sendle", "SENDLE_API_URL", "https://api.sendle.com/api"),
                Arguments.of("shipbob", "SHIPBOB_API_URL", "https://api.shipbob.com/2.0"),
                Arguments.of("purolator", "PUROLATOR_ENDPOINT", "https://webservices.purolator.com/EWS/V2/Shipping"),
                Arguments.of("stamps-com", "STAMPS_SWSIM_URL", "https://swsim.stamps.com/swsim/swsimv135.asmx"),
                Arguments.of("australia-post", "AUSPOST_API_URL", "https://digitalapi.auspost.com.au/shipping/v1"),
                Arguments.of("dhl-ecommerce", "DHLECS_API_URL", "https://api.dhlecs.com"),
                Arguments.of("aramex", "ARAMEX_URL", "https://ws.aramex.net/ShippingAPI.V2/Shipping/Service_1_0.svc"),
                Arguments.of("postnord", "POSTNORD_API_URL", "https://api2.postnord.com/rest/shipment"),
                Arguments.of("correios", "CORREIOS_API_URL", "https://api.correios.com.br"),
                Arguments.of("ninja-van", "NINJAVAN_API_URL", "https://api.ninjavan.co/sg"),
                Arguments.of("envia", "ENVIA_API_URL", "https://api.envia.com"),
                Arguments.of("pitney-bowes", "PITNEY_BOWES_API_URL", "https://shipping-api.pitneybowes.com/shippingservices"),
                Arguments.of("shippit", "SHIPPIT_API_URL", "https://app.shippit.com/api/3"),
                Arguments.of("allegro", "ALLEGRO_API_URL", "https://api.allegro.pl"),
                Arguments.of("bol-com", "BOL_API_URL", "https://api.bol.com/retailer/orders"),
                Arguments.of("otto-market", "OTTO_MARKET_API_URL", "https://api.otto.market"),
                Arguments.of("trendyol", "TRENDYOL_API_URL", "https://apigw.trendyol.com/integration"),
                Arguments.of("hepsiburada", "HEPSIBURADA_API_URL", "https://mpop.hepsiburada.com"),
                Arguments.of("shopee", "SHOPEE_HOST", "https://partner.shopeemobile.com"),
                Arguments.of("flipkart", "FLIPKART_API_URL", "https://api.flipkart.net/sellers"),
                Arguments.of("amazon-pay", "AMAZON_PAY_ENDPOINT", "https://pay-api.amazon.eu/live/v2"),
                Arguments.of("amazon-pay", "AMAZON_PAY_PUBLIC_KEY_ID", "LIVE-AHXJ4KPNL7OUWLYFQ4OA2IHP"),
                Arguments.of("chargebee", "CHARGEBEE_SITE_URL", "https://acme.chargebee.com/api/v2"),
                Arguments.of("zuora", "ZUORA_REST_URL", "https://rest.zuora.com"),
                Arguments.of("bill-com", "BILL_COM_API_URL", "https://gateway.prod.bill.com/connect/v3"),
                Arguments.of("sparkpost", "SPARKPOST_SENDING_DOMAIN", "mail.acme-corp.io"),
                Arguments.of("mailersend", "MAILERSEND_DOMAIN", "mail.acme-corp.io"),
                Arguments.of("amazon-ses", "MAIL_TEST_RECIPIENT", "ops@acme-corp.io"),
                Arguments.of("okx", "OKX_WS_PUBLIC_URL", "wss://ws.okx.com:8443/ws/v5/public"),
                Arguments.of("bitmex", "BITMEX_API_URL", "https://www.bitmex.com/api/v1"),
                Arguments.of("phemex", "PHEMEX_API_URL", "https://api.phemex.com"),
                Arguments.of("gate-io", "GATEIO_FUTURES_URL", "https://fx-api.gateio.ws/api/v4"),
                Arguments.of("hyperliquid", "HYPERLIQUID_API_URL", "https://api.hyperliquid.xyz"),
                Arguments.of("kucoin", "KUCOIN_API_URL", "https://api.kucoin.com"),
                Arguments.of("crypto-com", "CRYPTO_COM_API_URL", "https://api.crypto.com/exchange/v1"),
                Arguments.of("bitgo", "BITGO_API_URL", "https://app.bitgo.com"),
                Arguments.of("paxos", "PAXOS_API_URL", "https://api.paxos.com/v2"),
                Arguments.of("moonpay", "MOONPAY_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("transak", "TRANSAK_API_URL", "https://api.transak.com"),
                Arguments.of("ramp-network", "RAMP_NETWORK_URL", "https://app.ramp.network"),
                Arguments.of("tradier", "TRADIER_API_URL", "https://api.tradier.com/v1"),
                Arguments.of("tradestation", "TRADESTATION_API_URL", "https://api.tradestation.com/v3"),
                Arguments.of("questrade", "QUESTRADE_LOGIN_URL", "https://login.questrade.com/oauth2/token"),
                Arguments.of("saxo", "SAXO_OPENAPI_URL", "https://gateway.saxobank.com/openapi"),
                Arguments.of("capital-com", "CAPITAL_COM_API_URL", "https://api-capital.backend-capital.com"),
                Arguments.of("ig-markets", "IG_API_URL", "https://api.ig.com/gateway/deal"),
                Arguments.of("binance", "BINANCE_FUTURES_URL", "https://fapi.binance.com"),
                Arguments.of("pagseguro", "PAGSEGURO_API_URL", "https://api.pagseguro.com"),
                Arguments.of("wechat-pay", "WECHAT_PAY_GATEWAY", "https://api.mch.weixin.qq.com/pay/unifiedorder"),
                Arguments.of("instamojo", "INSTAMOJO_ENDPOINT", "https://api.instamojo.com/api/1.1/"),
                Arguments.of("monnify", "MONNIFY_BASE_URL", "https://api.monnify.com"),
                Arguments.of("monnify", "MONNIFY_API_KEY", "MK_PROD_" + BODY),
                Arguments.of("paymob", "PAYMOB_SECRET_KEY", "egy_sk_live_" + BODY),
                Arguments.of("squad", "SQUAD_API_URL", "https://api-d.squadco.com"),
                Arguments.of("omise", "OMISE_SECRET_KEY", "skey_" + BODY),
                Arguments.of("toss-payments", "TOSS_SECRET_KEY", "live_sk_" + BODY),
                Arguments.of("paypay", "PAYPAY_API_URL", "https://api.paypay.ne.jp"),
                Arguments.of("line-pay", "LINE_PAY_API_URL", "https://api-pay.line.me"),
                Arguments.of("nicepay", "NICEPAY_API_URL", "https://api.nicepay.co.kr/v1/payments"),
                Arguments.of("two-c-two-p", "PAYMENT_GATEWAY_URL", "https://pgw.2c2p.com/payment/4.3/paymentToken"),
                Arguments.of("sslcommerz", "SSLCZ_API_URL", "https://securepay.sslcommerz.com/gwprocess/v4/api.php"),
                Arguments.of("bkash", "BKASH_BASE_URL", "https://tokenized.pay.bka.sh/v1.2.0-beta"),
                Arguments.of("khalti", "KHALTI_BASE_URL", "https://khalti.com/api/v2"),
                Arguments.of("esewa", "ESEWA_PAYMENT_URL", "https://epay.esewa.com.np/api/epay/main/v2/form"),
                Arguments.of("payhere", "PAYHERE_CHECKOUT_URL", "https://www.payhere.lk/pay/checkout"),
                Arguments.of("pesapal", "PESAPAL_BASE_URL", "https://pay.pesapal.com/v3"),
                Arguments.of("yoco", "YOCO_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("przelewy24", "P24_API_URL", "https://secure.przelewy24.pl/api/v1"),
                Arguments.of("tpay", "TPAY_API_URL", "https://api.tpay.com"),
                Arguments.of("vipps", "VIPPS_API_URL", "https://api.vipps.no"),
                Arguments.of("swish", "SWISH_API_URL", "https://cpc.getswish.net/swish-cpcapi/api/v2"),
                Arguments.of("trustly", "TRUSTLY_API_URL", "https://api.trustly.com/1"),
                Arguments.of("viva-wallet", "VIVA_WALLET_ACCOUNTS_URL", "https://accounts.vivapayments.com"),
                Arguments.of("multisafepay", "MULTISAFEPAY_API_URL", "https://api.multisafepay.com/v1/json"),
                Arguments.of("buckaroo", "BUCKAROO_URL", "https://checkout.buckaroo.nl/json"),
                Arguments.of("worldline-direct", "WORLDLINE_API_ENDPOINT", "https://payment.direct.worldline-solutions.com"),
                Arguments.of("payplug", "PAYPLUG_SECRET_KEY", "sk_live_" + BODY),
                Arguments.of("satispay", "SATISPAY_URL", "https://authservices.satispay.com/g_business/v1"),
                Arguments.of("clover", "CLOVER_API_URL", "https://api.clover.com"),
                Arguments.of("converge", "CONVERGE_API_URL", "https://api.convergepay.com/VirtualMerchant/process.do"),
                Arguments.of("global-payments", "GLOBALPAY_API_URL", "https://apis.globalpay.com/ucp"),
                Arguments.of("heartland", "HEARTLAND_SERVICE_URL", "https://api2.heartlandportico.com"),
                Arguments.of("cardconnect", "CARDCONNECT_URL", "https://fts.cardconnect.com/cardconnect/rest"),
                Arguments.of("paysafe", "PAYSAFE_API_URL", "https://api.paysafe.com/paymenthub/v1"),
                Arguments.of("nuvei", "NUVEI_API_URL", "https://secure.safecharge.com/ppp/api/v1"),
                Arguments.of("payoneer", "PAYONEER_API_URL", "https://api.payoneer.com/v4"));
    }

    @ParameterizedTest(name = "{0}: {1}={2} stays GO")
    @MethodSource("documentedLiveSides")
    void documentedLiveSideShouldStayCleanInProduction(String provider, String key, String value) {
        assertThat(production(key, value).findings()).isEmpty();
    }

    @Test
    void everyProviderOfTheSecondHarvestShouldBeInTheCatalogAndMeasuredOnBothSides() {
        Set<String> caught = ids(documentedTestSides());
        Set<String> clean = ids(documentedLiveSides());

        assertThat(caught).hasSizeGreaterThanOrEqualTo(100).isEqualTo(clean);
        assertThat(caught).allSatisfy(id -> assertThat(CATALOG.provider(id)).as(id).isPresent());
    }

    @Test
    void ordinaryWordsShouldNameTheseProvidersOnlyInTheirCompoundForm() {
        assertThat(CATALOG.providersNamedBy(List.of("column", "name"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("column", "api", "key"))).extracting(Provider::id)
                .containsExactly("column-bank");
        assertThat(CATALOG.providersNamedBy(List.of("squad", "size"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("line", "separator"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("ramp", "up", "seconds"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("gate", "timeout"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("bill", "cycle"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("mx", "record"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("persona", "mode"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("clover", "license", "path"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("converge", "timeout"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("teller", "role"))).isEmpty();
        assertThat(CATALOG.providersNamedBy(List.of("clover", "env"))).extracting(Provider::id)
                .containsExactly("clover");
        assertThat(production("PERSONA_MODE", "development").findings()).isEmpty();
    }

    /**
     * Every catalog prefix is stripped before the secrets gate weighs a value, so a prefix whose documented keys carry
     * a short body would turn live keys into weak secrets: live keys of the documented lengths stay clean, and
     * Monnify's ten-character keys are why its MK_PROD_ prefix is not listed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("liveKeysOfDocumentedLength")
    void liveKeysOfDocumentedLengthShouldStayCleanForTheSecretsGate(String key, String value) {
        SecretsGate secrets = new SecretsGate();

        assertThat(secrets.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings())
                .isEmpty();
    }

    static Stream<Arguments> liveKeysOfDocumentedLength() {
        return Stream.of(
                Arguments.of("MONNIFY_API_KEY", "MK_PROD_FLX4P92EDF"),
                Arguments.of("ONFIDO_API_TOKEN", "api_live.Xq3vT9bLw2M.c7Hn4kPz8Rj2sWd6Yf1Gm5Ta0Ue3Vb"),
                Arguments.of("PERSONA_API_KEY", "persona_production_" + UUID),
                Arguments.of("AMAZON_PAY_PUBLIC_KEY_ID", "LIVE-AHXJ4KPNL7OUWLYFQ4OA2IHP"),
                Arguments.of("TOSS_SECRET_KEY", "live_sk_D5GePWvyJnrK0W0k6q8gLzN97Eoq"),
                Arguments.of("PAYMOB_SECRET_KEY", "egy_sk_live_9f3b6c1d2e8a4f7b0c5d3e1f9a2b6c8d4e7f0a1b3c5d"));
    }

    @Test
    void aDocumentedTestValueShouldNeverBePrintedAndASimilarValueShouldStayClean() {
        List<Finding> findings = production("ESEWA_SECRET_KEY", "8gBm/:&EnhH.1/q").findings();

        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("eSewa").doesNotContain("8gBm/:&EnhH.1/q"));
        assertThat(production("NORDIGEN_INSTITUTION_ID", "SANDBOXFINANCE_SFIN00001").findings()).isEmpty();
        assertThat(production("MAIL_TEST_RECIPIENT", "success@simulator.amazonses.com.acme-corp.io").findings())
                .isEmpty();
    }
}
