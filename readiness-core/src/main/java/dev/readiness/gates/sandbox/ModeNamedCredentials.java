package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.SecretShape;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.Hosts;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Credentials whose key, not their value, carries the mode: {@code PAYPAL_SANDBOX_CLIENT_SECRET},
 * {@code ADYEN_SBX_API_KEY}. Providers whose sandbox keys look like live ones are configured this way; a value set
 * under such a key in production is a sandbox credential, unless its live counterpart
 * ({@code PAYPAL_LIVE_CLIENT_SECRET}, {@code PAYPAL_PRODUCTION_CLIENT_SECRET}) is set beside it, where a mode switch
 * picks between the two and is judged on its own, or unless the section the mode word names calls production
 * hosts only ({@code app.web-sandbox.apiHost=https://payapi.acme.io}). Also says which keys name the identifier
 * half of a credential
 * ({@code CLIENT_ID}, {@code APP_ID}), whose values follow the same test-mode grammar as secrets.
 */
final class ModeNamedCredentials {

    private static final Set<String> KEY_MODES = Set.of("sandbox", "sbx");
    private static final String[] LIVE_WORDS = {"live", "production", "prod"};
    private static final Set<String> IDENTIFIED = Set.of("client", "app", "application", "merchant", "api",
            "publishable", "public", "partner", "account", "consumer");
    private static final int MIN_LENGTH = 8;

    private ModeNamedCredentials() {
    }

    /**
     * Whether the key's words name the identifier of a credential pair: {@code client id}, {@code app id},
     * {@code merchant id}.
     *
     * @param words the key's lower-case words
     * @return whether the key names a credential identifier
     */
    static boolean namesCredentialIdentifier(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("id") && IDENTIFIED.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finding on a literal credential held under a sandbox-named key in production.
     *
     * @param settings all settings, to look for the live counterpart
     * @param setting the setting
     * @return the finding, or {@code null} when the key carries no mode, names no credential, or has a live
     *         counterpart
     */
    static @Nullable Finding judge(Settings settings, Setting setting) {
        String key = setting.key();
        if (!SandboxKey.mayCarryMode(key)) {
            return null;
        }
        String value = setting.value().strip();
        if (value.length() < MIN_LENGTH || value.startsWith("${") || value.indexOf(' ') >= 0) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        String mode = null;
        boolean credential = namesCredentialIdentifier(words);
        for (String word : words) {
            if (KEY_MODES.contains(word)) {
                mode = word;
            } else if (KeyClass.CREDENTIAL.words().contains(word)) {
                credential = true;
            }
        }
        if (mode == null || !credential || hasLiveCounterpart(settings, key, mode)
                || sectionCallsProduction(settings, key, mode)) {
            return null;
        }
        return SandboxFindings.testCredential(setting, null, SecretShape.of(value).describe()
                + ", under a key that names the " + mode + " mode", mode);
    }

    /** {@link SandboxKey#mayCarryMode} by its definition, both words tried at every {@code s}: the reference for tests. */
    static boolean mayCarryModeByDefinition(String key) {
        for (int i = 0; i + 3 <= key.length(); i++) {
            char c = (char) (key.charAt(i) | 0x20);
            if (c == 's' && (AsciiCase.regionIs(key, i, "sandbox") || AsciiCase.regionIs(key, i, "sbx"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the section the mode word names ({@code app.web-sandbox.}) sends its calls to production: a sibling's
     * web URL whose host names no non-production mode ({@code app.web-sandbox.apiHost=https://payapi.acme.io}), and
     * none that does. The section's name then is the team's, not the provider's sandbox.
     */
    private static boolean sectionCallsProduction(Settings settings, String key, String mode) {
        int at = key.toLowerCase(Locale.ROOT).indexOf(mode);
        int end = at + mode.length();
        if (at < 0 || end >= key.length() || Character.isLetterOrDigit(key.charAt(end))) {
            return false;
        }
        String section = key.substring(0, end + 1);
        boolean production = false;
        for (Setting other : settings) {
            String value = other.value().strip();
            if (!other.key().startsWith(section) || !(AsciiCase.regionIs(value, 0, "https://")
                    || AsciiCase.regionIs(value, 0, "http://"))) {
                continue;
            }
            String host = Hosts.ofUrl(value);
            if (host.isEmpty()) {
                continue;
            }
            if (namesNonProduction(host)) {
                return false;
            }
            production = true;
        }
        return production;
    }

    private static boolean namesNonProduction(String host) {
        if (host.indexOf('$') >= 0 || host.indexOf('{') >= 0 || host.indexOf('.') < 0) {
            return true;
        }
        for (String word : host.split("[.-]")) {
            if (ModeWords.HOST_WORDS.contains(word) || word.equals("localhost")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLiveCounterpart(Settings settings, String key, String mode) {
        return hasCounterpart(settings, key, mode, LIVE_WORDS);
    }

    /**
     * Whether the key with its mode word replaced by one of the live words ({@code STRIPE_TEST_KEY} →
     * {@code STRIPE_LIVE_KEY}, {@code SEPOLIA_PRIVATE_KEY} → {@code MAINNET_PRIVATE_KEY}), in the mode word's case, is
     * set to something beside it.
     */
    static boolean hasCounterpart(Settings settings, String key, String mode, String[] liveWords) {
        int at = key.toLowerCase(Locale.ROOT).indexOf(mode);
        if (at < 0) {
            return false;
        }
        boolean upper = Character.isUpperCase(key.charAt(at));
        for (String live : liveWords) {
            String word = upper ? live.toUpperCase(Locale.ROOT) : live;
            String counterpart = key.substring(0, at) + word + key.substring(at + mode.length());
            if (settings.get(counterpart).filter(other -> !other.value().isBlank()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
