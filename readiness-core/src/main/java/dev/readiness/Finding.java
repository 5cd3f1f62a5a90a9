package dev.readiness;

import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem a gate found. Immutable and thread-safe.
 *
 * <p>A finding names the setting key or type ({@link #subject()}) and where the value came from
 * ({@link #origin()}), never the value itself: describe a secret with {@link SecretShape} (length, entropy
 * estimate, a public prefix class such as {@code sk_test_…}) when its shape matters.
 *
 * <p>Create one with the factory named by its severity, e.g.
 * {@code Finding.noGo("secrets.too-short", setting).message("…").remediation("…").build()}.
 */
public final class Finding {

    private final String code;
    private final Severity severity;
    private final String subject;
    private final Origin origin;
    private final String message;
    private final String remediation;
    private final @Nullable URI documentation;
    private final boolean waived;

    private Finding(Builder builder, boolean waived) {
        this.code = builder.code;
        this.severity = builder.severity;
        this.subject = builder.subject;
        this.origin = builder.origin;
        this.message = builder.message;
        this.remediation = builder.remediation;
        this.documentation = builder.documentation;
        this.waived = waived;
    }

    /**
     * Starts a NO-GO finding about a setting: its key becomes the subject, its origin the origin.
     *
     * @param code the stable finding code, e.g. {@code secrets.too-short}
     * @param setting the setting at fault
     * @return a builder
     */
    public static Builder noGo(String code, Setting setting) {
        return of(Severity.NO_GO, code, setting);
    }

    /**
     * Starts a WARN finding about a setting.
     *
     * @param code the stable finding code
     * @param setting the setting at fault
     * @return a builder
     */
    public static Builder warn(String code, Setting setting) {
        return of(Severity.WARN, code, setting);
    }

    /**
     * Starts an INFO finding about a setting.
     *
     * @param code the stable finding code
     * @param setting the setting concerned
     * @return a builder
     */
    public static Builder info(String code, Setting setting) {
        return of(Severity.INFO, code, setting);
    }

    /**
     * Starts a finding about a setting.
     *
     * @param severity the severity
     * @param code the stable finding code
     * @param setting the setting at fault
     * @return a builder
     */
    public static Builder of(Severity severity, String code, Setting setting) {
        return new Builder(severity, code, setting.key()).origin(setting.origin());
    }

    /**
     * Starts a finding about a subject that is not a setting, e.g. a type name or a missing key.
     *
     * @param severity the severity
     * @param code the stable finding code
     * @param subject the key or type name concerned
     * @return a builder
     */
    public static Builder of(Severity severity, String code, String subject) {
        return new Builder(severity, code, subject);
    }

    /**
     * The stable code, e.g. {@code secrets.too-short}; documented in the README and never reused.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * How serious the finding is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The setting key or type name concerned.
     *
     * @return the subject
     */
    public String subject() {
        return subject;
    }

    /**
     * Where the value came from.
     *
     * @return the origin, {@link Origin#unknown()} when none applies
     */
    public Origin origin() {
        return origin;
    }

    /**
     * What is wrong, with the threshold where one applies; never the value.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * What to do about it.
     *
     * @return the remediation
     */
    public String remediation() {
        return remediation;
    }

    /**
     * Where to read more.
     *
     * @return the documentation link, if any
     */
    public Optional<URI> documentation() {
        return Optional.ofNullable(documentation);
    }

    /**
     * Whether an active waiver covers this finding; a waived finding is reported but does not count toward the
     * verdict.
     *
     * @return {@code true} when waived
     */
    public boolean waived() {
        return waived;
    }

    /**
     * This finding, marked as covered by a waiver.
     *
     * @return a waived copy
     */
    Finding asWaived() {
        return waived ? this : new Finding(toBuilder(), true);
    }

    /**
     * A builder holding this finding's fields, for adjusting a copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(severity, code, subject).origin(origin).message(message).remediation(remediation);
        builder.documentation = documentation;
        return builder;
    }

    /**
     * Whether this finding counts toward the verdict: not waived and not INFO.
     *
     * @return the status it contributes
     */
    public Status effectiveStatus() {
        return waived ? Status.GO : severity.toStatus();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && code.equals(that.code) && severity == that.severity
                && subject.equals(that.subject) && origin.equals(that.origin) && message.equals(that.message)
                && remediation.equals(that.remediation) && Objects.equals(documentation, that.documentation)
                && waived == that.waived;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, subject, origin, message, remediation, documentation, waived);
    }

    @Override
    public String toString() {
        return severity.displayName() + " " + code + " " + subject + " (" + origin + "): " + message
                + (waived ? " [waived]" : "");
    }

    /**
     * Builds a {@link Finding}; mutable and not thread-safe.
     */
    public static final class Builder {

        /**
         * Codes already found well-formed, one per slot of their hash, compared by identity: a gate names its codes
         * as constants and makes dozens of findings per file, so each constant is checked once, not once per finding.
         */
        private static final String[] CHECKED_CODES = new String[256];

        private final Severity severity;
        private final String code;
        private final String subject;
        private Origin origin = Origin.unknown();
        private String message = "";
        private String remediation = "";
        private @Nullable URI documentation;

        private Builder(Severity severity, String code, String subject) {
            this.severity = Objects.requireNonNull(severity, "severity");
            this.code = requireCode(code);
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        private static String requireCode(String code) {
            Objects.requireNonNull(code, "code");
            int slot = code.hashCode() & (CHECKED_CODES.length - 1);
            if (CHECKED_CODES[slot] == code) {
                return code;
            }
            if (!Gates.isDottedId(code)) {
                throw new IllegalArgumentException(
                        "code must be lower-case words joined by '.' or '-', such as secrets.too-short, but was '"
                                + code + "'");
            }
            CHECKED_CODES[slot] = code;
            return code;
        }

        /**
         * Sets where the value came from.
         *
         * @param origin the origin
         * @return this builder
         */
        public Builder origin(Origin origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }

        /**
         * Sets what is wrong. Never include the value: use {@link SecretShape} to describe it.
         *
         * @param message the message
         * @return this builder
         */
        public Builder message(String message) {
            this.message = Objects.requireNonNull(message, "message");
            return this;
        }

        /**
         * Sets what to do about it.
         *
         * @param remediation the remediation
         * @return this builder
         */
        public Builder remediation(String remediation) {
            this.remediation = Objects.requireNonNull(remediation, "remediation");
            return this;
        }

        /**
         * Sets a link to more documentation.
         *
         * @param documentation the link
         * @return this builder
         */
        public Builder documentation(URI documentation) {
            this.documentation = Objects.requireNonNull(documentation, "documentation");
            return this;
        }

        /**
         * Builds the finding.
         *
         * @return the finding
         */
        public Finding build() {
            return new Finding(this, false);
        }
    }
}
