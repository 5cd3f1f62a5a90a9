package dev.readiness.gates.secrets;

import org.jspecify.annotations.Nullable;

/**
 * Keys that step through the alphabet: lower-case letters, capitals and digits each advance three or four places from
 * one to the next ({@code Yp3s6v9y$B&E)H@McQfTjWnZr4u7w!z%C}), the output of a widely used online "encryption
 * key" generator that Spring Security JWT tutorials copy, raw or hex-encoded
 * ({@code 404E635266556A586E32…}, {@code 6250655368566D59…}: the same text in hexadecimal). The text looks random
 * and is a few starting points on one published walk. Random text steps so in about one case of ten; a value is stepped
 * when at least {@value #MIN_STEPS} such steps are read and {@value #MIN_SHARE} of them are of three or four places
 * (600,000 random alphanumeric values of 16 to 64 characters: none above 0.54). Stateless.
 */
final class SteppedKeys {

    /** Shorter values have too few steps to tell. */
    static final int MIN_LENGTH = 16;

    /** What such a key costs to guess: the generator's starting points, lengths and variants, generously counted. */
    static final double BITS = 16;

    private static final int MIN_STEPS = 12;
    private static final double MIN_SHARE = 0.65;
    private static final int MIN_HEX = 32;

    private SteppedKeys() {
    }

    /**
     * The bits to guess a stepped key, or {@code otherwise}.
     *
     * @param value the trimmed value
     * @param otherwise the estimate to keep when the value is not stepped
     * @return {@link #BITS} for a stepped key, else {@code otherwise}
     */
    static double bits(String value, double otherwise) {
        return otherwise > BITS && value.length() >= MIN_LENGTH && isStepped(value) ? BITS : otherwise;
    }

    /**
     * Whether a value, or the printable text its hexadecimal spells, steps through the alphabet.
     *
     * @param value the trimmed value
     * @return {@code true} for a stepped key
     */
    static boolean isStepped(String value) {
        @Nullable String text = value.length() >= MIN_HEX ? hexText(value) : null;
        return stepped(text != null ? text : value);
    }

    private static boolean stepped(String text) {
        char lower = 0;
        char upper = 0;
        char digit = 0;
        int steps = 0;
        int even = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int gap;
            if (c >= 'a' && c <= 'z') {
                gap = lower == 0 ? -1 : Math.floorMod(c - lower, 26);
                lower = c;
            } else if (c >= 'A' && c <= 'Z') {
                gap = upper == 0 ? -1 : Math.floorMod(c - upper, 26);
                upper = c;
            } else if (c >= '0' && c <= '9') {
                gap = digit == 0 ? -1 : Math.floorMod(c - digit, 10);
                digit = c;
            } else {
                continue;
            }
            if (gap >= 0) {
                steps++;
                if (gap == 3 || gap == 4) {
                    even++;
                }
            }
        }
        return steps >= MIN_STEPS && even >= MIN_SHARE * steps;
    }

    /** The text an even run of hexadecimal digits spells when every byte is printable ASCII, or {@code null}. */
    private static @Nullable String hexText(String value) {
        int length = value.length();
        if (length % 2 != 0) {
            return null;
        }
        StringBuilder text = new StringBuilder(length / 2);
        for (int i = 0; i < length; i += 2) {
            int high = Character.digit(value.charAt(i), 16);
            int low = Character.digit(value.charAt(i + 1), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            int b = high * 16 + low;
            if (b < 0x21 || b > 0x7e) {
                return null;
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
