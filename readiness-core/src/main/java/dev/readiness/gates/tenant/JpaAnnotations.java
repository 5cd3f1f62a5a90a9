package dev.readiness.gates.tenant;

import java.util.Set;

/**
 * The JPA annotations, by qualified name in both namespaces ({@code jakarta.persistence} and the older
 * {@code javax.persistence}), that decide what a persistent type and its attributes are. One list for every reader of
 * entities: the boot scan, the class-file reader of the CLI and the Maven goal, and the ArchUnit tenant rules, so
 * they cannot disagree on what is an entity or an attribute. Immutable and thread-safe.
 */
public final class JpaAnnotations {

    /** {@code @Entity}. */
    public static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");

    /** What a persistent superclass is annotated with: {@code @Entity} or {@code @MappedSuperclass}. */
    public static final Set<String> PERSISTENT_SUPERCLASS = Set.of("jakarta.persistence.Entity",
            "javax.persistence.Entity", "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");

    /** What makes a field an embedded value: {@code @Embedded} or {@code @EmbeddedId}. */
    public static final Set<String> EMBEDDED = Set.of("jakarta.persistence.Embedded", "javax.persistence.Embedded",
            "jakarta.persistence.EmbeddedId", "javax.persistence.EmbeddedId");

    /** {@code @Embeddable}: a type whose fields are embedded wherever it is used. */
    public static final Set<String> EMBEDDABLE = Set.of("jakarta.persistence.Embeddable",
            "javax.persistence.Embeddable");

    /** {@code @Transient}: a field that is no attribute. */
    public static final Set<String> TRANSIENT = Set.of("jakarta.persistence.Transient",
            "javax.persistence.Transient");

    /** The to-one associations, {@code @ManyToOne} and {@code @OneToOne}. */
    public static final Set<String> TO_ONE = Set.of("jakarta.persistence.ManyToOne", "jakarta.persistence.OneToOne",
            "javax.persistence.ManyToOne", "javax.persistence.OneToOne");

    /** The identifier's marks, {@code @Id} and {@code @EmbeddedId}: on a getter they select property access. */
    public static final Set<String> ID = Set.of("jakarta.persistence.Id", "javax.persistence.Id",
            "jakarta.persistence.EmbeddedId", "javax.persistence.EmbeddedId");

    /** {@code @Access}: with {@code AccessType.PROPERTY}, on a class or a getter, the attributes are its properties. */
    public static final Set<String> ACCESS = Set.of("jakarta.persistence.Access", "javax.persistence.Access");

    private JpaAnnotations() {
    }
}
