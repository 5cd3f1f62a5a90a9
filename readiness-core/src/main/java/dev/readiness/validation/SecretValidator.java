package dev.readiness.validation;

import dev.readiness.gates.secrets.SecretProblem;
import dev.readiness.gates.secrets.SecretPurpose;
import dev.readiness.gates.secrets.SecretStrength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link Secret}: judges the value with {@link SecretStrength#defaults()} and reports the first problem
 * with its message, which never includes the value. Set up once by {@code initialize}, then immutable and thread-safe.
 */
public final class SecretValidator implements ConstraintValidator<Secret, CharSequence> {

    private int minBits = 128;
    private SecretPurpose purpose = SecretPurpose.SECRET;
    private boolean aes256;

    /**
     * Creates the validator; Bean Validation calls {@link #initialize(Secret)} before use.
     */
    public SecretValidator() {
    }

    @Override
    public void initialize(Secret annotation) {
        if (annotation.minBits() < 1) {
            throw new IllegalArgumentException("@Secret minBits must be at least 1, but was " + annotation.minBits());
        }
        this.minBits = annotation.minBits();
        this.purpose = annotation.purpose();
        this.aes256 = annotation.aes256();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<SecretProblem> problems = SecretStrength.defaults().assess("", value.toString(), purpose, minBits, aes256);
        if (problems.isEmpty()) {
            return true;
        }
        SecretProblem problem = problems.get(0);
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(problem.message() + " [" + problem.code() + "]"))
                .addConstraintViolation();
        return false;
    }

    /** Message templates interpret braces, dollar signs and backslashes; the message is plain text. */
    private static String escape(String message) {
        StringBuilder escaped = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
