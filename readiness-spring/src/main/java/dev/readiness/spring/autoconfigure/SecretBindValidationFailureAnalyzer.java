package dev.readiness.spring.autoconfigure;

import dev.readiness.gates.secrets.SecretKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Replaces Spring Boot's banner for {@code @ConfigurationProperties} that failed validation when a rejected property
 * is a secret: Boot's own analyzer prints every rejected value ({@code Value: "…"}), so a too-short JWT secret
 * rejected by {@link dev.readiness.validation.Secret @Secret} would be printed in the boot log. This analyzer runs
 * first and prints the same banner with the value of each sensitive property hidden (only its length is shown).
 * A property is sensitive when it was rejected by {@code @Secret}, {@code @NoSandbox} or
 * {@code @ProductionDatabaseUrl}, or when its name names a secret ({@link SecretKeys#isSecret(String)}).
 * When no rejected property is sensitive it declines and Boot's analyzer reports as usual.
 */
class SecretBindValidationFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException>
        implements Ordered {

    /** Error codes of the readiness constraints: Spring names a violation's codes after the annotation. */
    private static final Set<String> READINESS_CONSTRAINTS = Set.of("Secret", "NoSandbox", "ProductionDatabaseUrl");

    private static final SecretKeys SECRET_KEYS = SecretKeys.defaults();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        List<ObjectError> errors = cause.getValidationErrors().getAllErrors();
        if (errors.stream().noneMatch(SecretBindValidationFailureAnalyzer::isSensitive)) {
            return null;
        }
        StringBuilder description = new StringBuilder(String.format(Locale.ROOT, "Binding to target %s failed:%n",
                cause.getValidationErrors().getName()));
        for (ObjectError error : errors) {
            if (error instanceof FieldError field) {
                description.append(String.format(Locale.ROOT, "%n    Property: %s", field.getObjectName() + "."
                        + field.getField()));
                description.append(String.format(Locale.ROOT, "%n    Value: %s", isSensitive(field)
                        ? "(hidden, " + length(field.getRejectedValue()) + " characters)"
                        : "\"" + field.getRejectedValue() + "\""));
                Origin origin = Origin.from(field);
                if (origin != null) {
                    description.append(String.format(Locale.ROOT, "%n    Origin: %s", origin));
                }
                description.append(String.format(Locale.ROOT, "%n    Reason: %s%n", field.getDefaultMessage()));
            }
            else {
                description.append(String.format(Locale.ROOT, "%n    Reason: %s%n", error.getDefaultMessage()));
            }
        }
        return new FailureAnalysis(description.toString(), "Update your application's configuration", cause);
    }

    private static boolean isSensitive(ObjectError error) {
        if (!(error instanceof FieldError field)) {
            return false;
        }
        if (SECRET_KEYS.isSecret(field.getField())) {
            return true;
        }
        String[] codes = field.getCodes();
        return codes != null && Arrays.stream(codes).anyMatch(READINESS_CONSTRAINTS::contains);
    }

    private static int length(@Nullable Object value) {
        return value == null ? 0 : value.toString().length();
    }
}
