package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Chains written as CAIP-2 identifiers, the form WalletConnect, Privy, thirdweb and the x402 payment protocol take
 * ({@code X402_NETWORK=eip155:84532}, {@code PRIVY_FUNDING_TARGET_CAIP2=eip155:11155111},
 * {@code DINARI_ORDER_CHAIN_ID=eip155:11155111}, a list {@code eip155:1,eip155:11155111}): the {@code eip155:} or
 * {@code solana:} namespace says the value is a chain, so it is read under any key. An EVM reference that is a public
 * test network's or a local development chain's id ({@link TestChainIds}), or a Solana reference that is the devnet's
 * or testnet's genesis hash, is {@code sandbox.test-network}; main networks ({@code eip155:1}, {@code eip155:8453},
 * Solana's {@code 5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp}) are clean. Stateless.
 */
final class Caip2Chains {

    private static final String EVM = "eip155:";
    private static final String SOLANA = "solana:";
    /** Solana genesis-hash prefixes (CAIP-30) of the public test clusters. */
    private static final Map<String, String> SOLANA_TEST_CLUSTERS = Map.of(
            "etwtrabzayq6imfeykouru166vu2xqa1", "Solana devnet", "4uhcvjyu9pjkvqys88urdiswhxscky3z", "Solana testnet");
    private static final int LONGEST = 400;

    private Caip2Chains() {
    }

    /**
     * The finding on a CAIP-2 chain of a test network, or on a list holding one.
     *
     * @param setting the setting
     * @param value its stripped value
     * @return a NO-GO {@code sandbox.test-network}, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() < EVM.length() + 1 || value.length() > LONGEST || value.indexOf(':') < 0) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(EVM) && !lower.startsWith(SOLANA)) {
            return null;
        }
        for (String part : lower.split("[,; ]+")) {
            String network = null;
            String id = null;
            if (part.startsWith(EVM)) {
                id = part.substring(EVM.length());
                network = id.isEmpty() || id.length() > 9 || !digits(id) ? null : TestChainIds.testNetwork(id);
            } else if (part.startsWith(SOLANA)) {
                id = part.substring(SOLANA.length());
                network = SOLANA_TEST_CLUSTERS.get(id);
            }
            if (network != null) {
                return SandboxFindings.testChain(setting, part, network);
            }
        }
        return null;
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
