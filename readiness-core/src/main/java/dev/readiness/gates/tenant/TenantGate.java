package dev.readiness.gates.tenant;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.gates.internal.TenantKeys;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gate {@code tenant}: every persistent type carries its tenant key, directly, through a mapped superclass or
 * through an embeddable, or is declared global. Judges the {@link PersistentTypes} fact an adapter contributes (the
 * Spring adapter reads the JPA metamodel); without that fact it has nothing to judge and answers GO.
 *
 * <p>Configuration: {@code readiness.tenant.attributes} names the tenant key(s) (comma-separated or indexed,
 * e.g. {@code organizationId}); {@code readiness.tenant.global-types} names types shared across tenants on purpose
 * (simple or qualified names; a mapped superclass named there covers its subclasses). An attribute annotated with
 * Hibernate's {@code @TenantId} always counts as the key, and a type annotated {@link CrossTenant} is global.
 *
 * <p>Findings:
 * <ul>
 *   <li>{@code tenant.missing-key}: a type without a configured key; NO-GO in staging and production, WARN in
 *   development and test.</li>
 *   <li>{@code tenant.inferred-missing-key}: with no key configured, most types carry a usual tenant key
 *   ({@link TenantKeys#USUAL}) and this one does not; WARN.</li>
 *   <li>{@code tenant.unknown-attribute}, {@code tenant.unknown-global-type}: configured names that match
 *   nothing, likely typos; INFO.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class TenantGate implements Gate {

    /** The gate id. */
    public static final String ID = "tenant";

    private final List<String> attributes;
    private final List<String> globalTypes;

    /**
     * A gate configured only by settings ({@code readiness.tenant.*}); used by {@link java.util.ServiceLoader}.
     */
    public TenantGate() {
        this(List.of(), List.of());
    }

    /**
     * A gate with tenant keys and global types given in code; settings add to them.
     *
     * @param attributes tenant key attribute names, e.g. {@code organizationId}
     * @param globalTypes simple or qualified names of types shared across tenants on purpose
     */
    public TenantGate(Collection<String> attributes, Collection<String> globalTypes) {
        this.attributes = List.copyOf(attributes);
        this.globalTypes = List.copyOf(globalTypes);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "every persistent type carries its tenant key or is declared global";
    }

    @Override
    public Set<Class<?>> requiredFacts() {
        return Set.of(PersistentTypes.class);
    }

    @Override
    public Outcome check(GateContext context) {
        Optional<PersistentTypes> fact = context.fact(PersistentTypes.class);
        if (fact.isEmpty() || fact.get().isEmpty()) {
            return Outcome.go();
        }
        return TenantJudge.judge(fact.get().list(), context, attributes, globalTypes);
    }
}
