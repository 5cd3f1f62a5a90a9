package dev.readiness;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One named check of what a service is about to run with. The only abstract method is
 * {@link #check(GateContext)}, so a gate can be a lambda ({@link #of(String, String, Gate)} names it); metadata
 * rides on default methods.
 *
 * <p>Gates are found through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.readiness.Gate}) or
 * passed directly to {@link Readiness.Builder#gate(Gate)}. A gate must be thread-safe: the runner calls gates in
 * parallel. A gate that throws, returns {@code null} or does not finish within its timeout becomes a NO-GO for
 * that gate; the other gates still run. Built-in gates are immutable; your own should be too.
 */
@FunctionalInterface
public interface Gate {

    /**
     * Judges the context and reports what it found.
     *
     * @param context the stage, settings, clock and facts to judge
     * @return the findings; {@link Outcome#go()} when there are none
     * @throws Exception when the gate cannot judge; the runner turns it into a {@code gate.failed} NO-GO
     */
    Outcome check(GateContext context) throws Exception;

    /**
     * A stable dotted identifier, e.g. {@code secrets} or {@code acme.carrier-urls}. The default derives one from
     * the class name; gates should override it, since class names are not stable.
     *
     * @return the id
     */
    default String id() {
        String simpleName = getClass().getSimpleName();
        if (simpleName.isEmpty() || simpleName.contains("$")) {
            return getClass().getName().toLowerCase(Locale.ROOT);
        }
        return simpleName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * One line saying what the gate checks.
     *
     * @return the description
     */
    default String description() {
        return "";
    }

    /**
     * The fact types this gate needs from an adapter (for example the application's persistent types). Adapters
     * run gates that need no facts as early as possible, before the application is built, and the others once
     * those facts exist.
     *
     * @return the fact types; empty by default
     */
    default Set<Class<?>> requiredFacts() {
        return Set.of();
    }

    /**
     * Names a gate written as a lambda.
     *
     * @param id the stable dotted id
     * @param description one line saying what it checks
     * @param check the check
     * @return a gate with that id and description
     */
    static Gate of(String id, String description, Gate check) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        Gates.requireValidId(id);
        return new Gate() {
            @Override
            public Outcome check(GateContext context) throws Exception {
                return check.check(context);
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String toString() {
                return "Gate[" + id + "]";
            }
        };
    }
}
