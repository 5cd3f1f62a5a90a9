package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * A secret written base64-encoded outside a Secret manifest: the {@code data:} of a Kubernetes Secret flattened to
 * properties or an env file ({@code db-password=cHJvZF9wYXNzd29yZA==}), or a value someone encoded because a tool
 * asked for base64. The text it encodes is the secret, and {@code prod_password} does not become strong by being
 * encoded. Only canonical base64 (a multiple of four characters, at least twelve, padding only at the end) whose
 * bytes are all printable ASCII is read as text (a last line feed, which {@code echo secret | base64} adds, is
 * dropped): random key bytes encoded in base64 are not printable, and a plain word
 * that happens to use only base64 letters decodes to control or non-ASCII bytes. Stateless.
 */
final class EncodedSecrets {

    private static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 512;

    private EncodedSecrets() {
    }

    /**
     * The printable text a value encodes in base64.
     *
     * @param value the value as written; not retained
     * @return the decoded text, or {@code null} when the value is not canonical base64 of printable ASCII text
     */
    static @Nullable String printableText(String value) {
        return printableText(value, MIN_LENGTH);
    }

    /**
     * The printable text a value of at least {@code minLength} characters encodes in base64: a caller that knows the
     * value is base64 (the credentials after {@code Basic }) reads shorter ones than {@link #printableText(String)}.
     *
     * @param value the value as written; not retained
     * @param minLength the fewest characters to read, at least four
     * @return the decoded text, or {@code null} when the value is not canonical base64 of printable ASCII text
     */
    static @Nullable String printableText(String value, int minLength) {
        int length = value.length();
        if (length < Math.max(4, minLength) || length > MAX_LENGTH || (length & 3) != 0 || !decodes(value, null)) {
            return null;
        }
        StringBuilder text = new StringBuilder(length);
        decodes(value, text);
        return text.isEmpty() ? null : text.toString();
    }

    /**
     * Whether a value of a length that is a multiple of four is canonical base64 of printable ASCII, appending the
     * text to {@code out} when one is given: asked first without, so a value that is no such text costs no allocation.
     */
    private static boolean decodes(String value, @Nullable StringBuilder out) {
        int length = value.length();
        int padding = value.charAt(length - 1) == '=' ? value.charAt(length - 2) == '=' ? 2 : 1 : 0;
        int bodyLength = length - padding;
        for (int group = 0; group < length; group += 4) {
            int bits = 0;
            for (int i = 0; i < 4; i++) {
                int at = group + i;
                int sextet = at < bodyLength ? sextet(value.charAt(at)) : 0;
                if (sextet < 0) {
                    return false;
                }
                bits = bits << 6 | sextet;
            }
            int bytes = group + 4 <= bodyLength ? 3 : (bodyLength - group) * 6 / 8;
            if (bytes < 3 && (bits & (0xffffff >> (8 * bytes))) != 0) {
                return false;
            }
            for (int b = 0; b < bytes; b++) {
                int decoded = bits >> (16 - 8 * b) & 0xff;
                if (decoded == '\n' && group + 4 >= length && b == bytes - 1 && group + b > 0) {
                    break;
                }
                if (decoded < 0x20 || decoded > 0x7e) {
                    return false;
                }
                if (out != null) {
                    out.append((char) decoded);
                }
            }
        }
        return true;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }
}
