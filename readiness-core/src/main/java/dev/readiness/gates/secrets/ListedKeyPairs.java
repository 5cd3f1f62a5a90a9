package dev.readiness.gates.secrets;

import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * The {@code key} of one entry of a list of credentials that pairs it with a {@code secret}
 * ({@code consumers[0].jwt_secrets[0].key} beside {@code consumers[0].jwt_secrets[0].secret}, Kong's declarative JWT
 * credentials, whose {@code key} is the issuer the token names in its {@code iss} claim): a section named for JWTs or
 * signing gives the entry's words a secret's purpose, but where the entry also holds a {@code secret}, its
 * {@code key} identifies the credential and the secret proves it, as {@code VONAGE_API_KEY} beside
 * {@code VONAGE_API_SECRET} does ({@link PairedIdentifiers#isPublicHalf}); so does an RS256 entry's
 * {@code rsa_public_key} beside it (built by the precision branch too). An entry without a secret beside its key
 * ({@code keyauth_credentials[0].key}, the API key itself) keeps its purpose. Stateless.
 */
final class ListedKeyPairs {

    private ListedKeyPairs() {
    }

    /**
     * Whether the key is the {@code key} of a list entry (it ends in {@code ].key}, in any case) and the entry's
     * {@code secret} holds a value.
     *
     * @param settings the configuration
     * @param key the setting's key
     * @return whether the key identifies the entry's credential rather than holding it
     */
    static boolean identifiesEntry(Settings settings, String key) {
        int end = key.length();
        if (end <= 5 || key.charAt(end - 5) != ']' || key.charAt(end - 4) != '.'
                || !key.regionMatches(true, end - 3, "key", 0, 3)) {
            return false;
        }
        boolean upper = Character.isUpperCase(key.charAt(end - 1));
        String entry = key.substring(0, end - 3);
        return holdsValue(settings, entry + (upper ? "SECRET" : "secret"))
                || holdsValue(settings, entry + (upper ? "RSA_PUBLIC_KEY" : "rsa_public_key"));
    }

    private static boolean holdsValue(Settings settings, String key) {
        Optional<String> value = settings.value(key);
        return value.isPresent() && !value.get().isBlank();
    }
}
