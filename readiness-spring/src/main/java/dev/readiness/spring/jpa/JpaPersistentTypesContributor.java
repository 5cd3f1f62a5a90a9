package dev.readiness.spring.jpa;

import dev.readiness.FactContributor;
import dev.readiness.FactSink;
import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.gates.tenant.PersistentTypes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Contributes {@link PersistentTypes} read from the JPA metamodel that the persistence provider (Hibernate) built at
 * start-up: no second class-path scan. Every {@link EntityType} becomes a {@link PersistentType} whose attributes
 * include those inherited from mapped superclasses and entity superclasses (with the class that declares them) and
 * those of embedded values (as {@code embedded.attribute} paths, nested up to four levels). Annotations are read from
 * the Java classes and members the metamodel points to. Thread-safe.
 */
public final class JpaPersistentTypesContributor implements FactContributor {

    private static final int EMBEDDING_DEPTH = 4;

    private final Supplier<? extends Collection<EntityManagerFactory>> factories;

    /**
     * Reads the given factories' metamodels when asked to contribute.
     *
     * @param factories the entity manager factories, asked for when facts are gathered
     */
    public JpaPersistentTypesContributor(Supplier<? extends Collection<EntityManagerFactory>> factories) {
        this.factories = Objects.requireNonNull(factories, "factories");
    }

    /**
     * Reads the given factories' metamodels.
     *
     * @param factories the entity manager factories
     */
    public JpaPersistentTypesContributor(Collection<EntityManagerFactory> factories) {
        this(() -> List.copyOf(factories));
    }

    @Override
    public void contribute(FactSink sink) {
        List<PersistentType> types = new ArrayList<>();
        for (EntityManagerFactory factory : factories.get()) {
            types.addAll(persistentTypes(factory.getMetamodel()));
        }
        sink.put(PersistentTypes.class, PersistentTypes.of(types));
    }

    /**
     * The persistent types of one metamodel, ordered by name.
     *
     * @param metamodel the metamodel
     * @return the types
     */
    public static List<PersistentType> persistentTypes(Metamodel metamodel) {
        List<PersistentType> types = new ArrayList<>();
        for (EntityType<?> entity : metamodel.getEntities()) {
            types.add(persistentType(entity));
        }
        types.sort(Comparator.comparing(PersistentType::name));
        return types;
    }

    private static PersistentType persistentType(EntityType<?> entity) {
        Class<?> javaType = entity.getJavaType();
        boolean dynamic = javaType == null || Map.class.isAssignableFrom(javaType);
        PersistentType.Builder type = PersistentType.builder(dynamic ? entity.getName() : javaType.getName());
        if (!dynamic) {
            for (Annotation annotation : javaType.getAnnotations()) {
                type.annotation(annotation.annotationType().getName());
            }
        }
        for (IdentifiableType<?> supertype = entity.getSupertype(); supertype != null;
                supertype = supertype.getSupertype()) {
            type.supertype(typeName(supertype));
        }
        attributes(type, entity, "", 0);
        return type.build();
    }

    private static void attributes(PersistentType.Builder type, ManagedType<?> owner, String prefix, int depth) {
        List<Attribute<?, ?>> attributes = new ArrayList<>(owner.getAttributes());
        attributes.sort(Comparator.comparing(Attribute::getName));
        for (Attribute<?, ?> attribute : attributes) {
            String path = prefix + attribute.getName();
            Class<?> attributeType = attribute.getJavaType();
            type.attribute(new PersistentAttribute(path, typeName(attribute.getDeclaringType()),
                    attributeType == null ? "java.lang.Object" : attributeType.getName(),
                    attribute.isAssociation() && !attribute.isCollection(), isTenantId(member(attribute))));
            if (depth < EMBEDDING_DEPTH && attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
                    && attribute instanceof SingularAttribute<?, ?> singular
                    && singular.getType() instanceof EmbeddableType<?> embeddable) {
                attributes(type, embeddable, path + ".", depth + 1);
            }
        }
    }

    private static @Nullable Member member(Attribute<?, ?> attribute) {
        try {
            return attribute.getJavaMember();
        } catch (RuntimeException notAvailable) {
            return null;
        }
    }

    static boolean isTenantId(@Nullable Member member) {
        if (member instanceof AnnotatedElement annotated) {
            for (Annotation annotation : annotated.getAnnotations()) {
                if (annotation.annotationType().getName().equals(PersistentAttribute.HIBERNATE_TENANT_ID)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String typeName(ManagedType<?> type) {
        Class<?> javaType = type.getJavaType();
        if (javaType != null && !Map.class.isAssignableFrom(javaType)) {
            return javaType.getName();
        }
        return type instanceof EntityType<?> entity ? entity.getName() : String.valueOf(type);
    }
}
