package dev.readiness.gates.secrets;

/**
 * Two shapes of made-up value that a left-to-right segmentation into words, walks and sequences misses, whatever
 * their length:
 * <ul>
 *   <li><b>repetition with variations</b>: a value that is mostly copies of its own earlier pieces
 *       ({@code ajsdhaksjdhakjsdhaksjdhaksjdh}, {@code Secret1Secret2Secret3}), priced as a compressor would store it:
 *       each piece of three characters or more that already occurred costs the bits of where it occurred and how long
 *       it is, every other character the bits of the value's alphabet;</li>
 *   <li><b>interleaved patterns</b>: two or three guessable streams typed in turns ({@code q1w2e3r4t5y6u7i8},
 *       {@code a1b2c3d4e5f6g7h8}, {@code 1qa2ws3ed4rf5tg}), priced as the sum of the streams' estimates.</li>
 * </ul>
 * Each applies only where the pattern covers most of the value: copies at least half of it, and for interleaving
 * most characters continue the character {@code k} places before them (the same key, the next in a sequence, a
 * neighbouring key). A random value has neither, so both estimates leave it at its alphabet estimate. Stateless and
 * thread-safe.
 */
final class RepeatedPatterns {

    private static final int MIN_LENGTH = 16;
    private static final int MIN_COPY = 3;
    private static final int MAX_ANALYZED = 256;
    private static final int MAX_INTERLEAVED = 64;
    private static final double MIN_COVERAGE = 0.5;
    private static final double MIN_CONTINUED = 0.75;

    private RepeatedPatterns() {
    }

    /**
     * The lower of the two estimates, in bits; {@code value.length() * bitsPerChar} when neither pattern covers the
     * value.
     *
     * @param value the trimmed value without its public prefix; not retained
     * @param bitsPerChar the bits one random character of the value's alphabet carries
     * @return the estimate
     */
    static double bits(String value, double bitsPerChar) {
        double plain = value.length() * bitsPerChar;
        if (value.length() < MIN_LENGTH) {
            return plain;
        }
        return Math.min(copyBits(value, bitsPerChar), interleavedBits(value, bitsPerChar));
    }

    /** The value stored as literals and copies of earlier pieces (LZ77, longest copy first), when copies cover half. */
    static double copyBits(String value, double bitsPerChar) {
        int n = Math.min(value.length(), MAX_ANALYZED);
        double bits = (value.length() - n) * bitsPerChar;
        int copied = 0;
        int i = 0;
        while (i < n) {
            int best = 0;
            for (int from = 0; from < i && best < n - i; from++) {
                int length = 0;
                while (i + length < n && value.charAt(from + length) == value.charAt(i + length)) {
                    length++;
                }
                best = Math.max(best, length);
            }
            double copy = log2(i) + log2(n - i) + 1;
            if (best >= MIN_COPY && copy < best * bitsPerChar) {
                bits += copy;
                copied += best;
                i += best;
            } else {
                bits += bitsPerChar;
                i++;
            }
        }
        return copied >= MIN_COVERAGE * n ? bits : value.length() * bitsPerChar;
    }

    /** The value read as two or three streams typed in turns, each estimated on its own, where the streams continue. */
    static double interleavedBits(String value, double bitsPerChar) {
        int n = value.length();
        double best = n * bitsPerChar;
        if (n > MAX_INTERLEAVED) {
            return best;
        }
        for (int streams = 2; streams <= 3; streams++) {
            if (!continues(value, streams)) {
                continue;
            }
            double bits = log2(streams);
            for (int first = 0; first < streams; first++) {
                StringBuilder stream = new StringBuilder(n / streams + 1);
                for (int i = first; i < n; i += streams) {
                    stream.append(value.charAt(i));
                }
                bits += BuiltInGuessability.INSTANCE.estimateBits(stream.toString());
            }
            best = Math.min(best, bits);
        }
        return best;
    }

    /** Whether most characters continue the one {@code step} places before: the same, the next or previous, a neighbour key. */
    private static boolean continues(String value, int step) {
        int continued = 0;
        int pairs = value.length() - step;
        for (int i = step; i < value.length(); i++) {
            char before = Character.toLowerCase(value.charAt(i - step));
            char c = Character.toLowerCase(value.charAt(i));
            if (Math.abs(c - before) <= 1 || BuiltInGuessability.adjacent(before, c) || c == '0' && before == '9') {
                continued++;
            }
        }
        return continued >= MIN_CONTINUED * pairs;
    }

    private static double log2(double x) {
        return x <= 1 ? 0 : Math.log(x) / Math.log(2);
    }
}
