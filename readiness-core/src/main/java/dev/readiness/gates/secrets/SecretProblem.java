package dev.readiness.gates.secrets;

import dev.readiness.SecretShape;
import java.util.Objects;

/**
 * One thing wrong with a secret value, described without the value. Immutable and thread-safe.
 *
 * @param code the stable finding code, e.g. {@code secrets.too-weak}
 * @param shape the value's shape: length, entropy estimate, public prefix class
 * @param message what is wrong, with the threshold where one applies; never the value or a fragment of it
 * @param remediation what to do about it
 */
public record SecretProblem(String code, SecretShape shape, String message, String remediation) {

    /**
     * Validates.
     *
     * @param code the code
     * @param shape the shape
     * @param message the message
     * @param remediation the remediation
     */
    public SecretProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
    }
}
