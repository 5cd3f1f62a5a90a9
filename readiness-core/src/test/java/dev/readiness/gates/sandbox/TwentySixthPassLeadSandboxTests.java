package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead's readings of the twenty-sixth pass's blind sets 52 to 54, each on both sides: the application's own demo
 * mode switched on, the acceptance stage of an OTAP pipeline as a middle host label ({@code acc}), a reserved domain
 * under a server or address key that names no mail word, a test network named by a {@code network name} key, and a
 * local development chain (Ganache, Hardhat) as a service host; and after sets 55–57's first contact, the Finnish
 * {@code itest} integration stage left of the registrable label and "my domain" in Spanish, Portuguese and French.
 */
class TwentySixthPassLeadSandboxTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("app.demo-mode", "true", "sandbox.test-mode"),
                arguments("DEMO_MODE", "true", "sandbox.test-mode"),
                arguments("isDemoMode", "true", "sandbox.test-mode"),
                arguments("webshop.demoEnabled", "true", "sandbox.test-mode"),
                arguments("opsli.enable-demo", "true", "sandbox.test-mode"),
                arguments("REACT_APP_ERFPACHT_URL", "https://mijnerfpacht.acc.amsterdam.nl/saml/login",
                        "sandbox.host"),
                arguments("IPROX_SERVER", "https://www.acc.amsterdam.nl/", "sandbox.host"),
                arguments("production.address", "smtp.example.com", "sandbox.reserved-host"),
                arguments("FABRIC_PEER_ADDRESS", "peer0.org1.example.com:7051", "sandbox.reserved-host"),
                arguments("LDAP_SERVER", "ldap.example.org", "sandbox.reserved-host"),
                arguments("NEAR_EXPLORER_CONFIG__NETWORK_NAME", "testnet", "sandbox.test-network"),
                arguments("CHAIN_NAME", "sepolia", "sandbox.test-network"),
                arguments("GANACHE_RPC_URL", "http://ganache:8545", "sandbox.emulator"),
                arguments("ETH_RPC_URL", "http://hardhat:8545", "sandbox.emulator"),
                arguments("CAS_URL", "https://itest-virkailija.oph.ware.fi/cas", "sandbox.host"),
                arguments("CORS_ALLOWED_ORIGINS", "https://app-rel.midominio.com", "sandbox.reserved-host"),
                arguments("PUBLIC_URL", "https://www.meudominio.com.br", "sandbox.reserved-host"),
                arguments("SITE_URL", "https://www.mondomaine.fr", "sandbox.reserved-host"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReport(String key, String value, String code) {
        List<Finding> findings = on(production(key + "=" + value + "\n"), key);

        assertThat(findings).extracting(Finding::code).contains(code);
        assertThat(findings).extracting(Finding::severity).contains(Severity.NO_GO);
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("app.demo-mode", "false"),
                arguments("FEATURE_DEMO_MODE", "false"),
                arguments("SEED_DEMO_DATA", "true"),
                arguments("DEMO_ACCOUNTS_ENABLED", "true"),
                arguments("WAVE_DEMO", "true"),
                arguments("ACCOUNTS_URL", "https://acc.maimai.cn/login"),
                arguments("CARDIOLOGY_URL", "https://www.acc.org/guidelines"),
                arguments("STORAGE_URL", "https://acc.r2.cloudflarestorage.com/bucket"),
                arguments("server.address", "0.0.0.0"),
                arguments("MAIL_FROM_ADDRESS", "noreply@example.com"),
                arguments("REDIS_SERVER", "redis.internal.acme.io"),
                arguments("NETWORK_NAME", "backend"),
                arguments("NEAR_NETWORK_NAME", "mainnet"),
                arguments("SHOP_URL", "https://shop.ganache-bakery.com"),
                arguments("ETH_RPC_URL", "https://eth-mainnet.g.alchemy.com/v2/KEY"),
                arguments("ITEST_REPORT_URL", "https://itest.io/reports"),
                arguments("SITE_URL", "https://www.midea.com"),
                arguments("SITE_URL", "https://www.monsieur.fr"),
                arguments("SHOP_URL", "https://www.tu-berlin.de"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveTheLookalikesAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code)
                .doesNotContain("sandbox.test-mode", "sandbox.host", "sandbox.reserved-host", "sandbox.test-network",
                        "sandbox.emulator");
    }
}
