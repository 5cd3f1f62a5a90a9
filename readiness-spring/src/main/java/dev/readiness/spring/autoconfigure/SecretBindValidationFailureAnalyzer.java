package dev.readiness.spring.autoconfigure;

import dev.readiness.gates.secrets.SecretKeys;
import dev.readiness.settings.Setting;
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
 * {@code @ProductionDatabaseUrl}, when its name names a secret ({@link SecretKeys#isSecret(String)}), or when its
 * value carries a credential whatever the name ({@code app.database=postgres://app:PASSWORD@db/app}, thirty-ninth
 * pass: Boot's banner printed it whole). A sensitive property's reason is shown unless a constraint other than
 * readiness's own has a message quoting four characters of the value ({@code ${validatedValue}} in a message, which Hibernate Validator interpolates).
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
                description.append(String.format(Locale.ROOT, "%n    Reason: %s%n", reason(field)));
            }
            else {
                description.append(String.format(Locale.ROOT, "%n    Reason: %s%n", error.getDefaultMessage()));
            }
        }
        return new FailureAnalysis(description.toString(), "Update your application's configuration", cause);
    }

    /** The constraint's message, unless it quotes part of a sensitive value. */
    private static @Nullable String reason(FieldError field) {
        String message = field.getDefaultMessage();
        // readiness's own constraints name at most a prefix class (sk_test_…), never the value
        if (message == null || !isSensitive(field) || field.getRejectedValue() == null || isReadinessConstraint(field)
                || !quotesPart(message, field.getRejectedValue().toString())) {
            return message;
        }
        return "(rejected by " + field.getCode() + "; its message quotes the value, so it is not shown)";
    }

    /** Whether the text holds four characters in a row of the value. */
    private static boolean quotesPart(String text, String value) {
        java.util.Set<String> quoted = new java.util.HashSet<>();
        for (int i = 0; i + 4 <= text.length(); i++) {
            quoted.add(text.substring(i, i + 4));
        }
        for (int i = 0; i + 4 <= value.length(); i++) {
            if (quoted.contains(value.substring(i, i + 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSensitive(ObjectError error) {
        if (!(error instanceof FieldError field)) {
            return false;
        }
        if (SECRET_KEYS.isSecret(field.getField())) {
            return true;
        }
        if (field.getRejectedValue() instanceof CharSequence text
                && Setting.of(field.getField(), text.toString(), dev.readiness.settings.Origin.unknown())
                        .carriesCredential()) {
            return true;
        }
        return isReadinessConstraint(field);
    }

    private static boolean isReadinessConstraint(FieldError field) {
        String[] codes = field.getCodes();
        return codes != null && Arrays.stream(codes).anyMatch(READINESS_CONSTRAINTS::contains);
    }

    private static int length(@Nullable Object value) {
        return value == null ? 0 : value.toString().length();
    }
}
