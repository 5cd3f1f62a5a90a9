package dev.readiness.gates.tenant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fact the {@code tenant} gate judges: the application's persistent types, as an adapter found them (the
 * Spring adapter reads the JPA metamodel). Immutable and thread-safe.
 */
public final class PersistentTypes {

    private static final PersistentTypes NONE = new PersistentTypes(Map.of());

    private final Map<String, PersistentType> byName;

    private PersistentTypes(Map<String, PersistentType> byName) {
        this.byName = byName;
    }

    /**
     * The given types; a later type with the same name replaces an earlier one.
     *
     * @param types the types
     * @return the fact
     */
    public static PersistentTypes of(Collection<PersistentType> types) {
        if (types.isEmpty()) {
            return NONE;
        }
        Map<String, PersistentType> byName = new LinkedHashMap<>();
        for (PersistentType type : types) {
            byName.put(type.name(), type);
        }
        return new PersistentTypes(java.util.Collections.unmodifiableMap(byName));
    }

    /**
     * The given types.
     *
     * @param types the types
     * @return the fact
     */
    public static PersistentTypes of(PersistentType... types) {
        return of(List.of(types));
    }

    /**
     * No persistent types.
     *
     * @return the empty fact
     */
    public static PersistentTypes none() {
        return NONE;
    }

    /**
     * Every type, in the order the adapter listed them.
     *
     * @return the types
     */
    public List<PersistentType> list() {
        return List.copyOf(byName.values());
    }

    /**
     * The type with a qualified name.
     *
     * @param name the qualified name
     * @return the type, or empty
     */
    public Optional<PersistentType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * How many types there are.
     *
     * @return the count
     */
    public int size() {
        return byName.size();
    }

    /**
     * Whether there are none.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersistentTypes that && byName.equals(that.byName);
    }

    @Override
    public int hashCode() {
        return byName.hashCode();
    }

    @Override
    public String toString() {
        return "PersistentTypes" + byName.keySet();
    }
}
