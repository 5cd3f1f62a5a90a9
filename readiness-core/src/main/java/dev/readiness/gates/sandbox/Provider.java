package dev.readiness.gates.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the {@link ProviderCatalog}: what a payment, shipping, commerce, messaging or identity provider's
 * sandbox and live environments look like, and where that was documented. Immutable and thread-safe.
 *
 * @param id the catalog id, e.g. {@code paypal}
 * @param name the name printed in findings, e.g. {@code PayPal}
 * @param category {@code payment}, {@code shipping}, {@code commerce}, {@code messaging}, {@code identity} or
 *     {@code other}; live credentials of {@code payment} providers are reported outside production
 * @param sources the public documentation the entry was taken from
 * @param keyWords the words that name the provider in a setting key, each a list of consecutive key words
 *     (e.g. {@code [authorize, net]})
 * @param testHosts host patterns of the sandbox or test environment
 * @param liveHosts host patterns that only the live environment uses
 * @param sharedHosts host patterns both environments use (the mode is chosen by the credential); known, never
 *     judged by the words in their name
 * @param testPaths {@code host/path} prefixes of test environments that share the live host, e.g.
 *     {@code express.api.dhl.com/mydhlapi/test}
 * @param testCredentialPrefixes documented prefixes of test-mode credentials, e.g. {@code sk_test_}
 * @param liveCredentialPrefixes documented prefixes of live credentials, e.g. {@code sk_live_}
 * @param publicPrefixes documented prefixes that say what a credential is but not its mode, e.g. {@code ghp_}
 * @param modeSwitches canonical setting keys (see {@link dev.readiness.settings.RelaxedNames#canonical(String)})
 *     mapped to the lower-case values that switch the provider's client to its sandbox
 * @param testValues values the provider documents for tests only, public facts of the provider rather than anyone's
 *     secret: test site keys and secrets that pass every check (reCAPTCHA, hCaptcha, Turnstile), magic test phone
 *     numbers, test card numbers, emulator account keys
 */
public record Provider(String id, String name, String category, List<String> sources, List<List<String>> keyWords,
        List<String> testHosts, List<String> liveHosts, List<String> sharedHosts, List<String> testPaths,
        List<String> testCredentialPrefixes, List<String> liveCredentialPrefixes, List<String> publicPrefixes,
        Map<String, Set<String>> modeSwitches, List<String> testValues) {

    /**
     * Copies every list and map.
     *
     * @param id the catalog id
     * @param name the printed name
     * @param category the category
     * @param sources the documentation
     * @param keyWords the key words
     * @param testHosts sandbox host patterns
     * @param liveHosts live-only host patterns
     * @param sharedHosts host patterns of both environments
     * @param testPaths test path prefixes
     * @param testCredentialPrefixes test credential prefixes
     * @param liveCredentialPrefixes live credential prefixes
     * @param publicPrefixes prefixes without a mode
     * @param modeSwitches mode switches
     * @param testValues documented test values
     */
    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        sources = List.copyOf(sources);
        List<List<String>> copiedKeyWords = new ArrayList<>(keyWords.size());
        for (List<String> words : keyWords) {
            copiedKeyWords.add(List.copyOf(words));
        }
        keyWords = List.copyOf(copiedKeyWords);
        testHosts = List.copyOf(testHosts);
        liveHosts = List.copyOf(liveHosts);
        sharedHosts = List.copyOf(sharedHosts);
        testPaths = List.copyOf(testPaths);
        testCredentialPrefixes = List.copyOf(testCredentialPrefixes);
        liveCredentialPrefixes = List.copyOf(liveCredentialPrefixes);
        publicPrefixes = List.copyOf(publicPrefixes);
        modeSwitches = Map.copyOf(modeSwitches);
        testValues = List.copyOf(testValues);
    }

    /**
     * An entry without documented test values, as catalogs before the {@code test-values} attribute described them.
     *
     * @param id the catalog id
     * @param name the printed name
     * @param category the category
     * @param sources the documentation
     * @param keyWords the key words
     * @param testHosts sandbox host patterns
     * @param liveHosts live-only host patterns
     * @param sharedHosts host patterns of both environments
     * @param testPaths test path prefixes
     * @param testCredentialPrefixes test credential prefixes
     * @param liveCredentialPrefixes live credential prefixes
     * @param publicPrefixes prefixes without a mode
     * @param modeSwitches mode switches
     */
    public Provider(String id, String name, String category, List<String> sources, List<List<String>> keyWords,
            List<String> testHosts, List<String> liveHosts, List<String> sharedHosts, List<String> testPaths,
            List<String> testCredentialPrefixes, List<String> liveCredentialPrefixes, List<String> publicPrefixes,
            Map<String, Set<String>> modeSwitches) {
        this(id, name, category, sources, keyWords, testHosts, liveHosts, sharedHosts, testPaths,
                testCredentialPrefixes, liveCredentialPrefixes, publicPrefixes, modeSwitches, List.of());
    }

    /**
     * Whether live credentials of this provider move real money.
     *
     * @return {@code true} for the {@code payment} category
     */
    public boolean handlesPayments() {
        return category.equals("payment");
    }
}
