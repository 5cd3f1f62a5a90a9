package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hexadecimal digest of one of the most common passwords under a key that names a password
 * ({@code root_password_sha2} of Graylog, whose documentation and compose files print the SHA-256 of {@code admin};
 * {@code admin.password.md5}): an unsalted digest of such a password is looked up in any table, so whoever reads the
 * file signs in. The digests are computed once, on first need, for MD5, SHA-1, SHA-256 and SHA-512 of a short list of
 * the passwords tried first. The finding never names the password. Thread-safe.
 */
final class CommonPasswordDigests {

    private static final List<String> COMMON = List.of("admin", "password", "123456", "12345678", "123456789",
            "12345", "1234", "changeme", "secret", "root", "toor", "test", "qwerty", "letmein", "welcome", "default",
            "guest", "pass", "admin123", "password1", "passw0rd", "p@ssw0rd", "111111", "000000", "123123", "abc123",
            "administrator", "user", "demo", "changeit");

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwords", "passwd", "pass", "pwd",
            "passphrase");

    private static final Map<Integer, String> ALGORITHMS = Map.of(32, "MD5", 40, "SHA-1", 64, "SHA-256", 128,
            "SHA-512");

    /** The digests of the empty string, by algorithm: the values {@code md5sum < /dev/null} and its kin print. */
    private static final Map<String, String> EMPTY_DIGESTS = Map.of(
            "d41d8cd98f00b204e9800998ecf8427e", "MD5",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709", "SHA-1",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "SHA-256",
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                    + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "SHA-512");

    private static volatile @Nullable Map<String, String> digests;

    private CommonPasswordDigests() {
    }

    /**
     * Whether a value may be such a digest, tested before this class's digests are computed: 32, 40, 64 or 128
     * hexadecimal characters.
     *
     * @param value the trimmed value
     * @return {@code true} when it has a digest's shape
     */
    static boolean hasDigestShape(String value) {
        int length = value.length();
        if (length != 32 && length != 40 && length != 64 && length != 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!HexFormat.isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The finding for a digest of a common password under a key naming a password, or {@code null}.
     *
     * @param setting the setting
     * @param value its trimmed value, of {@linkplain #hasDigestShape digest shape}
     * @param severity the severity for the stage
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, String value, Severity severity) {
        if (!namesPassword(setting.key())) {
            return null;
        }
        String algorithm = all().get(value.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return null;
        }
        return Finding.of(severity, "secrets.guessable", setting)
                .message("is the unsalted " + algorithm + " digest of one of the most common passwords: such a digest"
                        + " is looked up in any table, so whoever reads it knows the password and signs in")
                .remediation("Choose a long random password, put its digest in " + setting.key() + " from your secret"
                        + " store rather than the file, and change it wherever it was used.")
                .build();
    }

    /**
     * The finding for a secret that is the digest of nothing, or {@code null}: the MD5, SHA-1, SHA-256 or SHA-512 of the
     * empty string ({@code cf83e135…927da3e}, written as a JWT secret because it "looks random") is printed in every
     * hash function's test vectors (RFC 1321, FIPS 180-4's examples) and is what {@code sha512sum < /dev/null} prints.
     * The caller passes only values of a key that names a secret; a checksum or ETag key is never asked.
     *
     * @param setting the setting, whose key names a secret
     * @param value its trimmed value
     * @param severity the severity for the stage
     * @return the finding, or {@code null}
     */
    static @Nullable Finding emptyDigest(Setting setting, String value, Severity severity) {
        if (!hasDigestShape(value)) {
            return null;
        }
        String algorithm = EMPTY_DIGESTS.get(value.toLowerCase(Locale.ROOT));
        if (algorithm == null) {
            return null;
        }
        return Finding.of(severity, "secrets.published-default", setting)
                .message("is the " + algorithm + " digest of the empty string, a constant printed in every hash"
                        + " function's test vectors: it looks random but holds nothing anyone could not look up")
                .remediation("Generate a random secret of your own, e.g. `openssl rand -base64 32`, supply "
                        + setting.key() + " from your secret store, and replace it wherever it was used.")
                .build();
    }

    private static boolean namesPassword(String key) {
        for (String word : KeyWords.of(key)) {
            if (PASSWORD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> all() {
        Map<String, String> known = digests;
        if (known == null) {
            Map<String, String> computed = new HashMap<>();
            for (String algorithm : ALGORITHMS.values()) {
                MessageDigest digest = digest(algorithm);
                for (String password : COMMON) {
                    byte[] hash = digest.digest(password.getBytes(StandardCharsets.UTF_8));
                    computed.put(HexFormat.of().formatHex(hash), algorithm);
                }
            }
            known = Map.copyOf(computed);
            digests = known;
        }
        return known;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", required);
        }
    }
}
