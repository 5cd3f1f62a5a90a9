package dev.readiness.gates.secrets;

import java.util.Base64;

/**
 * Values that are private key material whatever their key is called: a PEM private key
 * ({@code -----BEGIN PRIVATE KEY-----}, {@code -----BEGIN RSA PRIVATE KEY-----}) or base64 DER of a PKCS#8 private key
 * or a PKCS#12 keystore ({@code PFX_BASE64=MIIK…}, {@code SIGNING_CERT=MIIJ…}). A certificate ({@code -----BEGIN
 * CERTIFICATE-----}, or DER whose first element is itself a sequence) is public by design and is not one. The DER
 * test reads the first nine bytes: a long-form SEQUENCE, then {@code INTEGER 0} (PKCS#8) or {@code INTEGER 3}
 * (PKCS#12), then a SEQUENCE. Stateless.
 */
final class PrivateKeyMaterial {

    private static final int MIN_DER_CHARS = 400;

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
        if (first != '-' && first != 'M' && !Character.isWhitespace(first)) {
            return false;
        }
        String trimmed = value.trim();
        if (trimmed.startsWith("-----BEGIN ")) {
            int end = trimmed.indexOf("-----", 11);
            return end > 0 && trimmed.substring(11, end).endsWith("PRIVATE KEY");
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
}
