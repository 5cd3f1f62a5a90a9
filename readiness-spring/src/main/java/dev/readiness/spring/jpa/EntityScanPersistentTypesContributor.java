package dev.readiness.spring.jpa;

import dev.readiness.FactContributor;
import dev.readiness.FactSink;
import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.gates.tenant.PersistentTypes;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.EnvironmentCapable;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.ClassMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.jspecify.annotations.Nullable;

/**
 * Contributes {@link PersistentTypes} found by a light scan of named packages for classes annotated
 * {@code @Entity} (Jakarta or javax Persistence, matched by name), for applications without a JPA
 * {@code EntityManagerFactory}. Candidates are found from class-file metadata; each entity class is then loaded
 * (not initialised) and its persistent fields read: its own, those of {@code @MappedSuperclass} and {@code @Entity}
 * superclasses, and those inside {@code @Embedded} or {@code @Embeddable} values; static, {@code transient} and
 * {@code @Transient} fields are skipped. Field access is assumed; getter-mapped attributes are not seen.
 * Thread-safe.
 */
public final class EntityScanPersistentTypesContributor implements FactContributor {

    private static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    private static final Set<String> PERSISTENT_SUPERCLASS = Set.of("jakarta.persistence.Entity",
            "javax.persistence.Entity", "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass");
    private static final Set<String> EMBEDDED = Set.of("jakarta.persistence.Embedded", "javax.persistence.Embedded",
            "jakarta.persistence.EmbeddedId", "javax.persistence.EmbeddedId");
    private static final Set<String> EMBEDDABLE = Set.of("jakarta.persistence.Embeddable",
            "javax.persistence.Embeddable");
    private static final Set<String> TRANSIENT = Set.of("jakarta.persistence.Transient",
            "javax.persistence.Transient");
    private static final Set<String> TO_ONE = Set.of("jakarta.persistence.ManyToOne", "jakarta.persistence.OneToOne",
            "javax.persistence.ManyToOne", "javax.persistence.OneToOne");
    private static final int EMBEDDING_DEPTH = 4;

    private final List<String> packages;
    private final ClassLoader classLoader;
    private final @Nullable MetadataReaderFactory metadataReaderFactory;
    private final @Nullable ResourceLoader resourceLoader;

    /**
     * Scans the given packages.
     *
     * @param packages base packages, e.g. {@code com.acme.billing}
     * @param classLoader the class loader to scan and load classes with
     */
    public EntityScanPersistentTypesContributor(List<String> packages, ClassLoader classLoader) {
        this(packages, classLoader, null);
    }

    /**
     * Scans the given packages, reading class files through a metadata reader factory, e.g. the caching one Spring
     * Boot shares with its configuration class parsing, so class files already read are not read again.
     *
     * @param packages base packages, e.g. {@code com.acme.billing}
     * @param classLoader the class loader to scan and load classes with
     * @param metadataReaderFactory the factory, or {@code null} for a new one
     */
    public EntityScanPersistentTypesContributor(List<String> packages, ClassLoader classLoader,
            @Nullable MetadataReaderFactory metadataReaderFactory) {
        this(packages, classLoader, metadataReaderFactory, null);
    }

    /**
     * Scans the given packages, reading class files through a metadata reader factory and finding them through a
     * resource loader, e.g. the application context whose configuration classes Spring Boot has just parsed: its
     * resolver remembers the class-path roots and jar entries it already listed for its own component scan, and
     * its environment is used instead of a new one.
     *
     * @param packages base packages, e.g. {@code com.acme.billing}
     * @param classLoader the class loader to load classes with (and to scan with when there is no resource loader)
     * @param metadataReaderFactory the factory, or {@code null} for a new one
     * @param resourceLoader the resource loader to find class files with, or {@code null} for a new one
     */
    public EntityScanPersistentTypesContributor(List<String> packages, ClassLoader classLoader,
            @Nullable MetadataReaderFactory metadataReaderFactory, @Nullable ResourceLoader resourceLoader) {
        this.packages = List.copyOf(packages);
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.metadataReaderFactory = metadataReaderFactory;
        this.resourceLoader = resourceLoader;
    }

    /**
     * The packages scanned.
     *
     * @return the packages
     */
    public List<String> packages() {
        return packages;
    }

    @Override
    public void contribute(FactSink sink) throws ClassNotFoundException {
        if (packages.isEmpty()) {
            return;
        }
        sink.put(PersistentTypes.class, PersistentTypes.of(scan()));
    }

    /**
     * Scans the packages.
     *
     * @return the entity types found, ordered by name
     * @throws ClassNotFoundException when a candidate class cannot be loaded
     */
    public List<PersistentType> scan() throws ClassNotFoundException {
        Environment environment = resourceLoader instanceof EnvironmentCapable capable ? capable.getEnvironment()
                : new StandardEnvironment();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
                environment) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(resourceLoader != null ? resourceLoader : new DefaultResourceLoader(classLoader));
        scanner.setMetadataReaderFactory(new NamingEntity(metadataReaderFactory != null ? metadataReaderFactory
                : scanner.getMetadataReaderFactory()));
        scanner.addIncludeFilter(new EntityFilter());
        Set<String> names = new TreeSet<>();
        for (String basePackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                names.add(Objects.requireNonNull(candidate.getBeanClassName(), "bean class name"));
            }
        }
        List<PersistentType> types = new ArrayList<>();
        for (String name : names) {
            types.add(persistentType(Class.forName(name, false, classLoader)));
        }
        return types;
    }

    /**
     * Reads the metadata of a class file only when its bytes name an {@code @Entity} annotation type: a class
     * annotated {@code @Entity} holds the type's descriptor in its constant pool, so a class file without it cannot be
     * an entity, and the scan skips parsing it (an entity package is usually the application's root package, and
     * Spring's component scan parses the same class files again a moment later). A class file that names it is read
     * as before.
     */
    private static final class NamingEntity implements MetadataReaderFactory {

        private static final String[] DESCRIPTORS = { "Ljakarta/persistence/Entity;", "Ljavax/persistence/Entity;" };

        private final MetadataReaderFactory delegate;

        NamingEntity(MetadataReaderFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public MetadataReader getMetadataReader(String className) throws IOException {
            return delegate.getMetadataReader(className);
        }

        @Override
        public MetadataReader getMetadataReader(Resource resource) throws IOException {
            return namesEntity(resource) ? delegate.getMetadataReader(resource) : new NoEntity(resource);
        }

        @Override
        public ResourceLoader getResourceLoader() {
            return delegate.getResourceLoader();
        }

        private static boolean namesEntity(Resource resource) throws IOException {
            String classFile;
            try (InputStream in = resource.getInputStream()) {
                classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            for (String descriptor : DESCRIPTORS) {
                if (classFile.contains(descriptor)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A class file that names no {@code @Entity} type: {@link EntityFilter} rejects it without reading it. */
    private static final class NoEntity implements MetadataReader {

        private final Resource resource;

        NoEntity(Resource resource) {
            this.resource = resource;
        }

        @Override
        public Resource getResource() {
            return resource;
        }

        @Override
        public ClassMetadata getClassMetadata() {
            throw new UnsupportedOperationException("not read: names no @Entity type");
        }

        @Override
        public AnnotationMetadata getAnnotationMetadata() {
            throw new UnsupportedOperationException("not read: names no @Entity type");
        }
    }

    /** Matches classes annotated {@code @Entity}, from their class-file metadata. */
    private static final class EntityFilter implements TypeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            if (reader instanceof NoEntity) {
                return false;
            }
            AnnotationMetadata metadata = reader.getAnnotationMetadata();
            for (String entity : ENTITY) {
                if (metadata.hasAnnotation(entity)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static PersistentType persistentType(Class<?> entity) {
        PersistentType.Builder type = PersistentType.builder(entity.getName());
        for (Annotation annotation : entity.getAnnotations()) {
            type.annotation(annotation.annotationType().getName());
        }
        for (Class<?> superclass = entity.getSuperclass(); superclass != null && superclass != Object.class;
                superclass = superclass.getSuperclass()) {
            if (hasAny(superclass, PERSISTENT_SUPERCLASS)) {
                type.supertype(superclass.getName());
            }
        }
        fields(type, entity, "", 0, true);
        return type.build();
    }

    private static void fields(PersistentType.Builder type, Class<?> owner, String prefix, int depth,
            boolean entityHierarchy) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = owner; current != null && current != Object.class;
                current = current.getSuperclass()) {
            if (current != owner && entityHierarchy && !hasAny(current, PERSISTENT_SUPERCLASS)) {
                continue;
            }
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !hasAny(field, TRANSIENT)) {
                    fields.add(field);
                }
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        for (Field field : fields) {
            String path = prefix + field.getName();
            type.attribute(new PersistentAttribute(path, field.getDeclaringClass().getName(),
                    field.getType().getName(), hasAny(field, TO_ONE), JpaPersistentTypesContributor.isTenantId(field)));
            if (depth < EMBEDDING_DEPTH && (hasAny(field, EMBEDDED) || hasAny(field.getType(), EMBEDDABLE))) {
                fields(type, field.getType(), path + ".", depth + 1, false);
            }
        }
    }

    private static boolean hasAny(AnnotatedElement element, Set<String> annotationNames) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotationNames.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }
}
