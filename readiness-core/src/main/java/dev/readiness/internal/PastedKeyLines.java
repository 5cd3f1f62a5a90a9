package dev.readiness.internal;

/**
 * The lines of a PEM block (a private key, a certificate) pasted into a properties file. Each base64 line of the
 * block is read as a key of its own with no value ({@code MIIEvQ…}), or with {@code =} as its value when the last
 * line ends in padding ({@code Xy7Q==} is the key {@code Xy7Q} and the value {@code =}). The full lines are random
 * enough for {@link SecretShapedKeys}; the last one can be as short as a few characters, too short for any rule of
 * shape to tell from a name, so it is recognised by where it stands: among the settings of a block that a
 * {@code -----BEGIN …} line opened. Stateless.
 */
public final class PastedKeyLines {

    /** The key a properties reader makes of a PEM block's first line, {@code -----BEGIN PRIVATE KEY-----}. */
    private static final String BEGIN = "-----BEGIN";

    /** Fewer characters reveal less than the four the promise counts, and would match ordinary text. */
    private static final int MIN_LENGTH = 4;

    private PastedKeyLines() {
    }

    /**
     * Whether a setting's key opens a pasted PEM block ({@code -----BEGIN} with the value
     * {@code PRIVATE KEY-----}).
     *
     * @param key the key as written
     * @return {@code true} for the first line of a PEM block read as a setting
     */
    public static boolean opensBlock(String key) {
        return key.startsWith(BEGIN);
    }

    /**
     * Whether a setting can be a base64 line of a pasted PEM block: a key of at least {@value #MIN_LENGTH} base64
     * characters ({@code A-Z a-z 0-9 + /}) and nothing else, and no value but padding.
     *
     * @param key the key as written
     * @param value the value
     * @return {@code true} when the setting has the shape of a line of a pasted block
     */
    public static boolean mayBeBodyLine(String key, String value) {
        if (key.length() < MIN_LENGTH || value.length() > 2) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '=') {
                return false;
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a setting printed alone may be a line of a pasted block, with no other setting to tell: the shape of
     * {@link #mayBeBodyLine(String, String)} and more than one character class (a lone word such as {@code debug}
     * stays readable).
     *
     * @param key the key as written
     * @param value the value
     * @return {@code true} when the key should not be printed on its own
     */
    public static boolean mayBeBodyLineAlone(String key, String value) {
        if (!mayBeBodyLine(key, value)) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        boolean other = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            other |= !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (other ? 1 : 0) >= 2;
    }
}
