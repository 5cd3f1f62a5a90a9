package dev.readiness.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * The Levenshtein distance between two names, and the closest of a list: for messages that name what a typo was
 * probably meant to be ({@code readiness.exclude-gates=sandboxx}). Stateless.
 */
public final class EditDistance {

    /** Names longer than this are compared by length alone, so a hostile name costs no quadratic work. */
    private static final int MAX_COMPARED = 200;

    private EditDistance() {
    }

    /**
     * The number of single-character insertions, deletions and substitutions that turn one name into the other.
     *
     * @param left one name
     * @param right the other
     * @return the distance; for a name longer than 200 characters, the difference of lengths plus 200
     */
    public static int between(String left, String right) {
        if (left.length() > MAX_COMPARED || right.length() > MAX_COMPARED) {
            return Math.abs(left.length() - right.length()) + MAX_COMPARED;
        }
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }

    /**
     * The known name closest to a name, the first of equally close ones.
     *
     * @param name the name
     * @param known the known names, in order of preference
     * @return the closest, empty when there is none
     */
    public static Optional<String> closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = between(name, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
