package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-fourth pass: the thirty-third pass reads retired test networks' chain ids (Ropsten 3,
 * Rinkeby 4, Goerli 5, Kovan 42) under any key ending in {@code chain id}, so a hotel or shop chain's id, a filter
 * chain's or a certificate chain's was a {@code sandbox.test-network} NO-GO. A word right before {@code chain} that
 * names another kind of chain, or glued to it ({@code TOOLCHAIN_ID}), now leaves the key alone; a blockchain's word,
 * a framework prefix and the bare key are read as before.
 */
class ThirtyFourthPassRedteamChainIdTests {

    private static List<String> testNetwork(String line) {
        var settings = ApplicationConfig.builder().configText("prod.env", line + "\n").build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.code().equals("sandbox.test-network")).map(f -> f.subject()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOTEL_CHAIN_ID=4", "RETAIL_CHAIN_ID=42", "SUPPLY_CHAIN_ID=3", "FILTER_CHAIN_ID=42",
        "CERT_CHAIN_ID=5", "app.store.chain-id=97", "hotelChainId=4", "TOOLCHAIN_ID=5", "KEYCHAIN_ID=42",
        "restaurant.chainId=3"})
    void anotherKindOfChainsIdShouldBeNoTestNetwork(String line) {
        assertThat(testNetwork(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHAIN_ID=4", "ETH_CHAIN_ID=4", "NEXT_PUBLIC_CHAIN_ID=5", "VITE_CHAIN_ID=11155111",
        "BSC_CHAIN_ID=97", "L1_CHAIN_ID=42", "app.web3.chain-id=80002", "BLOCKCHAIN_ID=5", "ethChainId=4",
        "BLOCKCHAIN_CHAIN_ID=3", "DEFAULT_CHAIN_ID=4"})
    void aBlockchainsIdShouldStillBeATestNetwork(String line) {
        assertThat(testNetwork(line)).hasSize(1);
    }
}
