package dev.readiness;

import dev.readiness.internal.ReferencedValues;
import dev.readiness.settings.Origin;
import dev.readiness.settings.RelaxedNames;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An accepted, reasoned exception for one finding code, optionally for one subject only, until an expiry date.
 * While active, a matching finding is still reported but marked {@link Finding#waived() waived} and no longer
 * counts toward the verdict; from the day after {@code expires} it applies no more. Immutable and thread-safe.
 *
 * @param code the finding code it covers, e.g. {@code database.loopback-host}
 * @param subject the one subject it covers, or {@code null} for every subject
 * @param reason why the exception is acceptable; required
 * @param expires the last day it applies; required
 * @param origin where the waiver is written ({@code application-prod.yml:41:9}), or {@code null} when unknown; the
 *        findings about the waiver itself ({@code waiver.expired}, {@code waiver.unused}…) carry it, so a report and
 *        code scanning lead to the line to renew or remove. Not part of what the waiver covers: two waivers that differ
 *        in origin only are equal.
 */
public record Waiver(String code, @Nullable String subject, String reason, LocalDate expires, @Nullable Origin origin) {

    /**
     * Validates the waiver.
     *
     * @param code the code
     * @param subject the subject, or {@code null}
     * @param reason the reason
     * @param expires the last day
     * @throws IllegalArgumentException when the code or reason is blank or the expiry date is missing
     */
    public Waiver {
        if (origin == Origin.unknown()) {
            origin = null;
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("waiver code must not be blank");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("waiver for " + code + " needs a reason saying why it is acceptable");
        }
        if (expires == null) {
            throw new IllegalArgumentException("waiver for " + code + " needs an expiry date (ISO, e.g. 2026-12-31)");
        }
        if (subject != null && subject.isBlank()) {
            subject = null;
        }
    }

    /**
     * A waiver whose origin is not known (given in code, on a command line).
     *
     * @param code the code
     * @param subject the subject, or {@code null}
     * @param reason the reason
     * @param expires the last day
     */
    public Waiver(String code, @Nullable String subject, String reason, LocalDate expires) {
        this(code, subject, reason, expires, null);
    }

    /**
     * The same waiver, written at an origin.
     *
     * @param where where it is written
     * @return the waiver with that origin
     */
    public Waiver at(@Nullable Origin where) {
        return new Waiver(code, subject, reason, expires, where);
    }

    /**
     * A waiver for every subject of a code.
     *
     * @param code the finding code
     * @param reason why it is acceptable
     * @param expires the last day it applies
     * @return the waiver
     */
    public static Waiver of(String code, String reason, LocalDate expires) {
        return new Waiver(code, null, reason, expires);
    }

    /**
     * A waiver for one subject of a code.
     *
     * @param code the finding code
     * @param subject the setting key or type name
     * @param reason why it is acceptable
     * @param expires the last day it applies
     * @return the waiver
     */
    public static Waiver of(String code, String subject, String reason, LocalDate expires) {
        return new Waiver(code, subject, reason, expires);
    }

    /**
     * The subject, if the waiver is limited to one.
     *
     * @return the subject
     */
    public Optional<String> subjectFilter() {
        return Optional.ofNullable(subject);
    }

    /**
     * Whether this waiver covers a finding's code and subject (regardless of expiry). A finding reported where a
     * referenced value is written ({@code DATABASE_URL}, which {@code spring.datasource.url=${DATABASE_URL}}
     * references) is covered by a waiver for either key, so a waiver for the key the application reads holds
     * wherever the deploy puts the value.
     *
     * @param finding the finding
     * @return {@code true} when code and, if set, subject match
     */
    public boolean covers(Finding finding) {
        if (!code.equals(finding.code())) {
            return false;
        }
        if (subject == null || names(subject, finding.subject())) {
            return true;
        }
        String referencing = ReferencedValues.referencingKey(finding);
        return referencing != null && names(subject, referencing);
    }

    private static boolean names(String subject, String key) {
        return subject.equals(key) || RelaxedNames.matches(subject, key);
    }

    /**
     * Whether the waiver still applies on a day.
     *
     * @param today the day
     * @return {@code true} up to and including {@code expires}
     */
    public boolean isActiveOn(LocalDate today) {
        return !today.isAfter(expires);
    }

    /**
     * A short label for messages: {@code code} or {@code code for subject}. A part of the subject shaped like a token
     * (a secret written where a key belongs, named as the subject of a {@code secrets.in-key} waiver) is shown as
     * {@code [redacted]}, as the findings show that key.
     *
     * @return the label
     */
    public String label() {
        return subject == null ? code : code + " for " + dev.readiness.internal.SecretShapedKeys.redacted(subject);
    }

    /** Equal when code, subject, reason and expiry are: where a waiver is written is not what it covers. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Waiver that && code.equals(that.code) && Objects.equals(subject, that.subject)
                && reason.equals(that.reason) && expires.equals(that.expires);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, subject, reason, expires);
    }

    @Override
    public String toString() {
        return "Waiver[" + label() + " until " + expires + "]";
    }

    static Waiver requireNonNull(@Nullable Waiver waiver) {
        return Objects.requireNonNull(waiver, "waiver");
    }
}
