package dev.readiness.validation;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ProductionDatabaseUrl} with the {@code database} gate's rules for the production stage. The
 * message it builds holds only finding codes, never any part of the value (which also keeps the value out of
 * message interpolation). Set up once by {@code initialize}, then immutable and thread-safe.
 */
public final class ProductionDatabaseUrlValidator implements ConstraintValidator<ProductionDatabaseUrl, CharSequence> {

    private static final DatabaseGate GATE = new DatabaseGate();

    private boolean rejectWarnings;
    private String message = ProductionDatabaseUrl.DEFAULT_MESSAGE;

    /** Creates the validator; Bean Validation calls {@link #initialize(ProductionDatabaseUrl)}. */
    public ProductionDatabaseUrlValidator() {
    }

    @Override
    public void initialize(ProductionDatabaseUrl constraint) {
        this.rejectWarnings = constraint.rejectWarnings();
        this.message = constraint.message();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Setting setting = Setting.of("value", value.toString(), Origin.of("validated property"));
        Set<String> failed = new LinkedHashSet<>();
        for (Finding finding : GATE.judge(setting, Stage.PRODUCTION)) {
            if (finding.severity() == Severity.NO_GO || rejectWarnings && finding.severity() == Severity.WARN) {
                failed.add(finding.code());
            }
        }
        if (failed.isEmpty()) {
            return true;
        }
        if (message.equals(ProductionDatabaseUrl.DEFAULT_MESSAGE)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message + " (" + String.join(", ", failed) + ")")
                    .addConstraintViolation();
        }
        return false;
    }
}
