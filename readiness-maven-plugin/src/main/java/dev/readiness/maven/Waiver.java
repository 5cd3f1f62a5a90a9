package dev.readiness.maven;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <waiver>} of the plugin's {@code <waivers>}: an accepted, reasoned exception for one finding code
 * (optionally one subject) until an expiry date. Filled in by Maven from the POM; not thread-safe.
 *
 * <pre>{@code
 * <waiver>
 *   <code>database.loopback-host</code>
 *   <subject>spring.datasource.url</subject>
 *   <reason>Tunnel through the bastion until the VPC peering lands</reason>
 *   <expires>2026-12-31</expires>
 * </waiver>
 * }</pre>
 */
public class Waiver {

    private @Nullable String code;
    private @Nullable String subject;
    private @Nullable String reason;
    private @Nullable String expires;

    /** For Maven. */
    public Waiver() {
    }

    Waiver(@Nullable String code, @Nullable String subject, @Nullable String reason, @Nullable String expires) {
        this.code = code;
        this.subject = subject;
        this.reason = reason;
        this.expires = expires;
    }

    /**
     * The core waiver, validated.
     *
     * @param index the 0-based position in {@code <waivers>}, for messages
     * @return the waiver
     * @throws IllegalArgumentException naming the waiver and what is missing or malformed
     */
    dev.readiness.Waiver toWaiver(int index) {
        String label = "<waivers> entry " + (index + 1) + (code == null || code.isBlank() ? "" : " (" + code + ")");
        if (expires == null || expires.isBlank()) {
            throw new IllegalArgumentException(label + " needs <expires>, an ISO date such as 2026-12-31");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(expires.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + ": <expires> must be an ISO date such as 2026-12-31, but was '"
                    + expires.trim() + "'");
        }
        try {
            return new dev.readiness.Waiver(code == null ? null : code.trim(), subject == null ? null : subject.trim(),
                    reason == null ? null : reason.trim(), date);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
        }
    }
}
