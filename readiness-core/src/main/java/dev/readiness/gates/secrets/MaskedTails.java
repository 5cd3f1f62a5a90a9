package dev.readiness.gates.secrets;

/**
 * A hexadecimal credential or UUID whose tail is written as a run of {@code x}
 * ({@code bf1732ea-dbde-11eb-8d19-0242ac13xxxx}, {@code 4f2a9c81e0d3xxxxxxxx}): hexadecimal has no {@code x}, so the
 * run masks the digits a real value would hold there, and what stands is a published example's shape, not a
 * credential. A hexadecimal value that ends in any digit ({@code bf1732ea-dbde-11eb-8d19-0242ac130003}) and a word
 * with an {@code x} in it are not masked. Stateless.
 */
final class MaskedTails {

    private static final int MIN_RUN = 4;

    private static final int MIN_HEX = 8;

    private MaskedTails() {
    }

    /**
     * Whether the value is hexadecimal digits (with {@code -} between groups) ending in a run of at least four
     * {@code x} of one case.
     *
     * @param value the value as written; not retained
     * @return whether its tail is masked
     */
    static boolean isMasked(String value) {
        int end = value.length() - 1;
        if (end < MIN_HEX + MIN_RUN - 1) {
            return false;
        }
        char mask = value.charAt(end);
        if (mask != 'x' && mask != 'X') {
            return false;
        }
        int i = end;
        while (i >= 0 && value.charAt(i) == mask) {
            i--;
        }
        if (end - i < MIN_RUN) {
            return false;
        }
        int hex = 0;
        for (; i >= 0; i--) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                hex++;
            } else if (c != '-') {
                return false;
            }
        }
        return hex >= MIN_HEX;
    }
}
