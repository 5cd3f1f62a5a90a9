package dev.readiness.gates.secrets;

/**
 * What a secret is for, which decides how strong it must be. {@link SecretKeys#purpose(String)} derives it from the
 * key's words. Immutable and thread-safe.
 */
public enum SecretPurpose {

    /**
     * JWT signing secrets ({@code JWT_SECRET}, {@code jws.key}, {@code HS512_SECRET}): at least 256 bits, the key size
     * RFC 7518 section 3.2 requires for HS256.
     */
    SIGNING(256),

    /**
     * Other HMAC and signing secrets ({@code SIGNING_SECRET}, {@code hmac.key}, {@code SLACK_SIGNING_SECRET},
     * {@code webhook.signing-secret}): at least 128 bits, the strength NIST SP 800-57 asks of a symmetric key. Many
     * providers issue 128-bit signing secrets (32 hexadecimal characters), and no JWT rule applies to them.
     */
    HMAC(128),

    /**
     * Symmetric encryption keys ({@code AES_SECRET_KEY}, {@code ENCRYPTION_KEY}): must decode to 16, 24 or 32
     * bytes (32 where AES-256 is named), and hold at least 128 bits.
     */
    ENCRYPTION_KEY(128),

    /**
     * Passwords ({@code spring.datasource.password}, {@code SUPERADMIN_PASSWORD}): at least 64 bits and not
     * guessable.
     */
    PASSWORD(64),

    /**
     * Every other secret: tokens, API keys, client and consumer secrets, webhook secrets, salts. At least 80 bits,
     * low enough that credentials issued by providers (often 16 to 32 random characters, 95 bits and more) pass,
     * high enough that short hand-made tokens do not.
     */
    SECRET(80);

    private final int minBits;

    SecretPurpose(int minBits) {
        this.minBits = minBits;
    }

    /**
     * The least entropy, in bits, a value for this purpose must carry.
     *
     * @return the threshold in bits
     */
    public int minBits() {
        return minBits;
    }
}
