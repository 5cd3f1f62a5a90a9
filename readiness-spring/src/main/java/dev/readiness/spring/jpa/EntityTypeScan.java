package dev.readiness.spring.jpa;

import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.gates.tenant.JpaAnnotations;
import dev.readiness.gates.tenant.PersistentType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
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
 * The scan behind {@link EntityScanPersistentTypesContributor}: its own class, so that the contributor bean every
 * boot without JPA registers (and whose methods Spring introspects on the main thread) loads none of the scanning
 * code, tables or types until packages are scanned. Stateless.
 */
final class EntityTypeScan {

    private static final int EMBEDDING_DEPTH = 4;

    private EntityTypeScan() {
    }

    /**
     * Scans packages for entity types.
     *
     * @param packages base packages
     * @param classLoader the class loader to load classes with (and to scan with when there is no resource loader)
     * @param metadataReaderFactory the factory, or {@code null} for a new one
     * @param resourceLoader the resource loader to find class files with, or {@code null} for a new one
     * @return the entity types found, ordered by name
     * @throws ClassNotFoundException when a candidate class cannot be loaded
     */
    static List<PersistentType> scan(List<String> packages, ClassLoader classLoader,
            @Nullable MetadataReaderFactory metadataReaderFactory, @Nullable ResourceLoader resourceLoader)
            throws ClassNotFoundException {
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
            for (String entity : JpaAnnotations.ENTITY) {
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
            if (hasAny(superclass, JpaAnnotations.PERSISTENT_SUPERCLASS)) {
                type.supertype(superclass.getName());
            }
        }
        fields(type, entity, "", 0, true);
        return type.build();
    }

    private static void fields(PersistentType.Builder type, Class<?> owner, String prefix, int depth,
            boolean entityHierarchy) {
        List<Field> fields = new ArrayList<>();
        List<Method> getters = new ArrayList<>();
        boolean propertyAccess = false;
        for (Class<?> current = owner; current != null && current != Object.class;
                current = current.getSuperclass()) {
            if (current != owner && entityHierarchy && !hasAny(current, JpaAnnotations.PERSISTENT_SUPERCLASS)) {
                continue;
            }
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !hasAny(field, JpaAnnotations.TRANSIENT)) {
                    fields.add(field);
                }
            }
            propertyAccess |= accessIsProperty(current);
            for (Method method : current.getDeclaredMethods()) {
                if (propertyName(method) != null && !hasAny(method, JpaAnnotations.TRANSIENT)) {
                    getters.add(method);
                    propertyAccess |= hasAny(method, JpaAnnotations.ID);
                }
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        Set<String> names = new TreeSet<>();
        for (Field field : fields) {
            names.add(field.getName());
            attribute(type, prefix + field.getName(), field, field.getType(), depth);
        }
        getters.sort(Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            String name = propertyName(getter);
            if ((propertyAccess || accessIsProperty(getter)) && names.add(name)) {
                attribute(type, prefix + name, getter, getter.getReturnType(), depth);
            }
        }
    }

    private static void attribute(PersistentType.Builder type, String path, Member member, Class<?> javaType,
            int depth) {
        AnnotatedElement annotated = (AnnotatedElement) member;
        type.attribute(new PersistentAttribute(path, member.getDeclaringClass().getName(), javaType.getName(),
                hasAny(annotated, JpaAnnotations.TO_ONE), JpaPersistentTypesContributor.isTenantId(member)));
        if (depth < EMBEDDING_DEPTH && (hasAny(annotated, JpaAnnotations.EMBEDDED)
                || hasAny(javaType, JpaAnnotations.EMBEDDABLE))) {
            fields(type, javaType, path + ".", depth + 1, false);
        }
    }

    /**
     * The persistent property a method reads under property access ({@code getOrganizationId()} or
     * {@code isActive()}: an instance getter without parameters), or {@code null}.
     */
    private static @Nullable String propertyName(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                || method.getParameterCount() != 0) {
            return null;
        }
        String name = method.getName();
        int start = name.startsWith("get") && method.getReturnType() != void.class ? 3
                : name.startsWith("is") && method.getReturnType() == boolean.class ? 2 : -1;
        if (start < 0 || name.length() == start || !Character.isUpperCase(name.charAt(start))) {
            return null;
        }
        String property = name.substring(start);
        boolean acronym = property.length() > 1 && Character.isUpperCase(property.charAt(1));
        return acronym ? property : Character.toLowerCase(property.charAt(0)) + property.substring(1);
    }

    /** Whether {@code @Access(AccessType.PROPERTY)} is on a class or a getter. */
    private static boolean accessIsProperty(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (JpaAnnotations.ACCESS.contains(annotation.annotationType().getName())) {
                try {
                    return "PROPERTY".equals(String.valueOf(annotation.annotationType().getMethod("value")
                            .invoke(annotation)));
                }
                catch (ReflectiveOperationException | RuntimeException unreadable) {
                    return false;
                }
            }
        }
        return false;
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
