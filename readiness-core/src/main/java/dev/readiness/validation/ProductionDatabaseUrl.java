package dev.readiness.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} must be a database URL fit for production, judged by the same parser and
 * rules as the built-in {@code database} gate: it parses, and it is not an embedded, in-memory or Testcontainers
 * database, a test-named database, a template host, default credentials or TLS switched off for a public host.
 * {@code null} is valid (combine with {@code @NotNull}).
 *
 * <p>The violation message never includes the value; it names the finding codes that failed, e.g.
 * {@code must be a production database URL (database.embedded)}.
 * An annotation: immutable and thread-safe.
 */
@Documented
@Constraint(validatedBy = ProductionDatabaseUrlValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
        ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProductionDatabaseUrl.List.class)
public @interface ProductionDatabaseUrl {

    /** The default message; the validator appends the failed finding codes to it. */
    String DEFAULT_MESSAGE = "must be a production database URL";

    /**
     * The message template; the default is completed with the failed finding codes.
     *
     * @return the message
     */
    String message() default DEFAULT_MESSAGE;

    /**
     * Whether WARN findings (a password inside the URL, TLS not required, a loopback host, Redis without AUTH)
     * also make the value invalid.
     *
     * @return {@code true} to reject warnings too; {@code false} by default
     */
    boolean rejectWarnings() default false;

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ProductionDatabaseUrl} constraints on one element.
     * An annotation: immutable and thread-safe.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
            ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ProductionDatabaseUrl[] value();
    }
}
