package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.StandInWords;
import java.util.Locale;

/**
 * Fill-me markers: an instruction to whoever copies the file, fenced by a run of the same punctuation on both sides
 * so that it cannot be missed ({@code !!!SET POSTGRES_USER!!!}, {@code ***CHANGE ME***}, {@code ##REPLACE_WITH_KEY##}),
 * as cookiecutter templates write them. The fence alone proves nothing ({@code !!Passw0rd!!} is a weak password, not
 * a marker); the first word inside must tell the reader to supply the value. Such a value is no user name and no
 * secret under any key. Stateless.
 */
final class FillMarkers {

    /** Characters a fence is made of. */
    private static final String FENCE = "!*#?~=^%";

    private FillMarkers() {
    }

    /**
     * Whether a value is a fenced fill-me marker: two or more of one fence character at each end, and between them
     * text whose first word is an instruction ({@code set}, {@code change}, {@code replace}, {@code your}, …).
     *
     * @param value the value, trimmed or not
     * @return {@code true} for a fill-me marker
     */
    static boolean isMarker(String value) {
        String trimmed = value.strip();
        int length = trimmed.length();
        if (length < 7 || length > 120 || FENCE.indexOf(trimmed.charAt(0)) < 0) {
            return false;
        }
        char fence = trimmed.charAt(0);
        int open = 0;
        while (open < length && trimmed.charAt(open) == fence) {
            open++;
        }
        int close = length;
        while (close > open && trimmed.charAt(close - 1) == fence) {
            close--;
        }
        if (open < 2 || length - close < 2 || close - open < 3) {
            return false;
        }
        String inner = trimmed.substring(open, close).strip();
        int end = 0;
        while (end < inner.length() && Character.isLetter(inner.charAt(end))) {
            end++;
        }
        return end > 0 && StandInWords.FENCED_INSTRUCTIONS.contains(inner.substring(0, end).toLowerCase(Locale.ROOT));
    }
}
