package dev.readiness.spring.jpa;

import dev.readiness.FactContributor;
import dev.readiness.FactSink;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.gates.tenant.PersistentTypes;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
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
        return EntityTypeScan.scan(packages, classLoader, metadataReaderFactory, resourceLoader);
    }
}
