package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;

/**
 * A configuration that loads its secrets from a secret store at start-up: an Azure Key Vault named as a configuration
 * source ({@code KeyVaultSettings.VaultUri=https://orders-kv.vault.azure.net/}, {@code KeyVault.Name},
 * {@code spring.cloud.azure.keyvault.secret.property-sources[0].endpoint}) or a HashiCorp Vault property source
 * ({@code spring.cloud.vault.uri}). ASP.NET Core's Key Vault configuration provider, Spring Cloud Azure's Key Vault
 * property source and Spring Cloud Vault put each stored secret over the setting of the same name, so a production
 * file that names the store leaves its secrets blank on purpose ({@code JwtSettings.SecretKey=""} beside
 * {@code KeyVaultSettings.JwtSecretKeySecretName=JwtSecretKey}). A store whose section is switched off
 * ({@code spring.cloud.azure.keyvault.secret.enabled=false}, {@code KeyVault.Enabled=false}) fills nothing.
 *
 * <p>Read only for a blank secret, with one pass over the settings' keys.
 */
final class SecretStoreSources {

    private static final String AZURE_VAULT_HOST = ".vault.azure.net";
    private static final String SPRING_VAULT = "spring.cloud.vault.";

    private SecretStoreSources() {
    }

    /**
     * Whether the configuration names a secret store that fills settings, and no switch turns that store off.
     *
     * @param settings the configuration
     * @param switches its feature switches
     * @return {@code true} when a blank secret is the store's to fill
     */
    static boolean fillsSettings(Settings settings, FeatureSwitches switches) {
        for (Setting setting : settings) {
            String value = setting.value();
            if (value == null || value.isBlank()) {
                continue;
            }
            String key = setting.key();
            if ((namesKeyVault(key, value) || namesSpringVault(key))
                    && !switches.isOff(key) && !FeatureSwitches.sectionSwitchedOff(settings, key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An Azure Key Vault's address ({@code https://orders-kv.vault.azure.net/} under any key) or its name or address
     * under a key that says so ({@code KeyVaultName}, {@code KeyVault.Url}, {@code AzureKeyVault.VaultUri}). Read with
     * index arithmetic: the scan runs over every setting of a snapshot that has a blank secret.
     */
    private static boolean namesKeyVault(String key, String value) {
        int hostEnd = hostEnd(value);
        if (value.regionMatches(true, hostEnd - AZURE_VAULT_HOST.length(), AZURE_VAULT_HOST, 0,
                AZURE_VAULT_HOST.length())) {
            return true;
        }
        if (!endsWithAddressWord(key)) {
            return false;
        }
        int dot = key.lastIndexOf('.');
        return containsIgnoreCase(key, dot + 1, key.length(), "vault") || containsIgnoreCase(key, 0, dot, "keyvault");
    }

    /** {@code spring.cloud.vault.uri} or {@code spring.cloud.vault.host}: Spring Cloud Vault's server. */
    private static boolean namesSpringVault(String key) {
        int start = SPRING_VAULT.length();
        return key.regionMatches(true, 0, SPRING_VAULT, 0, start)
                && (key.length() == start + 3 && key.regionMatches(true, start, "uri", 0, 3)
                        || key.length() == start + 4 && key.regionMatches(true, start, "host", 0, 4));
    }

    /** Where a URL's host ends: at its port, path or query, or at the value's end, trailing blanks left out. */
    private static int hostEnd(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) <= ' ') {
            end--;
        }
        int scheme = value.indexOf("://");
        for (int i = scheme < 0 ? 0 : scheme + 3; i < end; i++) {
            char c = value.charAt(i);
            if (c == '/' || c == ':' || c == '?') {
                return i;
            }
        }
        return end;
    }

    private static boolean endsWithAddressWord(String word) {
        return endsWithIgnoreCase(word, "uri") || endsWithIgnoreCase(word, "url") || endsWithIgnoreCase(word, "name")
                || endsWithIgnoreCase(word, "endpoint");
    }

    private static boolean endsWithIgnoreCase(String word, String ending) {
        return word.length() >= ending.length()
                && word.regionMatches(true, word.length() - ending.length(), ending, 0, ending.length());
    }

    private static boolean containsIgnoreCase(String text, int from, int to, String part) {
        for (int i = from; i + part.length() <= to; i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
