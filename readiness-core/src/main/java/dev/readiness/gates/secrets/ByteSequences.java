package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;

/**
 * A key written as a list of bytes ({@code 0x01, 0x02, …, 0x10}, {@code [1, 3, 5, …]}) whose bytes follow a counting
 * pattern: at most three runs, each of three or more bytes with one constant step. Mesh and radio networks take their
 * keys this way, and their samples count: OpenZWave's {@code options.xml} and Home Assistant's examples shipped the
 * Z-Wave network key {@code 0x01…0x10}; Zigbee2MQTT's default was {@code [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10,
 * 12, 13]}. The list's text looks random to a character count (digits, letters, commas), the key does not: sixteen
 * random bytes fall into three runs less than once in 10^20. Needs eight bytes or more, each {@code 0x} hex or decimal
 * up to 255, separated by commas (spaces and brackets allowed). Stateless.
 */
final class ByteSequences {

    /** The shortest list read: eight one-digit bytes and their commas; a caller tests the length first. */
    static final int MIN_LENGTH = 15;

    private static final int MIN_BYTES = 8;
    private static final int MAX_RUNS = 3;
    private static final int MIN_RUN = 3;

    private ByteSequences() {
    }

    /**
     * Whether the value is a comma-separated byte list whose bytes count in at most three runs (the last may be
     * shorter than three bytes: Zigbee2MQTT's old default ends {@code …, 10, 12, 13}).
     *
     * @param value the value
     * @return {@code true} for such a list
     */
    static boolean counts(String value) {
        String body = value.strip();
        if (body.length() >= 2 && body.charAt(0) == '[' && body.charAt(body.length() - 1) == ']') {
            body = body.substring(1, body.length() - 1);
        }
        if (body.indexOf(',') < 0) {
            return false;
        }
        String[] parts = body.split(",", -1);
        if (parts.length < MIN_BYTES) {
            return false;
        }
        int[] bytes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = parse(parts[i].strip());
            if (bytes[i] < 0) {
                return false;
            }
        }
        return runs(bytes) <= MAX_RUNS;
    }

    /** The problem: a counted key is guessed first, whatever its length. */
    static SecretProblem problem(String value) {
        return new SecretProblem("secrets.guessable", new SecretShape(value.length(), 0, null),
                "is a list of bytes that counts (a constant step from byte to byte, as in the samples' "
                        + "0x01, 0x02, ... 0x10), which an attacker tries first whatever its length",
                "Generate a random key (e.g. `openssl rand -hex 16`) and write its bytes in the list, or let the "
                        + "product generate one.");
    }

    private static int runs(int[] bytes) {
        int runs = 0;
        int i = 0;
        while (i < bytes.length) {
            int end = i + 1;
            if (end < bytes.length) {
                int step = bytes[end] - bytes[i];
                while (end + 1 < bytes.length && bytes[end + 1] - bytes[end] == step) {
                    end++;
                }
            }
            int length = end - i + 1;
            if (length < MIN_RUN && end < bytes.length - 1) {
                return Integer.MAX_VALUE;
            }
            runs++;
            i = end + 1;
        }
        return runs;
    }

    private static int parse(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return -1;
        }
        int radix = 10;
        String digits = part;
        if (part.length() > 2 && part.charAt(0) == '0' && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
            radix = 16;
            digits = part.substring(2);
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value <= 255 ? value : -1;
    }
}
