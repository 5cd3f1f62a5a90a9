package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Values that are private key material whatever their key is called: a PEM private key
 * ({@code -----BEGIN PRIVATE KEY-----}, {@code -----BEGIN RSA PRIVATE KEY-----}), the same PEM text base64-encoded
 * once more as Helm values and Kubernetes {@code data} fields hold it ({@code LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVkt…}),
 * or base64 DER of a PKCS#8 private key
 * or a PKCS#12 keystore ({@code PFX_BASE64=MIIK…}, {@code SIGNING_CERT=MIIJ…}). A certificate ({@code -----BEGIN
 * CERTIFICATE-----}, or DER whose first element is itself a sequence) is public by design and is not one. The DER
 * test reads the first nine bytes: a long-form SEQUENCE, then {@code INTEGER 0} (PKCS#8) or {@code INTEGER 3}
 * (PKCS#12), then a SEQUENCE. A Stellar secret seed ({@code S…}, 56 characters with a valid checksum) is one too,
 * and so is a JSON Web Key with its private or symmetric part ({@code {"kty": "EC", "d": …}}, {@link #isPrivateJwk}).
 * Stateless.
 */
final class PrivateKeyMaterial {

    private static final int MIN_DER_CHARS = 400;
    private static final int STELLAR_SEED_CHARS = 56;
    /** The StrKey version byte of an ed25519 secret seed: 18 shifted left by three bits, {@code S} in base32. */
    private static final int STELLAR_SEED_VERSION = 18 << 3;
    /** {@code -----BEGIN } in base64: every base64-encoded PEM block starts with it. */
    private static final String ENCODED_PEM_START = "LS0tLS1CRUdJTi";
    /** Enough base64 to decode the longest PEM private-key header ({@code -----BEGIN ENCRYPTED PRIVATE KEY-----}). */
    private static final int ENCODED_HEADER_CHARS = 64;

    private PrivateKeyMaterial() {
    }

    /**
     * Whether a value is a private key or a keystore holding one.
     *
     * @param value the value as written
     * @return {@code true} for PEM private keys and base64 PKCS#8 or PKCS#12 DER
     */
    /** The shortest value {@link #isPrivateKey} reads; a caller may test it first and leave this class unloaded. */
    static final int MIN_LENGTH = 20;

    static boolean isPrivateKey(String value) {
        if (value.length() < MIN_LENGTH) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '{') {
            return isPrivateJwk(value);
        }
        if (first == 'S') {
            return isStellarSecretSeed(value);
        }
        if (first == 'L') {
            return value.startsWith(ENCODED_PEM_START) && isEncodedPemPrivateKey(value);
        }
        if (first != '-' && first != 'M' && !Character.isWhitespace(first)) {
            return false;
        }
        String trimmed = value.trim();
        if (trimmed.startsWith("-----BEGIN ")) {
            return isPemPrivateKeyHeader(trimmed);
        }
        if (trimmed.length() < MIN_DER_CHARS || !trimmed.startsWith("MII")) {
            return false;
        }
        byte[] head;
        try {
            head = Base64.getDecoder().decode(trimmed.substring(0, 12));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int lengthBytes = (head[1] & 0xff) - 0x80;
        if (head[0] != 0x30 || lengthBytes < 1 || lengthBytes > 2) {
            return false;
        }
        int at = 2 + lengthBytes;
        return head[at] == 0x02 && head[at + 1] == 0x01 && (head[at + 2] == 0 || head[at + 2] == 3)
                && head[at + 3] == 0x30;
    }

    /**
     * Whether a value is a Stellar secret seed (SEP-23 StrKey: {@code S} and 55 more base32 characters that decode to
     * the version byte of an ed25519 seed, 32 bytes of key and a CRC16-XModem checksum): the account's private key.
     * A public account id starts with {@code G} and is no secret.
     */
    static boolean isStellarSecretSeed(String value) {
        if (value.length() != STELLAR_SEED_CHARS) {
            return false;
        }
        byte[] bytes = new byte[STELLAR_SEED_CHARS * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int at = 0;
        for (int i = 0; i < STELLAR_SEED_CHARS; i++) {
            char c = value.charAt(i);
            int digit = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (digit < 0) {
                return false;
            }
            buffer = buffer << 5 | digit;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[at++] = (byte) (buffer >> bits);
            }
        }
        if ((bytes[0] & 0xff) != STELLAR_SEED_VERSION) {
            return false;
        }
        int crc = 0;
        for (int i = 0; i < bytes.length - 2; i++) {
            crc ^= (bytes[i] & 0xff) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x1021) & 0xffff : crc << 1 & 0xffff;
            }
        }
        return (bytes[bytes.length - 2] & 0xff) == (crc & 0xff) && (bytes[bytes.length - 1] & 0xff) == crc >> 8;
    }

    /**
     * Whether a value is a JSON Web Key (RFC 7517) or key set holding a private or symmetric key: a {@code "kty"}
     * member and a string member {@code "d"} (the private part of an EC, RSA or OKP key) or {@code "k"} (a symmetric
     * {@code oct} key). A public key ({@code "kty": "EC", "x": …, "y": …}) has neither.
     */
    static boolean isPrivateJwk(String value) {
        return value.indexOf("\"kty\"") > 0 && (hasStringMember(value, "\"d\"") || hasStringMember(value, "\"k\""));
    }

    private static boolean hasStringMember(String value, String name) {
        for (int at = value.indexOf(name); at >= 0; at = value.indexOf(name, at + 1)) {
            int i = skipSpaces(value, at + name.length());
            if (i < value.length() && value.charAt(i) == ':') {
                i = skipSpaces(value, i + 1);
                if (i < value.length() && value.charAt(i) == '"' && i + 1 < value.length()
                        && value.charAt(i + 1) != '"') {
                    return true;
                }
            }
        }
        return false;
    }

    private static int skipSpaces(String value, int from) {
        int i = from;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isPemPrivateKeyHeader(String pem) {
        int end = pem.indexOf("-----", 11);
        return end > 0 && pem.substring(11, end).endsWith("PRIVATE KEY");
    }

    private static boolean isEncodedPemPrivateKey(String value) {
        if (value.length() < ENCODED_HEADER_CHARS) {
            return false;
        }
        byte[] header;
        try {
            header = Base64.getDecoder().decode(value.substring(0, ENCODED_HEADER_CHARS));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return isPemPrivateKeyHeader(new String(header, StandardCharsets.US_ASCII));
    }

    /**
     * The problem of private key material written into a configuration file ({@code tls.rootCA.key=LS0tLS1CRUdJTi…}
     * in a chart's values, a PEM block in a Secret manifest's {@code stringData}, a PKCS#8 key in
     * {@code application.yml}): unlike a password it cannot be strong enough to stay secret once the file is read by
     * anyone, so whoever can read the file, its repository or the image holds the key.
     */
    static SecretProblem writtenInFile(String value) {
        SecretShape shape = SecretValues.shape(value);
        return new SecretProblem("secrets.private-key-in-file", shape,
                "is private key material written into a configuration file: whoever can read the file, its "
                        + "repository or the image that ships it holds the key, and everything it signs or decrypts "
                        + "can be forged or read (" + SecretStrength.describe(shape) + ")",
                "Keep the key out of configuration files: mount it as a key file or a secret volume and point the "
                        + "setting at its path, or inject it from your secret store at run time; since this one has "
                        + "been written into a file, generate a new key pair and revoke certificates issued for it.");
    }
}
