package dev.readiness.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.readiness.gates.secrets.SecretPurpose;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} must be a real secret: not blank, not an unresolved placeholder, not a
 * published default or sample, not guessable, and carrying at least {@link #minBits()} bits of entropy; for
 * {@link SecretPurpose#ENCRYPTION_KEY} it must also decode to an AES key size. The same judgement as the
 * {@code secrets} gate ({@link dev.readiness.gates.secrets.SecretStrength}). {@code null} is valid: combine with
 * {@code @NotNull} where the secret is required.
 *
 * <pre>{@code
 * @ConfigurationProperties("app.jwt")
 * record JwtProperties(@NotNull @Secret(minBits = 256) String secret) { }
 * }</pre>
 *
 * The violation message says what is wrong (e.g. {@code carries too little entropy: 36 characters, about 122 bits,
 * where a secret needs at least 256 bits}) and never includes the value.
 * An annotation: immutable and thread-safe.
 */
@Documented
@Constraint(validatedBy = SecretValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Secret {

    /**
     * The message when the value cannot be judged more precisely; the validator normally replaces it with a
     * specific one.
     *
     * @return the message template
     */
    String message() default "must be a strong secret of at least {minBits} bits, not blank, a placeholder, "
            + "a published default or a guessable value";

    /**
     * Validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The least entropy, in bits, the value must carry; 256 for JWT signing secrets, 128 for other HMAC signing secrets.
     *
     * @return the threshold, at least 1
     */
    int minBits() default 128;

    /**
     * What the secret is for; {@link SecretPurpose#ENCRYPTION_KEY} adds the AES key-size check. Only the wording of
     * messages and the key-size check depend on it: the threshold is {@link #minBits()}.
     *
     * @return the purpose
     */
    SecretPurpose purpose() default SecretPurpose.SECRET;

    /**
     * For {@link SecretPurpose#ENCRYPTION_KEY}: whether the key must be exactly 32 bytes (AES-256).
     *
     * @return {@code true} to require 32 bytes
     */
    boolean aes256() default false;
}
