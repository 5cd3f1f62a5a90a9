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
 * (PKCS#12), then a SEQUENCE. Stateless.
 */
final class PrivateKeyMaterial {

    private static final int MIN_DER_CHARS = 400;
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
    static boolean isPrivateKey(String value) {
        if (value.length() < 20) {
            return false;
        }
        char first = value.charAt(0);
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
