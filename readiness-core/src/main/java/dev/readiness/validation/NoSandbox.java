package dev.readiness.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must not point at a sandbox, test, local or reserved endpoint, nor be a test-mode
 * credential, judged by the same rules and provider catalog as the {@code sandbox} gate
 * ({@link dev.readiness.gates.sandbox.EndpointJudge}): provider sandbox hosts and test paths
 * ({@code api-m.sandbox.paypal.com}, {@code express.api.dhl.com/mydhlapi/test}), hosts whose name says sandbox,
 * test, staging, dev, qa, uat, mock, demo or playground, loopback, reserved names ({@code .test},
 * {@code .example}, {@code .invalid}, {@code .local}, {@code example.com}), and values starting with a distinctive
 * test-credential prefix ({@code sk_test_}, {@code rzp_test_}, …). {@code null} and blank values are valid (combine
 * with {@code @NotBlank} to require one); so are database URLs, which are not endpoints of this kind.
 *
 * <p>The constraint applies wherever it is validated; use validation groups, or validate only in production, when
 * sandbox values are expected elsewhere. The message never includes the value.
 * An annotation: immutable and thread-safe.
 */
@Documented
@Constraint(validatedBy = NoSandboxValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface NoSandbox {

    /**
     * The message; never includes the value.
     *
     * @return the message template
     */
    String message() default "must not be a sandbox, test or local endpoint, nor a test-mode credential";

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
     * Host patterns that are known and accepted (exact names, {@code *.suffix}, or {@code *} wildcards).
     *
     * @return the allowed hosts
     */
    String[] allowedHosts() default {};

    /**
     * Whether loopback hosts ({@code localhost}, {@code 127.0.0.1}, {@code ::1}) are accepted, for endpoints
     * served by a sidecar or local proxy.
     *
     * @return {@code true} to accept loopback
     */
    boolean allowLoopback() default false;
}
