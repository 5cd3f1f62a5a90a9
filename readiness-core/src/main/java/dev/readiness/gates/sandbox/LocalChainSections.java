package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;

/**
 * A local development chain's id under the section that defines that very chain: Hardhat's configuration always holds
 * {@code networks.hardhat} (the in-process chain its tests run on, {@code chainId: 31337}, often set to {@code 1337}
 * for MetaMask), and Truffle's and Foundry's files name {@code localhost}, {@code ganache}, {@code anvil} or
 * {@code development} networks the same way. Such an entry is one network of a list the deploy command chooses from,
 * not the chain the service signs for, so its local id is no finding; the same id under any other key
 * ({@code CHAIN_ID=31337}, {@code networks.mainnet.chainId=31337}) stays {@code sandbox.test-network}. Stateless.
 */
final class LocalChainSections {

    private static final Set<String> LOCAL_CHAINS = Set.of("hardhat", "localhost", "ganache", "anvil", "development");

    private LocalChainSections() {
    }

    /**
     * Whether a chain-id key's word before its id words names a local development chain.
     *
     * @param key a key that ends in {@code chainId}
     * @return {@code true} for {@code networks.hardhat.chainId}; {@code false} for {@code CHAIN_ID}
     */
    static boolean definesLocalChain(String key) {
        List<String> words = KeyWords.of(key);
        int end = words.size() - 1;
        while (end >= 0 && (words.get(end).equals("id") || words.get(end).equals("chain")
                || words.get(end).equals("chainid"))) {
            end--;
        }
        return end >= 0 && LOCAL_CHAINS.contains(words.get(end));
    }
}
