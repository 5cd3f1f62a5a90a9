package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that name a secret's hash ({@code ADMIN_PASSWORD_HASH}, {@code FLW_SECRET_HASH}, {@code TOKEN_HASH}) are not
 * secrets when they hold a digest or a password-hashing string ({@code $2a$10$…}, 64 hex characters, a base64
 * digest): what is stored is derived and one-way. Some providers call a shared secret a "secret hash" (Flutterwave's
 * webhook {@code verif-hash}); a value under such a key that is no digest at all ({@code fundorex}) is the secret
 * itself, in clear, and is judged as one; so is a template phrase that only looks like a base64 digest
 * ({@code ADMIN_KEY_HASH=replace-with-your-admin-key-hash}), which is reported as the placeholder it is. Immutable and
 * thread-safe.
 */
final class SecretHashKeys {

    private static final Set<String> HASH_WORDS = Set.of("hash", "hashed");
    private static final Set<String> HASHED_SECRETS = Set.of("secret", "password", "passwd", "pass", "passphrase",
            "token", "key", "apikey", "pin");
    private static final int MIN_DIGEST_BASE64 = 22;

    private SecretHashKeys() {
    }

    /**
     * The shapes of a digest: a holder, compiled only for a value under a key that names a secret's hash, not in the
     * initializer every boot runs for the key test {@link #namesSecretHash}.
     */
    private static final class Digest {

        static final Pattern PATTERN = Pattern.compile("\\$[0-9a-z]{1,10}\\$.*|\\{[A-Za-z0-9-]{2,16}\\}.*"
                + "|(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}"
                + "|[0-9a-fA-F]{128})"
                + "|[A-Za-z0-9+/_-]{22,86}={0,2}");

        private Digest() {
        }
    }

    /**
     * Whether the key names the hash of a secret and the value is no digest, so the value is the secret in clear.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return whether to judge the value as a secret
     */
    static boolean holdsClearSecret(String key, String value) {
        return namesSecretHash(key) && holdsClearSecretValue(value);
    }

    /**
     * {@link #holdsClearSecret}'s reading of the key alone: its last two words are a secret's and a hash word. A fact
     * of the key, which the secrets gate keeps per key.
     *
     * @param key the setting's key
     * @return whether the key names a secret's hash
     */
    static boolean namesSecretHash(String key) {
        int length = key.length();
        if (length < 8 || !(AsciiCase.endsWith(key, "hash") || AsciiCase.endsWith(key, "hashed"))) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        return last >= 1 && HASH_WORDS.contains(words.get(last)) && HASHED_SECRETS.contains(words.get(last - 1));
    }

    /** The words before a hash word that name a login's password, whose hash stands for the password itself. */
    private static final Set<String> HASHED_PASSWORDS = Set.of("password", "passwd", "pass", "passphrase");

    /**
     * Whether a key known to {@link #namesSecretHash name a secret's hash} names the hash of a login's password
     * ({@code ADMIN_PASSWORD_HASH}, wg-easy's {@code PASSWORD_HASH}): the application checks logins against it, so
     * left blank it is the password left blank, a login with no password or none that works (thirty-ninth pass).
     *
     * @param key the setting's key
     * @return {@code true} for a password's hash
     */
    static boolean namesPasswordHash(String key) {
        List<String> words = KeyWords.of(key);
        int last = words.size() - 1;
        return last >= 1 && HASHED_PASSWORDS.contains(words.get(last - 1));
    }

    /**
     * {@link #holdsClearSecret} of a key known to {@link #namesSecretHash name a secret's hash}: the value alone.
     *
     * @param value its effective value
     * @return {@code true} when the value is no digest (or a placeholder), so the clear secret
     */
    static boolean holdsClearSecretValue(String value) {
        String trimmed = value.strip();
        return !trimmed.isEmpty() && (!isDigest(trimmed) || PlaceholderPhrases.isPlaceholder(trimmed));
    }

    private static boolean isDigest(String value) {
        if (value.length() >= MIN_DIGEST_BASE64 || value.startsWith("$") || value.startsWith("{")) {
            return Digest.PATTERN.matcher(value).matches();
        }
        return false;
    }
}
