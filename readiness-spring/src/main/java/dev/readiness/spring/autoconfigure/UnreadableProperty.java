package dev.readiness.spring.autoconfigure;

import dev.readiness.render.ProblemList;
import dev.readiness.spring.ReadinessConfigurationException;
import dev.readiness.spring.ReadinessGateException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;

/**
 * A {@code readiness.*} property whose value does not bind at boot ({@code readiness.stage=prodution},
 * {@code readiness.gate-timeout=forever}): one {@link ReadinessConfigurationException} naming the property, where it
 * was set and what it accepts, never the value, with the exit code of a refused start. Spring Boot's own bind
 * analysis would print the value and exit with 1, which an orchestrator reads as a crash.
 */
final class UnreadableProperty {

    private UnreadableProperty() {
    }

    static RuntimeException refusal(BindException ex, Binder binder) {
        ConfigurationProperty property = ex.getProperty();
        String name = property != null ? property.getName().toString() : ex.getName().toString();
        String where = property != null && property.getOrigin() != null
                ? ", set in " + ProblemList.escape(String.valueOf(property.getOrigin())) : "";
        String problem = name + " cannot be read: it must be " + expected(ex.getTarget().getType().resolve(Object.class))
                + where + " (the value is not shown)";
        return new ReadinessConfigurationException(List.of(problem), exitCode(binder));
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == Duration.class) {
            return "a duration such as 500ms, 5s or 2m";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        return "a value of type " + type.getSimpleName();
    }

    /** {@code readiness.exit-code} when it binds to a valid code, else 78. */
    private static int exitCode(Binder binder) {
        try {
            int code = binder.bind("readiness.exit-code", Integer.class)
                    .orElse(ReadinessGateException.DEFAULT_EXIT_CODE);
            return code >= 1 && code <= 255 ? code : ReadinessGateException.DEFAULT_EXIT_CODE;
        }
        catch (BindException unreadable) {
            return ReadinessGateException.DEFAULT_EXIT_CODE;
        }
    }
}
