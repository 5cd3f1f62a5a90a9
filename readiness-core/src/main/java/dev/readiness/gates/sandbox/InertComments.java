package dev.readiness.gates.sandbox;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comments that call the setting under them inert: {@code # Doesn't do anything right now.},
 * {@code # has no effect}, {@code # no longer used}. A mode switch its own file says does nothing switches nothing.
 * A sentence that makes it conditional ({@code # does nothing if billing is off}) is not read as such.
 */
final class InertComments {

    private static final Pattern INERT = Pattern.compile(
            "\\b(?:(?:doesn't|doesn’t|does not|don't|do not) do anything|does nothing|has no effect|no longer used"
                    + "|(?:is )?(?:currently )?(?:not used|unused)(?: any ?more| currently| right now| at the moment)?"
                    + "$)");

    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|unless|without|otherwise|else|until)\\b");

    private InertComments() {
    }

    /**
     * Whether a sentence of the comment says, without a condition, that the setting does nothing.
     *
     * @param comment a setting's governing comment, lines joined by {@code \n}
     * @return whether the comment calls the setting inert
     */
    static boolean callInert(String comment) {
        if (comment.isEmpty()) {
            return false;
        }
        for (String sentence : comment.toLowerCase(Locale.ROOT).split("[.;!\\n]")) {
            String trimmed = sentence.strip();
            if (INERT.matcher(trimmed).find() && !CONDITION.matcher(trimmed).find()) {
                return true;
            }
        }
        return false;
    }
}
