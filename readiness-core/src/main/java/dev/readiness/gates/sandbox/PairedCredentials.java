package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Credential pairs share their mode: the secret beside a test-mode key id ({@code RAZORPAY_KEY_ID=rzp_test_…} and
 * {@code RAZORPAY_KEY_SECRET}, {@code razorpay.key-id} and {@code razorpay.key-secret}) is a test-mode secret,
 * whatever it looks like. Siblings are keys with the same stem: the key's words without the trailing words that
 * name a credential's role ({@code key}, {@code id}, {@code secret}, {@code public}, …); a webhook signing secret
 * keeps its own stem ({@code STRIPE_WEBHOOK_SECRET}), as it pairs with an endpoint, not a key. A stem that also holds a
 * live credential of the catalog is mixed, and judged by the inconsistency rule instead; a stem of no words
 * ({@code SECRET_KEY}) pairs nothing.
 */
final class PairedCredentials {

    /**
     * Trailing words that name a credential's role. {@code app} ({@code APP_ID}, {@code payPal.AppID}) and
     * {@code signature} are the roles of classic API credentials: PayPal's NVP/SOAP account is a user name, a
     * password, a signature and an application id under one stem ({@code acct1.Password}, {@code acct1.Signature},
     * {@code acct1.AppId}), also with the capitals of {@code API} glued on ({@code payPal.APISignature} is cut as
     * {@code pay pal apisignature}).
     */
    private static final Set<String> ROLE_WORDS = Set.of("id", "secret", "secrets", "key", "keys", "token",
            "password", "publishable", "public", "private", "api", "client", "access", "app", "appid", "signature",
            "apisignature", "apipassword");
    /** Words of the role that is secret; a signature of an API account is its second password. */
    private static final Set<String> SECRET_WORDS = Set.of("secret", "secrets", "token", "password", "private",
            "signature", "apisignature", "apipassword");

    /**
     * {@link #stem} of each key's words, remembered per key: the pass over the settings asks it of every key of a
     * snapshot with a test credential, and a key's stem depends on its text alone.
     */
    private static final KeyMemo<Optional<String>> KEY_STEMS = KeyMemo.of(key -> Optional.ofNullable(
            stem(KeyWords.of(key))));

    private PairedCredentials() {
    }

    /**
     * Adds a finding for each literal secret whose sibling was reported as a test-mode credential.
     *
     * @param settings all settings
     * @param catalog the catalog, to recognise live siblings
     * @param findings the gate's findings so far; the new ones are appended
     */
    static void judge(Settings settings, ProviderCatalog catalog, List<Finding> findings) {
        Map<String, String> testStems = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Finding finding : findings) {
            reported.add(finding.subject());
            if (finding.code().equals("sandbox.test-credential")) {
                String stem = stem(RelaxedNames.words(finding.subject()));
                if (stem != null) {
                    testStems.putIfAbsent(stem, finding.subject());
                }
            }
        }
        if (testStems.isEmpty()) {
            return;
        }
        Set<String> liveStems = new HashSet<>();
        List<Setting> candidates = new ArrayList<>();
        for (Setting setting : settings) {
            if (setting.isDeferred() || setting.isPolicy() || setting.value().isBlank()) {
                continue;
            }
            String stem = KEY_STEMS.get(setting.key()).orElse(null);
            if (stem == null || !testStems.containsKey(stem)) {
                continue;
            }
            if (isLive(setting.value().strip(), catalog)) {
                liveStems.add(stem);
            } else if (!reported.contains(setting.key()) && namesSecret(KeyWords.of(setting.key()))) {
                candidates.add(setting);
            }
        }
        for (Setting setting : candidates) {
            String stem = KEY_STEMS.get(setting.key()).orElseThrow();
            if (!liveStems.contains(stem)) {
                findings.add(SandboxFindings.pairedTestCredential(setting, testStems.get(stem)));
            }
        }
    }

    /** The key's words without the trailing role words, joined; {@code null} when no word is left. */
    static @Nullable String stem(List<String> words) {
        int end = words.size();
        while (end > 0 && ROLE_WORDS.contains(words.get(end - 1))) {
            end--;
        }
        return end == 0 || end == words.size() ? null : String.join(" ", words.subList(0, end));
    }

    private static boolean namesSecret(List<String> words) {
        for (String word : words) {
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLive(String value, ProviderCatalog catalog) {
        for (ProviderCatalog.PrefixRule rule : catalog.credentialPrefixes(value)) {
            if (!rule.test()) {
                return true;
            }
        }
        return false;
    }
}
