package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the nesting of a key's parts says that its words alone do not: a section that collects secrets names each
 * by what it is for ({@code secrets.cookie[0]}, {@code secrets.cipher}, Ory Kratos' and Hydra's grammar;
 * {@code key.encryption}, {@code key.hash}: the encryption key and the hashing key), and a list of objects inside
 * a section named for a credential holds settings of that section, not the credential
 * ({@code selfservice.flows.registration.after.password.hooks[0].hook: session}, a hook run after the password
 * method). The parts are the key split at dots. Stateless.
 */
final class SecretSections {

    /** Last parts under a {@code secrets} section that name a secret by its use. */
    private static final Set<String> SECRET_USES = Set.of("cookie", "cookies", "cipher", "ciphers", "default",
            "system", "session", "sessions", "csrf", "pagination", "signing", "encryption", "jwt", "hmac", "totp",
            "oauth", "app", "master", "api", "webhook", "webhooks", "internal");

    /** Last parts under a {@code key} or {@code keys} section that name a key by its use. */
    private static final Set<String> KEY_USES = Set.of("encryption", "encrypt", "cipher", "hash", "hashing",
            "hmac", "signing", "sign", "jwt", "secret", "session", "cookie", "master", "aes", "crypto");

    private static final Set<String> ENCRYPTING = Set.of("encryption", "encrypt", "cipher", "aes", "crypto");

    private SecretSections() {
    }

    /**
     * The purpose of a key once its sections are read: a secret named by its use under a {@code secrets},
     * {@code key} or {@code keys} section when its words named none, and none for a list item's setting under a
     * credential's section.
     *
     * @param key the setting's key
     * @param classified the purpose its words give
     * @return the purpose to judge the key by
     */
    static Optional<SecretPurpose> purpose(String key, Optional<SecretPurpose> classified) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            return classified;
        }
        if (classified.isEmpty()) {
            return namedByUse(key, dot);
        }
        return namesListItemUnderSection(key, dot) ? Optional.empty() : classified;
    }

    private static Optional<SecretPurpose> namedByUse(String key, int dot) {
        int before = key.lastIndexOf('.', dot - 1) + 1;
        int length = dot - before;
        boolean secrets = length == 7 && key.regionMatches(true, before, "secrets", 0, 7);
        boolean keys = (length == 3 || length == 4) && key.regionMatches(true, before, "keys", 0, length);
        if (!secrets && !keys) {
            return Optional.empty();
        }
        String last = withoutIndex(key.substring(dot + 1)).toLowerCase(java.util.Locale.ROOT);
        if (secrets && SECRET_USES.contains(last)) {
            return Optional.of(SecretPurpose.SECRET);
        }
        if (keys && KEY_USES.contains(last)) {
            return Optional.of(ENCRYPTING.contains(last) ? SecretPurpose.ENCRYPTION_KEY
                    : last.equals("jwt") ? SecretPurpose.SIGNING : SecretPurpose.HMAC);
        }
        return Optional.empty();
    }

    /**
     * Whether a part after the last part that names a credential is a list item ({@code hooks[0]}) and the setting is
     * a field of that item, with no credential word of its own. A section that collects credentials
     * ({@code global.secrets[0].values[1].value}) holds credentials in its lists and is left as its words say.
     */
    private static boolean namesListItemUnderSection(String key, int dot) {
        SecretKeys keys = SecretKeys.defaults();
        if (keys.isSecret(key.substring(dot + 1))) {
            return false;
        }
        List<String> parts = List.of(key.substring(0, dot).split("\\."));
        int credential = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (keys.isSecret(withoutIndex(parts.get(i)))) {
                credential = i;
            }
        }
        if (credential < 0 || namesCollection(withoutIndex(parts.get(credential)))) {
            return false;
        }
        for (int i = credential + 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.endsWith("]") && part.indexOf('[') > 0 && !KeyWords.of(withoutIndex(part)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Last words of a section that collects credentials, whose list items are credentials themselves. */
    private static final Set<String> COLLECTIONS = Set.of("secrets", "passwords", "tokens", "credentials", "creds",
            "keys", "apikeys");

    private static boolean namesCollection(String part) {
        List<String> words = KeyWords.of(part);
        return !words.isEmpty() && COLLECTIONS.contains(words.get(words.size() - 1));
    }

    private static String withoutIndex(String part) {
        int bracket = part.indexOf('[');
        return bracket > 0 ? part.substring(0, bracket) : part;
    }
}
