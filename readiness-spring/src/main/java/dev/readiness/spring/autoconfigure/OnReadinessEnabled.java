package dev.readiness.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code readiness.enabled} is {@code false} as Spring Boot's binder reads a boolean ({@code false},
 * {@code off}, {@code no} or {@code 0}, in any case): the reading the run listener gives the same property before the
 * context exists. {@code @ConditionalOnBooleanProperty} matched the word {@code true} only, so
 * {@code READINESS_ENABLED=1} or {@code readiness.enabled: on} ran the early phase but left out the auto-configurations
 * (thirtieth pass). A value that is no boolean matches, so that binding the property refuses the start naming it.
 * For readiness's own auto-configurations; stateless.
 */
public final class OnReadinessEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (!(context.getEnvironment() instanceof ConfigurableEnvironment environment)) {
            return ConditionOutcome.match("no configurable environment to read readiness.enabled from");
        }
        try {
            return Binder.get(environment).bind("readiness.enabled", Boolean.class).orElse(true)
                    ? ConditionOutcome.match("readiness.enabled is not false")
                    : ConditionOutcome.noMatch("readiness.enabled is false");
        }
        catch (BindException ex) {
            return ConditionOutcome.match("readiness.enabled is no boolean: binding it refuses the start");
        }
    }
}
