package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.SecretShape;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Credentials whose key names a public blockchain test network ({@code SEPOLIA_PRIVATE_KEY},
 * {@code GOERLI_DEPLOYER_KEY}, {@code TESTNET_API_SECRET}): a wallet key or provider key for a test network, which
 * the key, not the value, marks (a private key is 64 hex digits whatever network it signs for). In production the
 * service then signs on a test network, as a {@code PAYPAL_SANDBOX_CLIENT_SECRET} calls a sandbox
 * ({@link ModeNamedCredentials}); unless the key's mainnet counterpart ({@code MAINNET_PRIVATE_KEY},
 * {@code PROD_PRIVATE_KEY}) is set beside it, where a network switch picks one and is judged on its own
 * (thirty-third pass: a dApp's {@code SEPOLIA_PRIVATE_KEY} of a throwaway wallet gave no finding beside its
 * {@code SEPOLIA_RPC_URL}'s {@code sandbox.test-network}). Hardhat's {@code networks.sepolia.accounts[0]}, the list of
 * private keys a network signs with, counts as a credential key. A public key or address under such a key is no credential.
 * Stateless.
 */
final class TestNetworkCredentials {

    private static final String[] LIVE_WORDS = {"mainnet", "live", "production", "prod"};
    private static final Set<String> PUBLIC_WORDS = Set.of("public", "publishable", "pub", "address", "addr");
    private static final int MIN_LENGTH = 8;

    private TestNetworkCredentials() {
    }

    /**
     * Whether the key's words name a test network and a credential, and nothing public: the rule's only key test,
     * made once per key.
     *
     * @param words the key's lower-case words
     * @return {@code true} for {@code sepolia private key}, {@code testnet api secret}
     */
    static boolean namesKey(List<String> words) {
        boolean network = false;
        boolean credential = false;
        for (String word : words) {
            if (PUBLIC_WORDS.contains(word)) {
                return false;
            }
            network |= ModeWords.TEST_NETWORKS.contains(word) || ModeWords.PROPER_TEST_NETWORKS.contains(word);
            credential |= KeyClass.CREDENTIAL.words().contains(word) || word.equals("accounts");
        }
        return network && credential;
    }

    /**
     * The finding on a literal credential under such a key in production.
     *
     * @param settings all settings, to look for the mainnet counterpart
     * @param setting the setting, whose key {@link #namesKey} accepted
     * @param words the key's lower-case words
     * @return the finding, or {@code null} for a short, spaced, referenced or URL value, one without a digit, or with a
     *         counterpart set
     */
    static @Nullable Finding judge(Settings settings, Setting setting, List<String> words) {
        String value = setting.value().strip();
        if (value.length() < MIN_LENGTH || value.indexOf(' ') >= 0 || value.indexOf("${") >= 0
                || value.indexOf("://") > 0 || !hasDigit(value)) {
            return null;
        }
        String network = null;
        for (String word : words) {
            if (ModeWords.TEST_NETWORKS.contains(word) || ModeWords.PROPER_TEST_NETWORKS.contains(word)) {
                network = word;
            }
        }
        if (network == null || hasMainnetCounterpart(settings, setting.key(), network)) {
            return null;
        }
        return SandboxFindings.testCredential(setting, null, SecretShape.of(value).describe()
                + ", under a key that names the public test network " + network, network);
    }

    /**
     * Keys and tokens hold digits; stand-ins ({@code your_private_key}, {@code changeme}, {@code xxxxxxxx}) mostly do
     * not, and are left to the secrets gate, which says what they are.
     */
    private static boolean hasDigit(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMainnetCounterpart(Settings settings, String key, String network) {
        return ModeNamedCredentials.hasCounterpart(settings, key, network, LIVE_WORDS);
    }
}
