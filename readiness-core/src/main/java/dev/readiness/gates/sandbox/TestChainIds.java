package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.settings.Setting;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * EVM chain ids of public test networks and local development chains under a chain-id key ({@code CHAIN_ID=11155111},
 * {@code app.web3.chain-id=80002}), and names of public test networks under a network, chain or cluster key
 * ({@code OP_NODE_NETWORK=base-sepolia}, {@code SOLANA_CLUSTER=devnet}): the application signs for a chain whose coins
 * and contracts have no value. Ids from the chains' own registries (chainlist.org, ethereum-lists/chains). Stateless.
 */
final class TestChainIds {

    private static final Map<String, String> NETWORKS = Map.ofEntries(
            Map.entry("5", "Ethereum Goerli"), Map.entry("11155111", "Ethereum Sepolia"),
            Map.entry("17000", "Ethereum Holesky"), Map.entry("560048", "Ethereum Hoodi"),
            Map.entry("80001", "Polygon Mumbai"), Map.entry("80002", "Polygon Amoy"),
            Map.entry("97", "BNB Smart Chain testnet"), Map.entry("43113", "Avalanche Fuji"),
            Map.entry("421614", "Arbitrum Sepolia"), Map.entry("84532", "Base Sepolia"),
            Map.entry("11155420", "OP Sepolia"), Map.entry("59141", "Linea Sepolia"),
            Map.entry("534351", "Scroll Sepolia"), Map.entry("44787", "Celo Alfajores"),
            Map.entry("10200", "Gnosis Chiado"), Map.entry("300", "zkSync Sepolia"),
            Map.entry("998", "HyperEVM testnet"), Map.entry("4002", "Fantom testnet"),
            Map.entry("1287", "Moonbase Alpha"), Map.entry("1001", "Kaia Kairos"), Map.entry("5003", "Mantle Sepolia"),
            Map.entry("168587773", "Blast Sepolia"), Map.entry("338", "Cronos testnet"),
            Map.entry("31337", "a local Hardhat or Anvil chain"), Map.entry("1337", "a local development chain"),
            Map.entry("3", "Ethereum Ropsten (retired)"), Map.entry("4", "Ethereum Rinkeby (retired)"),
            Map.entry("42", "Ethereum Kovan (retired)"), Map.entry("69", "Optimism Kovan (retired)"),
            Map.entry("420", "Optimism Goerli (retired)"), Map.entry("421613", "Arbitrum Goerli (retired)"),
            Map.entry("84531", "Base Goerli (retired)"), Map.entry("280", "zkSync Era Goerli (retired)"),
            Map.entry("59140", "Linea Goerli (retired)"), Map.entry("1442", "Polygon zkEVM testnet (retired)"),
            Map.entry("2442", "Polygon zkEVM Cardona"), Map.entry("534353", "Scroll Alpha (retired)"),
            Map.entry("10143", "Monad testnet"));

    /** Chain ids of local development chains: a Truffle or Hardhat file's {@code development} network is one. */
    private static final java.util.Set<String> LOCAL_CHAINS = java.util.Set.of("31337", "1337");

    private static final int LONGEST_NETWORK_NAME = 40;

    /**
     * The name of the test or development chain with this EVM chain id.
     *
     * @param id a chain id in decimal
     * @return the chain's name, or {@code null} for any other chain
     */
    static @Nullable String testNetwork(String id) {
        return NETWORKS.get(id);
    }
    /**
     * The canonical endings of keys that name a network, and of those that name the deployment's environment: a
     * dapp's {@code REACT_APP_ENVIRONMENT=rsk_testnet} selects its chain by the environment's name.
     */
    private TestChainIds() {
    }

    /**
     * A {@code sandbox.test-network} finding when a key whose last word is {@code network}, {@code chain},
     * {@code cluster}, {@code environment} or {@code env}, or whose last words are {@code network name},
     * {@code chain name} ({@code NEAR_EXPLORER_CONFIG__NETWORK_NAME=testnet}), {@code net type}, {@code network type},
     * {@code chain type} or {@code network mode} ({@code net.type=testnet}, a Tron explorer's), holds the name of a public test network: a word of {@link ModeWords#TEST_NETWORKS} or a name
     * ending in one of {@link ModeWords#PROPER_TEST_NETWORKS} as one of its dash- or underscore-parts
     * ({@code base-sepolia}, {@code testnet}, {@code devnet}, {@code bsctestnet}), a framework's local validator
     * ({@code localnet}, forty-third pass), or a word of
     * {@link ModeWords#CHAIN_TEST_NETWORKS} beside a chain word ({@code polygon-mumbai}, {@code polygonMumbai}: a capital
     * after a lower-case letter starts a part too). {@code mainnet},
     * {@code base-mainnet}, Docker network names, Kubernetes cluster names ({@code backend}, {@code prod-eu}) and
     * environments without a network's name ({@code production}, Vercel's {@code preview}) are not.
     *
     * @param setting the setting
     * @param value its stripped value
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judgeName(Setting setting, String value) {
        if (value.length() > LONGEST_NETWORK_NAME || value.indexOf('.') >= 0 || value.indexOf(':') >= 0) {
            return null;
        }
        String key = setting.key();
        if (!SandboxKey.namesNetwork(key)) {
            return null;
        }
        String network = testNetworkName(splitCamelCase(value).toLowerCase(Locale.ROOT), key);
        return network == null ? null : SandboxFindings.testNetworkName(setting, network);
    }

    /** {@code polygonMumbai} as {@code polygon-Mumbai}: a lower-case letter then a capital starts a new part. */
    private static String splitCamelCase(String value) {
        StringBuilder parts = null;
        int from = 0;
        for (int i = 1; i < value.length(); i++) {
            char previous = value.charAt(i - 1);
            char current = value.charAt(i);
            if (previous >= 'a' && previous <= 'z' && current >= 'A' && current <= 'Z') {
                if (parts == null) {
                    parts = new StringBuilder(value.length() + 4);
                }
                parts.append(value, from, i).append('-');
                from = i;
            }
        }
        return parts == null ? value : parts.append(value, from, value.length()).toString();
    }

    private static @Nullable String testNetworkName(String name, String key) {
        String[] parts = name.split("[-_ ]", -1);
        for (String part : parts) {
            if (ModeWords.TEST_NETWORKS.contains(part)) {
                return part;
            }
            for (String network : ModeWords.PROPER_TEST_NETWORKS) {
                if (part.endsWith(network)) {
                    return network;
                }
            }
            if (part.endsWith("testnet") || part.endsWith("devnet") || part.endsWith(LOCAL_NETWORK)) {
                return part;
            }
        }
        for (String part : parts) {
            if (ModeWords.CHAIN_TEST_NETWORKS.contains(part)) {
                for (String sibling : parts) {
                    if (ModeWords.CHAIN_WORDS.contains(sibling)) {
                        return part;
                    }
                }
                for (String word : dev.readiness.gates.internal.KeyWords.of(key)) {
                    if (ModeWords.CHAIN_WORDS.contains(word)) {
                        return part;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The local test validator blockchain frameworks name a cluster or network for: Anchor's and Sui's
     * {@code localnet} ({@code provider.cluster=localnet} in an {@code Anchor.toml}), AlgoKit's. Its coins and
     * programs exist on the developer's machine only (forty-third pass).
     */
    private static final String LOCAL_NETWORK = "localnet";

    /** Words of a node's address that are no {@code url}, {@code host} or {@code endpoint}. */
    private static final java.util.Set<String> NODE_WORDS = java.util.Set.of("rpc", "ws", "wss", "node",
            "provider");

    /**
     * The public test network an endpoint key is named for ({@code RINKEBY_RPC_URL}, {@code SEPOLIA_URL},
     * {@code GOERLI_WS}, {@code ALCHEMY_SEPOLIA_ENDPOINT}): a word of {@link ModeWords#TEST_NETWORKS} or
     * {@link ModeWords#PROPER_TEST_NETWORKS} among the key's words, in a key that names an endpoint or a node. Fuji
     * is also a product and a mountain and is not read here. Found once per key.
     *
     * @param words the key's lower-case words
     * @param endpointKey whether the key names an endpoint ({@code url}, {@code host}, {@code endpoint}, …)
     * @return the network's word, or {@code null}
     */
    static @Nullable String testNetworkEndpointKey(java.util.List<String> words, boolean endpointKey) {
        String network = null;
        boolean node = endpointKey;
        for (String word : words) {
            if (network == null && !word.equals("fuji") && (ModeWords.TEST_NETWORKS.contains(word)
                    || ModeWords.PROPER_TEST_NETWORKS.contains(word))) {
                network = word;
            }
            node |= NODE_WORDS.contains(word);
        }
        return node ? network : null;
    }

    /**
     * A {@code sandbox.test-network} finding when an endpoint key named for a public test network holds a URL
     * ({@code RINKEBY_RPC_URL=http://0.0.0.0:8545}): whatever node answers there, the application is configured for
     * the test network's chain, contracts and coins. A URL that names a main network ({@code mainnet}) contradicts
     * the key and is left to the host rules.
     *
     * @param setting the setting
     * @param value its stripped value
     * @param network the test network the key names ({@link SandboxKey#testNetwork})
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judgeEndpointKey(Setting setting, String value, String network) {
        int scheme = value.indexOf("://");
        if (scheme <= 0 || value.regionMatches(true, 0, "file:", 0, 5)
                || value.toLowerCase(Locale.ROOT).contains("mainnet")) {
            return null;
        }
        return SandboxFindings.testNetworkName(setting, network);
    }

    /**
     * A {@code sandbox.test-network} finding when a chain-id key holds a test or development chain's id
     * ({@code ETH_CHAIN_ID=4}), or a network-id key a public test network's: a Truffle network's
     * {@code networks.kovan.network_id=42} under its {@code networks} section or beside a chain's word, or an id of
     * four digits or more that only a chain has ({@code VITE_NETWORK_ID=560048}). A network id of one to three digits
     * elsewhere may be any network's (a LoRaWAN or Zigbee id), and a local chain's id under a network-id key is a
     * Truffle file's {@code development} entry, which every such file lists.
     *
     * @param setting the setting
     * @param value its stripped value
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value) {
        if (value.length() > 7 && value.charAt(6) == ':') { // eip155:… and solana:… put the colon there
            return Caip2Chains.judge(setting, value);
        }
        if (value.isEmpty() || value.length() > 9 || value.charAt(0) < '0' || value.charAt(0) > '9') {
            return null;
        }
        String network = NETWORKS.get(value);
        if (network == null) {
            return null;
        }
        String key = setting.key();
        if (!CanonicalKeys.endsWith(key, "chainid")
                && !(CanonicalKeys.endsWith(key, "networkid") && namesChainNetwork(key, value))) {
            return null;
        }
        if (CanonicalKeys.endsWith(key, "chainid") && namesOtherChain(key)) {
            return null;
        }
        if (value.startsWith("313") || value.startsWith("133")) {
            if (LocalChainSections.definesLocalChain(setting.key())) {
                return null; // Hardhat's own networks.hardhat entry, one network of the file's list
            }
        }
        return SandboxFindings.testChain(setting, value, network);
    }

    /**
     * Words that, right before {@code chain}, make it a chain of hotels, shops or certificates, or a chain of filters
     * or handlers in code, not a blockchain.
     */
    private static final java.util.Set<String> OTHER_CHAINS = java.util.Set.of("hotel", "hotels", "retail",
            "retailer", "store", "stores", "shop", "shops", "supply", "restaurant", "food", "grocery", "pharmacy",
            "franchise", "brand", "filter", "filters", "cert", "certs", "certificate", "certificates", "ca", "trust",
            "proxy", "handler", "handlers", "middleware", "interceptor", "security", "plugin", "build", "markov",
            "kill", "value", "daisy", "cold", "cache", "command", "approval", "escalation", "workflow", "tool", "key");

    /**
     * Whether a chain-id key names a chain that is no blockchain: a business or software chain's word right before
     * {@code chain} ({@code HOTEL_CHAIN_ID=4}, {@code SUPPLY_CHAIN_ID=3}, {@code FILTER_CHAIN_ID=42},
     * {@code CERT_CHAIN_ID=5}), or a word glued to {@code chain} that is not a blockchain's ({@code TOOLCHAIN_ID},
     * {@code KEYCHAIN_ID}; {@code BLOCKCHAIN_ID} and {@code BNBCHAIN_ID} stay read). Hostile testing, thirty-fourth
     * pass: these were {@code sandbox.test-network} NO-GO because 3, 4, 5 and 42 were retired test networks' ids.
     */
    private static boolean namesOtherChain(String key) {
        java.util.List<String> words = dev.readiness.gates.internal.KeyWords.of(key);
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (word.equals("chain")) {
                return i > 0 && OTHER_CHAINS.contains(words.get(i - 1));
            }
            if (word.endsWith("chain") && !word.startsWith("chainid")) {
                String stem = word.substring(0, word.length() - "chain".length());
                return !stem.equals("block") && !ModeWords.CHAIN_WORDS.contains(stem)
                        && !ModeWords.CHAIN_WORDS.contains(word);
            }
            if (word.endsWith("chainid") && word.length() > "chainid".length()) {
                String stem = word.substring(0, word.length() - "chainid".length());
                return OTHER_CHAINS.contains(stem) || stem.endsWith("tool") || stem.endsWith("key");
            }
        }
        return false;
    }

    private static boolean namesChainNetwork(String key, String id) {
        if (LOCAL_CHAINS.contains(id)) {
            return false;
        }
        if (id.length() >= 4) {
            return true;
        }
        for (String word : dev.readiness.gates.internal.KeyWords.of(key)) {
            if (word.equals("networks") || ModeWords.CHAIN_WORDS.contains(word)
                    || ModeWords.TEST_NETWORKS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
