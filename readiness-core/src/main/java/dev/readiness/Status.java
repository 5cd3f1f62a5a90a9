package dev.readiness;

import java.util.Locale;

/**
 * The outcome of a gate, or of a whole {@link Report}: the worst of its parts. Immutable and thread-safe.
 */
public enum Status {

    /** Nothing stands in the way. */
    GO,

    /** Start, but fix soon. */
    WARN,

    /** Do not go live. */
    NO_GO;

    /**
     * The name printed for people: {@code GO}, {@code WARN}, {@code NO-GO}.
     *
     * @return the display name
     */
    public String displayName() {
        return name().replace('_', '-');
    }

    /**
     * The worse of this status and another.
     *
     * @param other the other status
     * @return whichever is more severe
     */
    public Status worst(Status other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Whether this status is at least as severe as {@code threshold}.
     *
     * @param threshold the status to compare with
     * @return {@code true} when this is {@code threshold} or worse
     */
    public boolean isAtLeast(Status threshold) {
        return compareTo(threshold) >= 0;
    }

    /**
     * Parses {@code go}, {@code warn}, {@code no-go}, {@code no_go} or {@code nogo}, in any case.
     *
     * @param text the text to parse
     * @return the status
     * @throws IllegalArgumentException naming the text when it is none of those
     */
    public static Status parse(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.equals("NOGO")) {
            return NO_GO;
        }
        for (Status status : values()) {
            if (status.name().equals(normalized)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of go, warn, no-go, but was '" + text + "'");
    }
}
