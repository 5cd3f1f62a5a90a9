package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-third pass's test-network credentials ({@link TestNetworkCredentials}): a key or token under a key that
 * names a public blockchain test network, with a catch and a tempting clean neighbour each. The keys here were
 * generated for this test.
 */
class ThirtyThirdPassSecretsTestNetworkCredentialTests {

    private static final String KEY = "0x7d3c9f1e2b4a6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d";

    private static List<String> findingsIn(String lines, String key, Stage stage) {
        Settings settings = Settings.builder().dotenv("wallet.env", lines.replace('|', '\n') + "\n").build();
        return new SandboxGate().check(GateContext.of(stage, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "SEPOLIA_PRIVATE_KEY=" + KEY + " ~ SEPOLIA_PRIVATE_KEY",
            "GOERLI_DEPLOYER_KEY=" + KEY + " ~ GOERLI_DEPLOYER_KEY",
            "TESTNET_API_SECRET=Vq7tZ2mXe9LpR4sKw8NbYc3H ~ TESTNET_API_SECRET",
            "networks.holesky.accounts[0]=" + KEY + " ~ networks.holesky.accounts[0]",
            "AMOY_PRIVATE_KEY=" + KEY + "|AMOY_RPC_URL=https://rpc-amoy.polygon.technology ~ AMOY_PRIVATE_KEY"})
    void aCredentialForAPublicTestNetworkShouldStopInProduction(String lines, String key) {
        assertThat(findingsIn(lines, key, Stage.PRODUCTION)).containsExactly("NO_GO sandbox.test-credential");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "SEPOLIA_PRIVATE_KEY=" + KEY + "|MAINNET_PRIVATE_KEY=0x8d3c9f1e2b4a6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f"
                    + "9a1b3c5e ~ SEPOLIA_PRIVATE_KEY",
            "SEPOLIA_PUBLIC_KEY=0x04ab12cd34ef56ab78cd90ef12ab34cd ~ SEPOLIA_PUBLIC_KEY",
            "SEPOLIA_WALLET_ADDRESS=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed ~ SEPOLIA_WALLET_ADDRESS",
            "SEPOLIA_PRIVATE_KEY=${DEPLOYER_PRIVATE_KEY} ~ SEPOLIA_PRIVATE_KEY",
            "SEPOLIA_PRIVATE_KEY=your_private_key ~ SEPOLIA_PRIVATE_KEY",
            "MAINNET_PRIVATE_KEY=" + KEY + " ~ MAINNET_PRIVATE_KEY",
            "CONTEST_PRIVATE_KEY=" + KEY + " ~ CONTEST_PRIVATE_KEY"})
    void aMainnetSwitchAPublicKeyAReferenceOrAStandInShouldNotBeATestCredential(String lines, String key) {
        assertThat(findingsIn(lines, key, Stage.PRODUCTION)).doesNotContain("NO_GO sandbox.test-credential");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {"SEPOLIA_PRIVATE_KEY=" + KEY + " ~ SEPOLIA_PRIVATE_KEY"})
    void stagingMayUseATestNetwork(String lines, String key) {
        assertThat(findingsIn(lines, key, Stage.STAGING)).doesNotContain("NO_GO sandbox.test-credential");
    }
}
