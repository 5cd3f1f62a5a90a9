package dev.readiness.gates.secrets;

import java.util.Base64;

/**
 * A password in WebSphere's and Open Liberty's {@code {xor}} encoding ({@code password="{xor}Lz4sLCgwLTs="} in a
 * {@code server.xml}, {@code security.xml} or {@code server.env}): base64 of the password's bytes each XORed with
 * {@code _}. IBM's documentation calls it an obfuscation, not protection ({@code securityUtility encode} without
 * {@code --encoding=aes}): anyone reads the password back, so it is judged as the text it encodes, and
 * {@code {xor}Lz4sLCgwLTs=} (which is {@code password}) is as weak as the word. Only printable ASCII decodings are
 * read; {@code {aes}} and {@code {hash}} values are left to the other rules. Stateless.
 */
final class XorEncodedSecrets {

    private static final String PREFIX = "{xor}";
    private static final int MAX_LENGTH = 512;

    private XorEncodedSecrets() {
    }

    /**
     * The text an {@code {xor}} value encodes, or the value itself when it is no such encoding.
     *
     * @param value the value as written
     * @return the decoded password, or {@code value}
     */
    static String decodedOr(String value) {
        if (value.length() < 9 || value.charAt(0) != '{') {
            return value;
        }
        String trimmed = value.trim();
        int length = trimmed.length();
        if (length < PREFIX.length() + 4 || length > MAX_LENGTH || !trimmed.regionMatches(true, 0, PREFIX, 0, 5)) {
            return value;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(trimmed.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            return value;
        }
        if (bytes.length == 0) {
            return value;
        }
        char[] text = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int decoded = (bytes[i] ^ '_') & 0xff;
            if (decoded < 0x20 || decoded > 0x7e) {
                return value;
            }
            text[i] = (char) decoded;
        }
        return new String(text);
    }
}
