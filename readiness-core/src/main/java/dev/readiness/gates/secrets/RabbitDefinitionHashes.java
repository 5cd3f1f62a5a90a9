package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Base64;
import java.util.Optional;

/**
 * A user's password hash in RabbitMQ's definitions ({@code definitions.json}, loaded at boot with
 * {@code load_definitions}): {@code users[0].password_hash} beside {@code users[0].hashing_algorithm=
 * rabbit_password_hashing_sha256}, the base64 of a four-byte salt and the digest of salt and password (SHA-256 or
 * SHA-512, MD5 in releases before 3.6). The product's own hash, written under a key that names the hash, so the rule
 * for keys that name a hash ({@link SecretHashKeys}: a deployment hands a hash over on purpose) left it alone; but the
 * definitions file is the broker's whole account list, committed with the provisioning code, and its hash lets anyone
 * who reads it guess the password offline, as a committed modular-crypt hash does ({@link CryptHashes#committed}).
 * Fortieth pass (set 143 {@code vr04}). Stateless.
 */
final class RabbitDefinitionHashes {

    private static final String HASH = "password_hash";

    /** How such a key ends, a constant the caller tests first without loading this class. */
    static final String KEY_END = "]." + HASH;
    private static final String ALGORITHM = "hashing_algorithm";
    private static final String RABBIT_ALGORITHM = "rabbit_password_hashing_";

    /** A salt of four bytes and an MD5, SHA-256 or SHA-512 digest. */
    private static final int SALT = 4;

    private RabbitDefinitionHashes() {
    }

    /**
     * Whether a value is a RabbitMQ user's password hash: under a list entry's {@code password_hash}, beside the
     * entry's {@code hashing_algorithm} naming one of RabbitMQ's, the base64 of a salt and a digest.
     *
     * @param settings the configuration
     * @param key the setting's key
     * @param value its value
     * @return {@code true} for such a hash
     */
    static boolean isUserHash(Settings settings, String key, String value) {
        if (!key.endsWith(KEY_END)) {
            return false;
        }
        int length = key.length() - HASH.length();
        Optional<Setting> algorithm = settings.get(key.substring(0, length) + ALGORITHM);
        if (algorithm.isEmpty() || !algorithm.get().value().trim().startsWith(RABBIT_ALGORITHM)) {
            return false;
        }
        try {
            int bytes = Base64.getDecoder().decode(value.trim()).length - SALT;
            return bytes == 16 || bytes == 32 || bytes == 64;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
