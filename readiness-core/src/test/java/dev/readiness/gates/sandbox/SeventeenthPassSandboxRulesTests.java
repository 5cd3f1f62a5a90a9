package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seventeenth pass's sandbox rules, each on both sides: switches that select a provider's test server, a staging
 * certificate authority, a practice (paper) trading account or a simulation under provider-specific key names;
 * selectors that pick a mock, fake, stub or dummy implementation, or a discarding SMS driver; placeholder host names
 * and fill-in notes; development VM addresses as public URLs; Okta's free organisations. Key names are the ones
 * public code uses (FedEx, Crossref and nanopub clients, Let's Encrypt clients, Alpaca and KIS brokers); hosts are made
 * up unless a provider's own naming is the point.
 */
class SeventeenthPassSandboxRulesTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                // a test or staging server switched on by name
                arguments("USE_TEST_SERVER", "1", "sandbox.test-mode"),
                arguments("FEDEX_USE_TEST_SERVER", "true", "sandbox.test-mode"),
                arguments("crossref.use-test-environment", "true", "sandbox.test-mode"),
                arguments("USE_STAGING", "true", "sandbox.test-mode"),
                arguments("IS_STAGING", "yes", "sandbox.test-mode"),
                // ACME staging CA: certificates no browser trusts
                arguments("CERTBOT_STAGING", "1", "sandbox.test-mode"),
                arguments("LETSENCRYPT_STAGING", "true", "sandbox.test-mode"),
                arguments("TRAEFIK_ACME_STAGING", "true", "sandbox.test-mode"),
                // practice trading and simulations
                arguments("ALPACA_PAPER", "true", "sandbox.test-mode"),
                arguments("KIS_USE_PAPER", "true", "sandbox.test-mode"),
                arguments("TRADING_MODE", "paper", "sandbox.test-mode"),
                arguments("ALPACA_TRADING_MODE", "paper", "sandbox.test-mode"),
                arguments("SIMULATION_MODE", "true", "sandbox.test-mode"),
                arguments("candle.simulation.enabled", "true", "sandbox.test-mode"),
                // test words and production switches under a provider's, payments' or trading's name
                arguments("SHIPPO_TEST", "true", "sandbox.test-mode"),
                arguments("PAYMENT_TEST", "1", "sandbox.test-mode"),
                arguments("KLARNA_PLAYGROUND", "true", "sandbox.test-mode"),
                arguments("PAYMENT_PRODUCTION", "false", "sandbox.test-mode"),
                arguments("IS_PROD", "false", "sandbox.test-mode"),
                arguments("USE_PRODUCTION", "false", "sandbox.test-mode"),
                // an implementation selector set to a stand-in
                arguments("SMS_PROVIDER", "mock", "sandbox.test-mode"),
                arguments("generation.default-provider", "MOCK", "sandbox.test-mode"),
                arguments("PAYMENT_GATEWAY", "dummy", "sandbox.test-mode"),
                arguments("AUTH_MODE", "fake", "sandbox.test-mode"),
                arguments("SEPA_OTP_INSTRUCTION_TRANSPORT", "dummy", "sandbox.test-mode"),
                arguments("SMS_DRIVER", "log", "sandbox.discard-transport"),
                arguments("OTP_PROVIDER", "console", "sandbox.discard-transport"),
                // test networks named beside their chain in the key
                arguments("BITCOIN_NETWORK", "signet", "sandbox.test-network"),
                arguments("BITCOIN_NETWORK", "regtest", "sandbox.test-network"),
                // placeholders for a host
                arguments("API_HOST", "hostname", "sandbox.reserved-host"),
                arguments("API_URL", "http://ip_address:8000", "sandbox.reserved-host"),
                arguments("API_URL", "http://server_ip:8080", "sandbox.reserved-host"),
                arguments("APP_URL", "https://CHANGE_ME", "sandbox.reserved-host"),
                arguments("Uploader.AliyunOss.Host", "请配置成你自己的", "sandbox.reserved-host"),
                arguments("oss.endpoint", "你的endpoint", "sandbox.reserved-host"),
                // development VM addresses as the address others are sent to
                arguments("PUBLIC_URL", "http://192.168.99.100", "sandbox.local-public-url"),
                arguments("SITE_URL", "http://10.0.2.2:8000", "sandbox.local-public-url"),
                arguments("PUBLIC_URL", "http://192.168.49.2:30080", "sandbox.local-public-url"),
                // Azure Cosmos DB's client settings on the local machine: its emulator; OAuth's authorize endpoint
                arguments("Values.COSMOS_ENDPOINT", "https://localhost:8081", "sandbox.emulator"),
                arguments("Auth__Providers__0__AuthorizeUri", "http://localhost:7071/api/authorize",
                        "sandbox.local-public-url"),
                // Okta's free organisations, named by Okta
                arguments("OKTA_ISSUER", "https://dev-08802788.okta.com/oauth2/default", "sandbox.provider-host"),
                arguments("Auth__Providers__1__Issuer", "https://dev-08802788.okta.com/", "sandbox.provider-host"),
                arguments("OKTA_ISSUER", "https://integrator-1234567.okta.com/oauth2/default",
                        "sandbox.provider-host"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReadTheSeventeenthPassRules(String key, String value, String code) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, Severity.NO_GO));
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("USE_TEST_SERVER", "false"),
                arguments("USE_TEST_DATA", "true"),
                arguments("KEEP_STAGING", "true"),
                arguments("CLEANUP_STAGING", "1"),
                arguments("S3_STAGING_DIR", "s3://acme-athena/staging/"),
                arguments("LETSENCRYPT_STAGING", "false"),
                arguments("ALPACA_PAPER", "false"),
                arguments("TRADING_MODE", "live"),
                arguments("PRINT_PAPER", "A4"),
                arguments("SIMULATION_MODE", "false"),
                arguments("ALLOW_SIMULATION_IN_PRODUCTION", "false"),
                arguments("SHIPPO_TEST", "false"),
                arguments("RUN_TEST", "true"),
                arguments("PAYMENT_PRODUCTION", "true"),
                arguments("NPM_CONFIG_PRODUCTION", "false"),
                arguments("PGVECTOR_REQUIRE_IN_PRODUCTION", "false"),
                arguments("SMS_PROVIDER", "twilio"),
                arguments("CACHE_BACKEND", "dummy"),
                arguments("PYSTRAY_BACKEND", "dummy"),
                arguments("AUDIO_BACKEND", "dummy"),
                arguments("TEST_RUNNER_CLIENT", "mock"),
                arguments("LOG_DRIVER", "console"),
                arguments("OTEL_TRACES_EXPORTER", "console"),
                arguments("NOTIFICATION_BACKEND", "memory"),
                arguments("MOCK_LATENCY_MS", "250"),
                arguments("BITCOIN_NETWORK", "mainnet"),
                arguments("DOCKER_NETWORK", "signet"),
                arguments("API_HOST", "api-gateway"),
                arguments("API_URL", "http://server:8080"),
                arguments("SERVER_URL", "https://bücher.de"),
                arguments("pretix.url", "https://tickets.acmebank.com"),
                arguments("REDIS_HOST", "192.168.99.100"),
                arguments("SITE_URL", "http://10.0.12.4:8000"),
                arguments("COSMOS_ENDPOINT", "https://acme-orders.documents.azure.com:443/"),
                arguments("OKTA_ISSUER", "https://acme.okta.com/oauth2/default"),
                arguments("OKTA_ISSUER", "https://devteam.okta.com/oauth2/default"),
                arguments("AUTH0_ISSUER_BASE_URL", "https://dev-sgt7gza7y2i87hdr.us.auth0.com"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveTheLookalikesAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }
}
