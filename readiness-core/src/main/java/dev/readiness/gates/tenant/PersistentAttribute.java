package dev.readiness.gates.tenant;

import java.util.Objects;

/**
 * One persistent attribute of a {@link PersistentType}, flattened: attributes inherited from a mapped superclass
 * or entity superclass appear with that class as {@link #declaringType()}, and attributes of an embedded value
 * appear with a dotted {@link #path()} such as {@code tenant.organizationId}. Immutable and thread-safe.
 *
 * @param path the attribute's path from the persistent type: its name, or {@code embedded.name} for an attribute
 *     of an embeddable
 * @param declaringType the qualified name of the class that declares it (the type itself, a mapped superclass, an
 *     entity superclass or an embeddable)
 * @param javaType the qualified name of the attribute's Java type, e.g. {@code java.lang.Long}
 * @param association whether the attribute references another entity ({@code @ManyToOne}, {@code @OneToOne})
 * @param tenantId whether the attribute is annotated with Hibernate's {@code org.hibernate.annotations.TenantId}
 */
public record PersistentAttribute(String path, String declaringType, String javaType, boolean association,
        boolean tenantId) {

    /** The annotation that makes an attribute Hibernate's tenant discriminator. */
    public static final String HIBERNATE_TENANT_ID = "org.hibernate.annotations.TenantId";

    /**
     * Checks the values.
     *
     * @param path the path
     * @param declaringType the declaring type
     * @param javaType the Java type
     * @param association whether it references an entity
     * @param tenantId whether it is Hibernate's tenant id
     */
    public PersistentAttribute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(declaringType, "declaringType");
        Objects.requireNonNull(javaType, "javaType");
        if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw new IllegalArgumentException(
                    "path must be dot-separated attribute names such as tenant.organizationId, but was '" + path
                            + "'");
        }
    }

    /**
     * A plain attribute declared by the given type.
     *
     * @param path the path
     * @param declaringType the qualified name of the declaring class
     * @return the attribute, neither an association nor a tenant id
     */
    public static PersistentAttribute of(String path, String declaringType) {
        return new PersistentAttribute(path, declaringType, "java.lang.Object", false, false);
    }

    /**
     * The attribute's own name: the last segment of its path.
     *
     * @return the name, e.g. {@code organizationId} for {@code tenant.organizationId}
     */
    public String name() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /**
     * Whether it is an attribute of an embedded value rather than of the type itself.
     *
     * @return {@code true} when the path has more than one segment
     */
    public boolean embedded() {
        return path.indexOf('.') >= 0;
    }
}
