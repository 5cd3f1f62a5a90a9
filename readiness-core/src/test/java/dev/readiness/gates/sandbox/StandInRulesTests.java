package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules for development stand-ins and provider test facts: emulators and mocks, transports that deliver nowhere,
 * test networks, wildcard loopback names, glued environment abbreviations, documented test values, credential
 * pairs and provider mode values. Each class is measured on both sides: the catch, and the tempting clean value.
 */
class StandInRulesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(map))).findings();
    }

    static Stream<Arguments> caught() {
        return Stream.of(
                // 1. emulators and mocks
                arguments("FIRESTORE_EMULATOR_HOST", "firestore:8787", "sandbox.emulator"),
                arguments("PUBSUB_EMULATOR_HOST", "localhost:8085", "sandbox.emulator"),
                arguments("FIREBASE_AUTH_EMULATOR_HOST", "127.0.0.1:9099", "sandbox.emulator"),
                arguments("STORAGE_EMULATOR_HOST", "http://gcs:4443", "sandbox.emulator"),
                arguments("USE_FIREBASE_EMULATOR", "true", "sandbox.emulator"),
                arguments("AWS_ENDPOINT_URL", "http://localstack:4566", "sandbox.emulator"),
                arguments("S3_ENDPOINT", "https://s3.localhost.localstack.cloud:4566", "sandbox.emulator"),
                arguments("AZURE_STORAGE_CONNECTION_STRING", "UseDevelopmentStorage=true", "sandbox.emulator"),
                arguments("BLOB_CONNECTION", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
                        + "BlobEndpoint=http://azurite:10000/devstoreaccount1;", "sandbox.emulator"),
                arguments("CosmosDb.Client.ConnectionString", "AccountEndpoint=https://localhost:8081/;AccountKey="
                        + "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
                        "sandbox.emulator"),
                arguments("MOCK_AUTH", "true", "sandbox.test-mode"),
                arguments("PAYMENTS_MOCK", "1", "sandbox.test-mode"),
                arguments("USE_FAKE_SMS", "yes", "sandbox.test-mode"),
                // test networks named in the URL path, documented test values and prefixes (held-out set 6)
                arguments("BITCOIN_API_URL", "https://mempool.space/testnet4/api", "sandbox.test-network"),
                arguments("BTC_EXPLORER_URL", "https://blockstream.info/testnet/api/", "sandbox.test-network"),
                arguments("ESPLORA_URL", "https://mempool.space/signet/api", "sandbox.test-network"),
                arguments("PAYFAST_MERCHANT_ID", "10000100", "sandbox.test-credential"),
                arguments("CHAIN_ID", "11155111", "sandbox.test-network"),
                arguments("app.web3.chain-id", "80002", "sandbox.test-network"),
                arguments("NEXT_PUBLIC_CHAIN_ID", "31337", "sandbox.test-network"),
                // test network names under network, chain and cluster keys (held-out set 7)
                arguments("OP_NODE_NETWORK", "base-sepolia", "sandbox.test-network"),
                arguments("SOLANA_CLUSTER", "devnet", "sandbox.test-network"),
                arguments("ETH_NETWORK", "Holesky", "sandbox.test-network"),
                arguments("NEXT_PUBLIC_CHAIN", "polygon-mumbai", "sandbox.test-network"),
                arguments("BITCOIN_NETWORK", "testnet", "sandbox.test-network"),
                arguments("app.blockchain.network", "arbitrumSepolia", "sandbox.test-network"),
                arguments("PAYMENT_WEBHOOK_URL", "https://7f3a-81-2-69-160.ngrok-free.app/webhooks/stripe",
                        "sandbox.reserved-host"),
                arguments("PUBLIC_URL", "https://quiet-forest-1234.trycloudflare.com", "sandbox.reserved-host"),
                arguments("CALLBACK_URL", "https://brave-cat-42.loca.lt/callback", "sandbox.reserved-host"),
                arguments("pay.alipay.notify-url", "http://k3x9qw.natappfree.cc/api/pay/callback/alipay",
                        "sandbox.reserved-host"),
                arguments("PAYFAST_MERCHANT_KEY", "46f0cd694581a", "sandbox.test-credential"),
                arguments("CIRCLE_API_KEY", "TEST_API_KEY:ebb3ad72232624921abc4b162148bb84:019ef3358ef9cd6d08fc32c0fe89a68d",
                        "sandbox.test-credential"),
                // 2. transports that deliver nowhere
                arguments("MAILER_DSN", "null://null", "sandbox.discard-transport"),
                arguments("MESSENGER_TRANSPORT_DSN", "in-memory://", "sandbox.discard-transport"),
                arguments("MAIL_MAILER", "log", "sandbox.discard-transport"),
                arguments("MAIL_DRIVER", "array", "sandbox.discard-transport"),
                arguments("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend", "sandbox.discard-transport"),
                arguments("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend", "sandbox.discard-transport"),
                arguments("EMAIL_BACKEND", "console", "sandbox.discard-transport"),
                arguments("QUEUE_CONNECTION", "null", "sandbox.discard-transport"),
                arguments("MAIL_SUPPRESS_SEND", "true", "sandbox.discard-transport"),
                arguments("RAILS_DELIVERY_METHOD", ":test", "sandbox.discard-transport"),
                arguments("MAIL_HOST", "smtp.ethereal.email", "sandbox.provider-host"),
                arguments("SMTP_URL", "smtp://smtp.mailtrap.io:2525", "sandbox.provider-host"),
                arguments("MAIL_HOST", "mailtrap.io", "sandbox.provider-host"),
                // 3. test networks
                arguments("TRON_API_URL", "https://api.shasta.trongrid.io", "sandbox.provider-host"),
                arguments("TRON_NODE", "https://nile.trongrid.io", "sandbox.provider-host"),
                arguments("BSC_RPC_URL", "https://data-seed-prebsc-2-s1.binance.org:8545", "sandbox.provider-host"),
                arguments("CHAIN_RPC_URL", "https://data-seed-prebsc-1-s3.nodereal.io", "sandbox.test-network"),
                arguments("POLYGON_RPC_URL", "https://polygon-mumbai.g.alchemy.com/v2/k", "sandbox.test-network"),
                arguments("MATIC_RPC", "https://rpc-mumbai.maticvigil.com", "sandbox.test-network"),
                arguments("TEZOS_RPC_URL", "https://rpc.ghostnet.teztnets.com", "sandbox.test-network"),
                arguments("ARB_RPC_URL", "https://sepolia-rollup.arbitrum.io/rpc", "sandbox.test-network"),
                arguments("AVAX_RPC_URL", "https://api.avax-test.network/ext/bc/C/rpc", "sandbox.host"),
                // 4. wildcard DNS names of loopback
                arguments("PUBLIC_APP_URL", "https://shop.traefik.me", "sandbox.local-public-url"),
                arguments("OAUTH_CALLBACK_URL", "https://app.localhost.direct:3000/cb", "sandbox.local-public-url"),
                arguments("PUBLIC_URL", "http://api.localho.st:8080", "sandbox.local-public-url"),
                arguments("SITE_URL", "http://readme.localtest.me", "sandbox.local-public-url"),
                // 5. environment abbreviations glued to a few letters
                arguments("GATEWAY_HOST", "esqa.gateway-vendor.com", "sandbox.host"),
                arguments("PAYMENTS_API_URL", "https://apuat.payments-vendor.com/v1", "sandbox.host"),
                arguments("PAYMENTS_API_URL", "https://apiuat.payments-vendor.com/v1", "sandbox.host"),
                arguments("PARTNER_URL", "https://stgeu.partner-vendor.com", "sandbox.host"),
                arguments("PARTNER_URL", "https://apidev.partner-vendor.com", "sandbox.host"),
                // 6. documented test values
                arguments("RECAPTCHA_SITE_KEY", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "sandbox.test-credential"),
                arguments("CAPTCHA_SECRET", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "sandbox.test-credential"),
                arguments("HCAPTCHA_SITE_KEY", "10000000-ffff-ffff-ffff-000000000001", "sandbox.test-credential"),
                arguments("HCAPTCHA_SECRET", "0x0000000000000000000000000000000000000000", "sandbox.test-credential"),
                arguments("TURNSTILE_SECRET_KEY", "1x0000000000000000000000000000000AA", "sandbox.test-credential"),
                arguments("SMS_FROM", "+15005550006", "sandbox.test-credential"),
                arguments("POSTMARK_TOKEN", "POSTMARK_API_TEST", "sandbox.test-credential"),
                arguments("DEMO_CARD", "4242424242424242", "sandbox.test-credential"),
                // 8. provider mode values outside the switch grammar
                arguments("PAYTM_ENVIRONMENT", "local", "sandbox.test-mode"),
                arguments("PAYTM_MERCHANT_WEBSITE", "WEBSTAGING", "sandbox.test-mode"),
                arguments("STRIPE_ENV", "sbox", "sandbox.test-mode"),
                // 9. template credentials in a non-database URL, template hosts
                arguments("alarm.ding", "https://oapi.dingtalk.com/robot/send?access_token=xxxxx",
                        "sandbox.template-url"),
                arguments("MAPS_URL", "https://maps.vendor.com/api/js?key=YOUR_API_KEY", "sandbox.template-url"),
                arguments("SMTP_HOST", "your.smtp.host.com", "sandbox.reserved-host"),
                // 10. held-out set 12: emulators, simulated trading, environment words glued to the key's product,
                // sandbox hosts under keys with a database word, template domains
                arguments("SERVICEBUS_CONNECTION_STRING", "Endpoint=sb://localhost;SharedAccessKeyName="
                        + "RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;",
                        "sandbox.emulator"),
                arguments("DYNAMODB_ENDPOINT", "http://dynamodb-local:8000", "sandbox.emulator"),
                arguments("OKX_SIMULATED_TRADING", "1", "sandbox.test-mode"),
                arguments("PAPER_TRADING", "true", "sandbox.test-mode"),
                arguments("BINANCE_TESTNET", "true", "sandbox.test-mode"),
                arguments("NETPAY_API_URL", "https://gateway-154.netpaydev.com/gateway-ecommerce", "sandbox.host"),
                arguments("ACME_API_URL", "https://api.testacme.io/v1", "sandbox.host"),
                arguments("CASHFREE_PG_URL", "https://sandbox.cashfree.com/pg", "sandbox.provider-host"),
                arguments("PAYMENTS_DB_API_URL", "https://sandbox.payments-vendor.com/v1", "sandbox.host"),
                arguments("domain", "TODO.com", "sandbox.reserved-host"),
                arguments("vouch.domains[0]", "yourdomain.com", "sandbox.reserved-host"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("caught")
    void checkInProductionShouldCatchTheClass(String key, String value, String code) {
        List<Finding> findings = production(key, value);

        assertThat(findings).filteredOn(finding -> finding.subject().equals(key)).extracting(Finding::code)
                .containsExactly(code);
        Finding finding = findings.stream().filter(f -> f.subject().equals(key)).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains(key);
        assertThat(finding.remediation()).isNotBlank();
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("CosmosDb.Client.ConnectionString", "AccountEndpoint=https://acme-orders.documents.azure.com:443/;"
                        + "AccountKey=" + "k".repeat(86) + "=="),
                arguments("FIRESTORE_EMULATOR_HOST", "false"),
                arguments("SERVICEBUS_CONNECTION_STRING", "Endpoint=sb://orders.servicebus.windows.net/;"
                        + "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + "k".repeat(43) + "=;"
                        + "UseDevelopmentEmulator=false;"),
                arguments("DYNAMODB_ENDPOINT", "https://dynamodb.eu-west-1.amazonaws.com"),
                arguments("ORDERS_URL", "http://orders-locale:8080"),
                arguments("OKX_SIMULATED_TRADING", "0"),
                arguments("TRADING_SIMULATED_FEES", "true"),
                arguments("NETPAY_CASH_API_URL", "https://suite.netpay.com.mx/gateway-ecommerce"),
                arguments("ACME_API_URL", "https://api.acme.dev"),
                arguments("DEV_API_URL", "https://api.devolt.com"),
                arguments("CASHFREE_PG_URL", "https://api.cashfree.com/pg"),
                arguments("TODO_API_URL", "https://todo.acme-prod.com"),
                arguments("ALLOWED_DOMAINS", "acme.com,shop.acme.com"),
                arguments("vouch.domains[0]", "acme.com"),
                arguments("BITCOIN_API_URL", "https://mempool.space/api"),
                arguments("NGROK_API_URL", "https://api.ngrok.com"),
                arguments("TUNNEL_DOCS_URL", "https://natapp.cn/article/natapp_newbie"),
                arguments("PUBLIC_URL", "https://shop.mynatappfree.cc"),
                arguments("CHAIN_ID", "1"),
                arguments("CHAIN_ID", "137"),
                arguments("OP_NODE_NETWORK", "base-mainnet"),
                arguments("ETH_NETWORK", "mainnet"),
                arguments("SOLANA_CLUSTER", "mainnet-beta"),
                arguments("DOCKER_NETWORK", "backend"),
                arguments("NETWORK_MODE", "host"),
                arguments("K8S_CLUSTER", "prod-eu"),
                arguments("REDIS_CLUSTER", "mumbai-cache"),
                arguments("NETWORK_TIMEOUT", "testnet"),
                arguments("MAX_CHAIN_LENGTH", "11155111"),
                arguments("TOKEN_ID", "97"),
                arguments("PUBLIC_URL", "https://shop.myngrok.io"),
                arguments("WEBHOOK_URL", "https://hooks.acme-tunnel.dev/stripe"),
                arguments("DOCS_URL", "https://docs.acme.com/testing/guide"),
                arguments("UPLOAD_MAX_BYTES", "10000100"),
                arguments("CIRCLE_API_KEY", "LIVE_API_KEY:ebb3ad72232624921abc4b162148bb84:019ef3358ef9cd6d08fc32c0fe89a68d"),
                arguments("HEALTHCHECK_URL", "http://127.0.0.1:3000/healthz"),
                arguments("management.liveness-probe.url", "http://localhost:8081/actuator/health/liveness"),
                arguments("USE_FIREBASE_EMULATOR", "false"),
                arguments("FIREBASE_PROJECT_ID", "orders-prod-4821"),
                arguments("MOCK_AUTH", "false"),
                arguments("PAYMENTS_MOCK", "off"),
                arguments("MOCK_LATENCY_MS", "250"),
                arguments("FAKER_LOCALE", "en_US"),
                arguments("MAILER_DSN", "smtp://smtp.sendgrid.net:587"),
                arguments("MESSENGER_TRANSPORT_DSN", "doctrine://default"),
                arguments("MAIL_MAILER", "smtp"),
                arguments("MAIL_DRIVER", "ses"),
                arguments("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
                arguments("EMAIL_BACKEND", "anymail.backends.postmark.EmailBackend"),
                arguments("QUEUE_CONNECTION", "redis"),
                arguments("MAIL_SUPPRESS_SEND", "false"),
                arguments("LOG_CHANNEL", "log"),
                arguments("SMTP_URL", "smtp://live.smtp.mailtrap.io:587"),
                arguments("MAIL_HOST", "live.smtp.mailtrap.io"),
                arguments("MAIL_HOST", "smtp.postmarkapp.com"),
                arguments("TRON_API_URL", "https://api.trongrid.io"),
                arguments("BSC_RPC_URL", "https://bsc-dataseed.bnbchain.org"),
                arguments("OFFICE_URL", "https://mumbai.acme-corp.com/portal"),
                arguments("CHAPEL_BOOKING_URL", "https://chapel.weddings.io/api"),
                arguments("NILE_API_URL", "https://api.thenile.dev/v2"),
                arguments("LAN_URL", "https://app-10-0-0-5.traefik.me"),
                arguments("DOCS_URL", "https://traefik.io/docs"),
                arguments("FX_URL", "https://latest.fxrates.io/v1"),
                arguments("RESULTS_URL", "https://tested.lab-vendor.com/v1"),
                arguments("CONTEST_API_URL", "https://contest.games-vendor.com"),
                arguments("GYM_URL", "https://squat.gym-vendor.io"),
                arguments("DEVICES_URL", "https://devices.iot-vendor.com"),
                arguments("AQUA_URL", "https://aqua.pool-vendor.com"),
                arguments("PORTAL_URL", "https://devportal.vendor.com"),
                arguments("SMS_FROM", "+14155552671"),
                arguments("CONTRACT_OWNER", "0x0000000000000000000000000000000000000000"),
                arguments("RECAPTCHA_SITE_KEY", "6Lc8kZ0pAAAAAN3qYbV7Rm2wXyTfKjLs9dQhUe1o"),
                arguments("PAYTM_ENVIRONMENT", "production"),
                arguments("PAYTM_MERCHANT_WEBSITE", "DEFAULT"),
                arguments("SHOP_WEBSITE", "WEBSTAGING"),
                arguments("alarm.ding", "https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}"),
                arguments("MAPS_URL", "https://maps.vendor.com/api/js?key=AIzaSyB1x9kq2LmX7pW4zR8tYb&libraries=places"),
                arguments("SMTP_HOST", "smtp.yourmail.com"));
    }

    @ParameterizedTest(name = "{0}={1} stays clean")
    @MethodSource("clean")
    void checkInProductionShouldLeaveTemptingCleanValues(String key, String value) {
        assertThat(production(key, value)).isEmpty();
    }

    @Test
    void aDocumentedTestValueShouldNameTheProviderAndNotPrintTheValue() {
        Finding finding = production("RECAPTCHA_SECRET", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe").get(0);

        assertThat(finding.message()).contains("Google reCAPTCHA").doesNotContain("6LeIxAcTAAAAAGG");
    }

    @Test
    void aSecretPairedWithATestKeyIdShouldBeATestCredential() {
        List<Finding> findings = production("RAZORPAY_KEY_ID", "rzp_test_8XtvCRnDQBxfte",
                "RAZORPAY_KEY_SECRET", "7ZaALPjPc9srpJANKTKdy9Wf", "MAPS_API_KEY", "AIzaSyB1x9kq2LmX7pW4zR8tYb");

        assertThat(findings).extracting(f -> f.code() + " " + f.subject()).containsExactlyInAnyOrder(
                "sandbox.test-credential RAZORPAY_KEY_ID", "sandbox.test-credential RAZORPAY_KEY_SECRET");
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotContain("7ZaALPjPc9srpJANKTKdy9Wf"));
    }

    @Test
    void aSpringSecretPairedWithATestKeyIdShouldBeATestCredential() {
        List<Finding> findings = production("razorpay.key-id", "rzp_test_8XtvCRnDQBxfte",
                "razorpay.key-secret", "7ZaALPjPc9srpJANKTKdy9Wf");

        assertThat(findings).extracting(Finding::subject).contains("razorpay.key-secret");
    }

    @Test
    void aSecretBesideALiveKeyIdShouldStayClean() {
        List<Finding> findings = production("RAZORPAY_KEY_ID", "rzp_live_nwju8YH6CLF8wY",
                "RAZORPAY_KEY_SECRET", "7ZaALPjPc9srpJANKTKdy9Wf");

        assertThat(findings).isEmpty();
    }

    @Test
    void aSecretOfAnotherStemShouldNotBePairedWithATestKey() {
        List<Finding> findings = production("RAZORPAY_KEY_ID", "rzp_test_8XtvCRnDQBxfte",
                "SENDGRID_API_KEY_SECRET", "7ZaALPjPc9srpJANKTKdy9Wf", "SECRET_KEY", "9a8b7c6d5e4f3a2b1c0d",
                "RAZORPAY_WEBHOOK_SECRET", "Wh9kq2LmX7pW4zR8tYb");

        assertThat(findings).extracting(Finding::subject).containsExactly("RAZORPAY_KEY_ID");
    }

    @Test
    void outsideProductionNoStandInIsReported() {
        Map<String, String> map = Map.of("FIRESTORE_EMULATOR_HOST", "firestore:8787", "MOCK_AUTH", "true",
                "MAILER_DSN", "null://null", "RECAPTCHA_SITE_KEY", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI");

        assertThat(GATE.check(GateContext.of(Stage.DEVELOPMENT, Settings.of(map))).findings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDocumentedTestValueThatIsNoSecretShouldNotBeMeasuredInBits() {
        dev.readiness.testkit.GateCheck.run(Stage.PRODUCTION, Map.of("notify.sms.from-number", "+15005550006"),
                        new SandboxGate())
                .isNoGo()
                .hasFinding("sandbox.test-credential", "notify.sms.from-number")
                .report().findings()
                .filter(finding -> finding.code().equals("sandbox.test-credential"))
                .forEach(finding -> assertThat(finding.message())
                        .contains("a value Twilio documents for tests only (12 characters), in production")
                        .doesNotContain("bits"));
    }

    @org.junit.jupiter.api.Test
    void aProvidersSandboxDomainShouldBeFixedWithTheVerifiedDomainAndAnEndpointWithTheLiveHost() {
        dev.readiness.testkit.GateCheck.run(Stage.PRODUCTION, Map.of(
                        "MAILGUN_DOMAIN", "sandbox7c1f0e5a2b9d4e31a8f6c2d9e0b7a4c5.mailgun.org",
                        "MAILTRAP_API_URL", "https://sandbox.api.mailtrap.io/api/send"), new SandboxGate())
                .isNoGo()
                .hasFinding("sandbox.provider-host", "MAILGUN_DOMAIN")
                .hasFinding("sandbox.provider-host", "MAILTRAP_API_URL")
                .report().findings()
                .filter(finding -> finding.code().equals("sandbox.provider-host"))
                .forEach(finding -> assertThat(finding.remediation()).isEqualTo(
                        finding.subject().equals("MAILGUN_DOMAIN")
                                ? "Use the production sending domain you verified with Mailgun (its sandbox domain is"
                                        + " for tests only), with live credentials."
                                : "Use Mailtrap's live endpoint (send.api.mailtrap.io, bulk.api.mailtrap.io) with live"
                                        + " credentials."));
    }
}
