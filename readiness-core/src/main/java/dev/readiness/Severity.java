package dev.readiness;

import java.util.Locale;

/**
 * How serious one {@link Finding} is. Immutable and thread-safe.
 */
public enum Severity {

    /** Worth knowing; never affects a verdict. */
    INFO,

    /** Something to fix soon; aborts only where {@code fail-on} is {@code warn}. */
    WARN,

    /** Must not go live like this. */
    NO_GO;

    /**
     * The status a gate or report has when this is its worst finding.
     *
     * @return {@link Status#GO} for {@link #INFO}, otherwise the status of the same name
     */
    public Status toStatus() {
        return switch (this) {
            case INFO -> Status.GO;
            case WARN -> Status.WARN;
            case NO_GO -> Status.NO_GO;
        };
    }

    /**
     * The name printed for people: {@code INFO}, {@code WARN}, {@code NO-GO}.
     *
     * @return the display name
     */
    public String displayName() {
        return name().replace('_', '-');
    }

    /**
     * Parses {@code info}, {@code warn}, {@code no-go}, {@code no_go} or {@code nogo}, in any case.
     *
     * @param text the text to parse
     * @return the severity
     * @throws IllegalArgumentException naming the text when it is none of those
     */
    public static Severity parse(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.equals("NOGO")) {
            return NO_GO;
        }
        for (Severity severity : values()) {
            if (severity.name().equals(normalized)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("severity must be one of info, warn, no-go, but was '" + text + "'");
    }
}
