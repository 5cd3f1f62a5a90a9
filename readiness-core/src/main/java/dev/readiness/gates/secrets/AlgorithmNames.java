package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyMemo;
import dev.readiness.gates.internal.KeyWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings that choose an algorithm rather than hold a secret: a key with a word naming a hash, algorithm, cipher,
 * digest, scheme, encoder or key derivation whose value names only algorithms ({@code app.security.password-hash=argon2id},
 * {@code JWT_SECRET_DIGEST=sha256}, {@code ENCRYPTION_KEY_CIPHER=AES/GCM/NoPadding}, {@code JWT_SIGNING_ALG=HS256}, {@code app.encryption.key-derivation=PBKDF2WithHmacSHA256}), or a key that ends in a word of encryption
 * ({@code password_encryption=bcrypt}).
 * Every part of the value, split at {@code -}, {@code /}, {@code _}, {@code .} or a space, must be a known algorithm,
 * mode, padding or size, so a random or hand-made secret under such a key ({@code fundorex}, a digest such as
 * {@code $2a$10$…}) is judged as before. Stateless.
 */
final class AlgorithmNames {

    private static final Set<String> ALGORITHM_KEY_WORDS = Set.of("hash", "hashed", "hashing", "hasher",
            "algorithm", "algorithms", "alg", "algo", "cipher", "ciphers", "digest", "digests", "scheme", "schemes",
            "encoder", "encoders", "kdf", "prf", "mode", "transformation", "derivation");

    /**
     * Words that name a scheme when they end a key ({@code password_encryption=bcrypt}, {@code encryption=sha1}:
     * the encryption chosen), and name a secret's purpose elsewhere ({@code encryption.key}).
     */
    private static final Set<String> SCHEME_LAST_WORDS = Set.of("encryption", "encrypt", "crypt", "crypto");

    private static final Set<String> PARTS = Set.of("argon2", "argon2id", "argon2i", "argon2d", "bcrypt", "scrypt",
            "pbkdf2", "yescrypt", "md5", "md4", "sha", "sha1", "sha2", "sha3", "sha224", "sha256", "sha384", "sha512",
            "hmac", "rsa", "ecdsa", "eddsa", "ed25519", "ed448", "x25519", "aes", "des", "desede", "3des", "tripledes",
            "gcm", "cbc", "ctr", "ecb", "cfb", "ofb", "ccm", "siv", "xts", "nopadding", "pkcs5padding", "pkcs7padding",
            "pkcs1padding", "oaep", "pss", "chacha20", "xchacha20", "poly1305", "blake2b", "blake2s", "blake3",
            "murmur3", "xxhash", "crc32", "ripemd160", "whirlpool", "noop", "with", "and", "mgf1padding", "mgf1",
            "ssha", "sm3", "sm4", "128", "192", "224", "256", "384", "512");

    private static final Pattern COMPOUND = Pattern.compile(
            "(?:hs|rs|es|ps)(?:256|384|512)|(?:hmac)?sha3?-?(?:1|224|256|384|512)|aes-?(?:128|192|256)"
                    + "|pbkdf2withhmacsha(?:1|224|256|384|512)|hmacmd5|sha(?:256|384|512)with(?:rsa|ecdsa)"
                    + "|oaepwithsha-?(?:1|256|384|512)andmgf1padding");

    private static final Pattern SEPARATORS = Pattern.compile("[-/_. ]+");

    /** Whether a key has an algorithm word, remembered per key: one look-up instead of a probe per word. */
    private static final KeyMemo<Boolean> ALGORITHM_KEYS = KeyMemo.of(AlgorithmNames::readAlgorithmWord);

    private AlgorithmNames() {
    }

    /**
     * Whether a key with a word of algorithm holds only names of algorithms.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} when the value chooses an algorithm
     */
    static boolean choosesAlgorithm(String key, String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64 || !hasAlgorithmWord(key)) {
            return false;
        }
        boolean named = false;
        for (String part : SEPARATORS.split(trimmed.toLowerCase(Locale.ROOT))) {
            if (part.isEmpty()) {
                continue;
            }
            if (!PARTS.contains(part) && !COMPOUND.matcher(part).matches()) {
                return false;
            }
            named |= !part.chars().allMatch(Character::isDigit) && !part.equals("with") && !part.equals("and");
        }
        return named;
    }

    /** The formats an identity server issues its tokens in, named where the token's kind is set. */
    private static final Set<String> TOKEN_FORMATS = Set.of("jwt", "opaque");

    /**
     * Whether a key that ends in {@code token} chooses the format of the tokens issued rather than holds one: Ory
     * Hydra's {@code strategies.access_token=jwt} (or {@code opaque}), which picks JSON Web Tokens over opaque ones
     * (forty-second pass). No token is three or six letters of a format's name; any other value is judged as a token.
     *
     * @param key the setting's key
     * @param value its value
     * @return {@code true} when the value names a token format
     */
    static boolean choosesTokenFormat(String key, String value) {
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        if (!TOKEN_FORMATS.contains(trimmed)) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        return !words.isEmpty() && words.get(words.size() - 1).equals("token");
    }

    private static boolean hasAlgorithmWord(String key) {
        return ALGORITHM_KEYS.get(key);
    }

    private static boolean readAlgorithmWord(String key) {
        List<String> words = SecretKeys.expandedWords(key);
        for (String word : words) {
            if (ALGORITHM_KEY_WORDS.contains(word)) {
                return true;
            }
        }
        return !words.isEmpty() && SCHEME_LAST_WORDS.contains(words.get(words.size() - 1));
    }
}
