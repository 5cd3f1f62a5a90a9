package dev.readiness.validation;

import dev.readiness.gates.sandbox.Endpoint;
import dev.readiness.gates.sandbox.EndpointJudge;
import dev.readiness.gates.sandbox.ProviderCatalog;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link NoSandbox} with the {@code sandbox} gate's {@link EndpointJudge} over
 * {@link ProviderCatalog#defaults()}. Set up once by {@code initialize}, then immutable and thread-safe.
 */
public final class NoSandboxValidator implements ConstraintValidator<NoSandbox, CharSequence> {

    private EndpointJudge judge = EndpointJudge.of(ProviderCatalog.defaults(), List.of());
    private boolean allowLoopback;

    /**
     * Creates the validator; Bean Validation calls {@link #initialize(NoSandbox)} next.
     */
    public NoSandboxValidator() {
    }

    @Override
    public void initialize(NoSandbox constraint) {
        judge = EndpointJudge.of(ProviderCatalog.defaults(), List.of(constraint.allowedHosts()));
        allowLoopback = constraint.allowLoopback();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return true;
        }
        if (judge.distinctiveTestCredential(text).isPresent()) {
            return false;
        }
        for (Endpoint endpoint : Endpoint.parseAll(text, true)) {
            EndpointJudge.Kind kind = judge.judge(endpoint).kind();
            if (kind.isProblem() && !(allowLoopback && kind == EndpointJudge.Kind.LOOPBACK)) {
                return false;
            }
        }
        return true;
    }
}
