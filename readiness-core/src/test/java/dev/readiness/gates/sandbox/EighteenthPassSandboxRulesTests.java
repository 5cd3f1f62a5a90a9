package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eighteenth pass's sandbox rules, each on both sides: a dry run or live trading switched off where that is the
 * service's work (freqtrade's {@code dry_run}, trading bots' {@code LIVE_TRADING}); an endpoint key named for a public
 * blockchain test network ({@code RINKEBY_RPC_URL}), whatever node it points at, and a node gateway's path that names
 * one ({@code rpc.ankr.com/eth_sepolia}); template text with underscores as a URL ({@code replace_me}); NOWPayments in
 * the catalog; HTTP mock servers and GreenMail as hosts; the unspecified address as a public URL's host; a
 * code-execution sandbox service ({@code http://sandbox:8194}) is no test environment. Hosts and keys are made up unless a provider's or a
 * product's own naming is the point.
 */
class EighteenthPassSandboxRulesTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                // a dry run of the service's own work: the whole key, or under a provider, payments or trading
                arguments("dry_run", "true", "sandbox.test-mode"),
                arguments("DRY_RUN", "1", "sandbox.test-mode"),
                arguments("dryRun", "yes", "sandbox.test-mode"),
                arguments("DRY_RUN_MODE", "true", "sandbox.test-mode"),
                arguments("BINANCE_DRY_RUN", "true", "sandbox.test-mode"),
                arguments("trading.dry-run", "true", "sandbox.test-mode"),
                arguments("PAYMENT_DRYRUN", "on", "sandbox.test-mode"),
                // live trading switched off: the bot paper-trades
                arguments("LIVE_TRADING", "false", "sandbox.test-mode"),
                arguments("ENABLE_LIVE_TRADING", "false", "sandbox.test-mode"),
                arguments("ALLOW_LIVE_TRADING", "0", "sandbox.test-mode"),
                // an endpoint key named for a public test network, whatever node answers there
                arguments("RINKEBY_RPC_URL", "http://0.0.0.0:8545", "sandbox.test-network"),
                arguments("GOERLI_URL", "http://localhost:8545", "sandbox.test-network"),
                arguments("SEPOLIA_RPC_URL", "https://rpc.acme-nodes.io/eth", "sandbox.test-network"),
                arguments("ALCHEMY_SEPOLIA_ENDPOINT", "https://node.acme.io/v2/k", "sandbox.test-network"),
                arguments("TESTNET_NODE", "wss://node.acme.io", "sandbox.test-network"),
                arguments("holesky.rpc", "http://127.0.0.1:8545", "sandbox.test-network"),
                // a node gateway that routes by path names the network in a later segment
                arguments("ETH_RPC_URL", "https://rpc.ankr.com/eth_sepolia", "sandbox.test-network"),
                arguments("ETH_RPC_URL", "https://gw.acme-nodes.io/api/v1/node/ethereum-sepolia", "sandbox.test-network"),
                arguments("POLYGON_RPC_URL", "https://rpc.ankr.com/polygon_amoy", "sandbox.test-network"),
                arguments("ETH_RPC_URL", "https://gw.acme-nodes.io/node/v1/eth/sepolia/KEY", "sandbox.test-network"),
                arguments("ART_SUBGRAPH_URL", "https://api.thegraph.com/subgraphs/name/acme/art-rinkeby",
                        "sandbox.test-network"),
                // the unspecified address as the host of a public URL: nobody can be sent there
                arguments("production.URL_HOST", "0.0.0.0:3000", "sandbox.local-public-url"),
                arguments("APP_URL", "0.0.0.0:3000", "sandbox.local-public-url"),
                // a sandbox service under a payments key stays a sandbox
                arguments("PAYMENT_API_URL", "http://sandbox:8080", "sandbox.host"),
                arguments("ORDERS_API_URL", "http://api-sandbox:8080", "sandbox.host"),
                // template text with underscores as a whole URL
                arguments("STATE_CHANGE_SLACK_URL", "replace_me", "sandbox.reserved-host"),
                arguments("WEBHOOK_URL", "CHANGE_ME_LATER", "sandbox.reserved-host"),
                // NOWPayments: its sandbox API, and a loopback stand-in under its name
                arguments("NOWPAYMENTS_API_URL", "https://api-sandbox.nowpayments.io/v1", "sandbox.provider-host"),
                arguments("NOW_PAYMENTS_API_URL", "http://localhost", "sandbox.emulator"),
                // HTTP mock servers and a test mail server named after their images
                arguments("PAYMENTS_API_URL", "http://mountebank:2525", "sandbox.emulator"),
                arguments("PARTNER_API_URL", "http://hoverfly:8500", "sandbox.emulator"),
                arguments("ORDERS_API_URL", "http://mockoon-orders:3000", "sandbox.emulator"),
                arguments("SMTP_HOST", "greenmail", "sandbox.mail-catcher"),
                arguments("MAIL_URL", "smtp://greenmail:3025", "sandbox.mail-catcher"),
                // a sandbox flag (PayPal's sample's SANDBOX_FLAG; the lead's rule after blind set 24)
                arguments("SANDBOX_FLAG", "true", "sandbox.test-mode"),
                arguments("PAYPAL_SANDBOX_FLAG", "true", "sandbox.test-mode"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReadTheEighteenthPassRules(String key, String value, String code) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, Severity.NO_GO));
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                // a tool's own dry run, and switches off or live
                arguments("NEXT_BUILD_ENV_SENTRY_UPLOAD_DRY_RUN", "true"),
                arguments("RENOVATE_DRY_RUN", "true"),
                arguments("HELM_DRY_RUN", "true"),
                arguments("dry_run", "false"),
                arguments("DRY_RUN_OUTPUT", "true"),
                arguments("DRY_RUN_LIMIT", "10"),
                arguments("LIVE_TRADING", "true"),
                arguments("LIVE_TRADING_SYMBOLS", "false"),
                arguments("LIVE_RELOAD", "false"),
                // test networks: not an endpoint key, a reference, a main-network URL, a product named Fuji
                arguments("SEPOLIA_CHAIN_LABEL", "sepolia"),
                arguments("SEPOLIA_RPC_URL", "${SEPOLIA_RPC_URL}"),
                arguments("SEPOLIA_RPC_URL", "https://eth-mainnet.g.alchemy.com/v2/k"),
                arguments("FUJI_API_URL", "https://api.fujifilm-acme.com"),
                arguments("LATEST_API_URL", "https://api.acme.com"),
                arguments("CONTEST_NODE_URL", "https://contest.acme.com"),
                // gateway paths of main networks, and network-like words without a chain beside them
                arguments("ETH_RPC_URL", "https://rpc.ankr.com/eth"),
                arguments("POLYGON_RPC_URL", "https://rpc.ankr.com/polygon"),
                arguments("CATALOG_API_URL", "https://api.acme.com/products/fuji/photos"),
                // bind addresses stay bind addresses
                arguments("PUBLIC_HOST", "0.0.0.0"),
                arguments("HOST", "0.0.0.0"),
                arguments("SERVER_URL", "0.0.0.0:8080"),
                // a code-execution sandbox beside the application (Dify, FastGPT, Khoj name the service so)
                arguments("CODE_EXECUTION_ENDPOINT", "http://sandbox:8194"),
                arguments("TERRARIUM_URL", "http://sandbox:8080"),
                arguments("CODE_RUNNER_URL", "http://python-sandbox:8000"),
                // ordinary underscored values are no URL template
                arguments("WEBHOOK_URL", "orders_service"),
                arguments("UPSTREAM_URL", "payments_api"),
                // NOWPayments' live API; the mock servers' own sites; a relay whose name only starts alike
                arguments("NOWPAYMENTS_API_URL", "https://api.nowpayments.io/v1"),
                arguments("DOCS_URL", "https://docs.hoverfly.io/en/latest/"),
                arguments("API_URL", "https://mockoon.com"),
                arguments("SMTP_HOST", "green-mail-relay"),
                // a sandbox flag switched off, and an iframe's sandbox flags (a security attribute)
                arguments("SANDBOX_FLAG", "false"),
                arguments("IFRAME_SANDBOX_FLAGS", "true"),
                arguments("FEATURE_FLAG", "true"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveTheLookalikesAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    @Test
    void aMainNetworkKeyOnLoopbackShouldStayALocalHostWarning() {
        assertThat(on(production("MAINNET_RPC_URL=http://localhost:8545\n"), "MAINNET_RPC_URL"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.local-host", Severity.WARN));
    }
}
