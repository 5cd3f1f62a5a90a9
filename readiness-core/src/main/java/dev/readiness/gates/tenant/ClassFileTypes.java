package dev.readiness.gates.tenant;

import dev.readiness.internal.ExtractedLayout;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads an application's persistent types from its compiled class files, without loading a class or starting JPA:
 * what the Spring adapter judges at boot, for the CLI and the Maven goal. The application is a project directory
 * (its {@code target/classes} or {@code build/classes/java/main}), its resources directory
 * ({@code src/main/resources}, whose project's classes are read), a classes directory, or a packaged jar or war
 * ({@code BOOT-INF/classes}, {@code WEB-INF/classes}, else the jar's root; superclasses and embeddables from the jars
 * in {@code BOOT-INF/lib} or {@code WEB-INF/lib} are read when an entity needs them, and so are the entities of those
 * jars in a package JPA scans that holds none of the application's own: a shared module's, named by
 * {@code @EntityScan}).
 *
 * <p>The entities are the classes annotated {@code @Entity} (Jakarta or javax) in the packages Spring Boot's JPA
 * scans: {@code readiness.tenant.packages} when given, else those of {@code @EntityScan}, else the packages of the
 * {@code @SpringBootApplication} classes, else every package. Their attributes are read as the adapter reads them:
 * non-static, non-transient fields of the entity and its persistent superclasses, embedded values' fields with a
 * path ({@code address.tenantId}), to-one associations, and Hibernate's {@code @TenantId}; under property access
 * ({@code @Id} on a getter, or {@code @Access(PROPERTY)}) the getters' properties too. Needs ASM
 * ({@code org.ow2.asm:asm}) on the class path, as the CLI and the Maven plugin have it. Stateless, immutable and
 * thread-safe.
 */
public final class ClassFileTypes {

    private static final String[] ENTITY_DESCRIPTORS = { "Ljakarta/persistence/Entity;", "Ljavax/persistence/Entity;" };
    private static final String BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";
    private static final Set<String> ENTITY_SCAN = Set.of(
            "org.springframework.boot.persistence.autoconfigure.EntityScan",
            "org.springframework.boot.autoconfigure.domain.EntityScan");
    private static final String[] PACKAGE_DESCRIPTORS = {
            "Lorg/springframework/boot/autoconfigure/SpringBootApplication;",
            "Lorg/springframework/boot/persistence/autoconfigure/EntityScan;",
            "Lorg/springframework/boot/autoconfigure/domain/EntityScan;" };
    private static final String[] CLASS_DIRECTORIES = { "target/classes", "build/classes/java/main",
            "build/classes/kotlin/main", "BOOT-INF/classes", "WEB-INF/classes" };
    private static final String[] ARCHIVE_CLASSES = { "BOOT-INF/classes/", "WEB-INF/classes/" };
    private static final String[] ARCHIVE_LIBRARIES = { "BOOT-INF/lib/", "WEB-INF/lib/" };
    private static final int EMBEDDING_DEPTH = 4;
    private static final int MAX_CLASS_FILE = 16 * 1024 * 1024;

    private ClassFileTypes() {
    }

    /** The setting that names the packages to judge, as at boot. */
    static final String PACKAGES = "readiness.tenant.packages";

    /**
     * Reads the persistent types of an application.
     *
     * @param application a project directory, resources directory, classes directory, or packaged jar or war
     * @param settings the application's settings: {@code readiness.tenant.packages} (comma-separated or indexed)
     *        names the packages to judge; without it, Spring Boot's own choice
     * @return the types (none when the application has no entity), or empty when there are no compiled classes to
     *         read (a project that was not built)
     * @throws SettingsFileException when a class file or archive cannot be read, naming it
     */
    public static Optional<PersistentTypes> read(Path application, Settings settings) {
        return read(application, settings, List.of());
    }

    /**
     * Reads the persistent types of an application whose class path holds more than its own classes: a build's
     * runtime class path, whose jars and class directories (a shared module of entities) JPA scans as well. The
     * entities there in a package JPA scans that holds none of the application's own entities are judged with the
     * application's, as those of a packaged jar's {@code BOOT-INF/lib} are; they are never judged when no package is
     * known (Spring Boot's choice is the application's packages, not every library's).
     *
     * @param application as for {@link #read(Path, Settings)}
     * @param settings as for {@link #read(Path, Settings)}
     * @param libraries the class path beyond the application's own classes: jars and class directories
     * @return as for {@link #read(Path, Settings)}
     * @throws SettingsFileException when a class file or archive cannot be read, naming it
     */
    public static Optional<PersistentTypes> read(Path application, Settings settings, List<Path> libraries) {
        List<String> packages = new ArrayList<>();
        for (Setting item : settings.listItems(PACKAGES)) {
            packages.add(item.value().strip());
        }
        try (ClassSource source = ClassSource.of(application, libraries)) {
            if (source == null) {
                return Optional.empty();
            }
            return Optional.of(PersistentTypes.of(new Reading(source).types(packages)));
        }
    }

    /**
     * Whether an application is a project with Java or Kotlin sources but no compiled classes: one that was not
     * built, whose entities {@link #read} cannot see. A directory of configuration alone has no entities to miss.
     *
     * @param application the application as given to {@link #read}
     * @return {@code true} for sources without classes
     */
    public static boolean hasUnbuiltSources(Path application) {
        if (!Files.isDirectory(application) || ClassSource.classesDirectory(application) != null) {
            return false;
        }
        for (Path project : ClassSource.projects(application)) {
            if (Files.isDirectory(project.resolve("src/main/java"))
                    || Files.isDirectory(project.resolve("src/main/kotlin"))) {
                return true;
            }
        }
        return false;
    }

    /** The class files of one application, by internal name ({@code com/acme/Order}). */
    private abstract static class ClassSource implements AutoCloseable {

        /** Internal names of the application's own classes, in a stable order. */
        abstract List<String> names();

        /** The bytes of a class, its own or a library's; {@code null} when it is not there. */
        abstract byte @Nullable [] bytes(String internalName);

        /** The name printed in errors for a class. */
        abstract String describe(String internalName);

        /** The library classes that name a persistence annotation, by internal name (read once, when asked). */
        abstract Map<String, byte[]> libraryClasses();

        @Override
        public void close() {
        }

        static @Nullable ClassSource of(Path application, List<Path> libraries) {
            if (Files.isDirectory(application)) {
                Path classes = classesDirectory(application);
                if (classes == null) {
                    Path jar = ExtractedLayout.applicationJar(application);
                    if (jar != null) {
                        List<Path> all = new ArrayList<>(libraries);
                        all.addAll(ExtractedLayout.libraryJars(application));
                        return archive(jar, all);
                    }
                }
                return classes == null ? null : new DirectorySource(classes, libraries);
            }
            if (!Files.isRegularFile(application)) {
                return null;
            }
            return archive(application, List.of());
        }

        private static ClassSource archive(Path jar, List<Path> libraries) {
            try {
                return new ArchiveSource(jar, new ZipFile(jar.toFile()), libraries);
            } catch (IOException | RuntimeException e) {
                throw new SettingsFileException(jar.toString(), 0, "is neither a directory nor a readable"
                        + " jar (" + e.getClass().getSimpleName() + ")");
            }
        }

        static List<Path> projects(Path application) {
            Path absolute = application.toAbsolutePath().normalize();
            List<Path> projects = new ArrayList<>(List.of(absolute));
            if (absolute.endsWith(Path.of("src", "main", "resources")) && absolute.getNameCount() >= 3) {
                projects.add(0, absolute.getParent().getParent().getParent());
            }
            return projects;
        }

        static @Nullable Path classesDirectory(Path application) {
            Path absolute = application.toAbsolutePath().normalize();
            for (Path project : projects(application)) {
                for (String directory : CLASS_DIRECTORIES) {
                    Path classes = project.resolve(directory);
                    if (Files.isDirectory(classes)) {
                        return classes;
                    }
                }
            }
            if (Files.isDirectory(absolute.resolve("src"))) {
                return null;
            }
            try (Stream<Path> files = Files.walk(absolute, 8)) {
                return files.anyMatch(file -> file.getFileName().toString().endsWith(".class")) ? absolute : null;
            } catch (IOException | UncheckedIOException e) {
                return null;
            }
        }
    }

    private static final class DirectorySource extends ClassSource {

        private final Path root;
        private final List<Path> libraryPaths;
        private @Nullable Map<String, byte[]> libraries;

        DirectorySource(Path root, List<Path> libraryPaths) {
            this.root = root;
            this.libraryPaths = List.copyOf(libraryPaths);
        }

        @Override
        Map<String, byte[]> libraryClasses() {
            if (libraries != null) {
                return libraries;
            }
            Map<String, byte[]> found = new HashMap<>();
            Path own = root.toAbsolutePath().normalize();
            for (Path library : libraryPaths) {
                Path absolute = library.toAbsolutePath().normalize();
                if (absolute.equals(own)) {
                    continue;
                }
                if (Files.isDirectory(absolute)) {
                    readDirectory(absolute, found);
                } else {
                    readJar(absolute, found);
                }
            }
            libraries = found;
            return found;
        }

        private static void readDirectory(Path directory, Map<String, byte[]> found) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".class")
                        && Files.isRegularFile(f))::iterator) {
                    try (InputStream in = Files.newInputStream(file)) {
                        keepPersistent(directory.relativize(file).toString().replace('\\', '/'),
                                in.readNBytes(MAX_CLASS_FILE), found);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new SettingsFileException(directory.toString(), 0, "cannot list the compiled classes ("
                        + e.getClass().getSimpleName() + ")");
            }
        }

        @Override
        List<String> names() {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.getFileName().toString().endsWith(".class")
                                && Files.isRegularFile(file))
                        .map(file -> internalName(root.relativize(file).toString().replace('\\', '/')))
                        .sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new SettingsFileException(root.toString(), 0, "cannot list the compiled classes ("
                        + e.getClass().getSimpleName() + ")");
            }
        }

        @Override
        byte @Nullable [] bytes(String internalName) {
            Path file = root.resolve(internalName + ".class");
            if (!Files.isRegularFile(file)) {
                return libraryPaths.isEmpty() ? null : libraryClasses().get(internalName);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(MAX_CLASS_FILE);
            } catch (IOException e) {
                throw new SettingsFileException(describe(internalName), 0, "cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
        }

        @Override
        String describe(String internalName) {
            return root.resolve(internalName + ".class").toString();
        }
    }

    private static final class ArchiveSource extends ClassSource {

        private final Path path;
        private final ZipFile archive;
        private final String prefix;
        /** Jars beside the archive that are its class path: an extracted directory's {@code lib/}. */
        private final List<Path> external;
        private @Nullable Map<String, byte[]> libraries;

        ArchiveSource(Path path, ZipFile archive, List<Path> external) {
            this.path = path;
            this.archive = archive;
            this.external = List.copyOf(external);
            String found = "";
            for (String classes : ARCHIVE_CLASSES) {
                if (archive.getEntry(classes) != null || hasEntryUnder(archive, classes)) {
                    found = classes;
                    break;
                }
            }
            this.prefix = found;
        }

        private static boolean hasEntryUnder(ZipFile archive, String prefix) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                if (entries.nextElement().getName().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        List<String> names() {
            List<String> names = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.endsWith(".class") && !name.startsWith("META-INF/")
                        && (!prefix.isEmpty() || !isLibraryEntry(name))) {
                    names.add(internalName(name.substring(prefix.length())));
                }
            }
            names.sort(Comparator.naturalOrder());
            return names;
        }

        private static boolean isLibraryEntry(String name) {
            for (String library : ARCHIVE_LIBRARIES) {
                if (name.startsWith(library)) {
                    return true;
                }
            }
            return name.startsWith("org/springframework/boot/loader/");
        }

        @Override
        byte @Nullable [] bytes(String internalName) {
            ZipEntry entry = archive.getEntry(prefix + internalName + ".class");
            if (entry != null) {
                try (InputStream in = archive.getInputStream(entry)) {
                    return in.readNBytes(MAX_CLASS_FILE);
                } catch (IOException | RuntimeException e) {
                    throw new SettingsFileException(describe(internalName), 0, "cannot be read ("
                            + e.getClass().getSimpleName() + ")");
                }
            }
            return libraries().get(internalName);
        }

        @Override
        Map<String, byte[]> libraryClasses() {
            return libraries();
        }

        /**
         * The persistent classes of the archive's nested library jars (read once, on the first class the
         * application's own classes do not hold: a mapped superclass or embeddable from a shared module).
         */
        private Map<String, byte[]> libraries() {
            if (libraries != null) {
                return libraries;
            }
            Map<String, byte[]> found = new HashMap<>();
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isLibraryEntry(entry.getName()) && entry.getName().endsWith(".jar")) {
                    readLibrary(entry, found);
                }
            }
            for (Path library : external) {
                readJar(library.toAbsolutePath().normalize(), found);
            }
            libraries = found;
            return found;
        }

        private void readLibrary(ZipEntry library, Map<String, byte[]> found) {
            try (ZipInputStream jar = new ZipInputStream(archive.getInputStream(library))) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    String name = entry.getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                        keepPersistent(name, jar.readNBytes(MAX_CLASS_FILE), found);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new SettingsFileException(path + "!/" + library.getName(), 0, "cannot be read as a jar ("
                        + e.getClass().getSimpleName() + ")");
            }
        }

        @Override
        String describe(String internalName) {
            ZipEntry own = archive.getEntry(prefix + internalName + ".class");
            return path + "!/" + (own != null ? prefix + internalName + ".class" : internalName + ".class");
        }

        @Override
        public void close() {
            try {
                archive.close();
            } catch (IOException ignored) {
                // read-only archive: nothing was written that closing could lose
            }
        }
    }

    /** Keeps the persistent classes of a library jar on the class path; anything but a jar file is left alone. */
    private static void readJar(Path absolute, Map<String, byte[]> found) {
        if (!Files.isRegularFile(absolute) || !absolute.getFileName().toString().endsWith(".jar")) {
            return;
        }
        try (ZipFile jar = new ZipFile(absolute.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        keepPersistent(entry.getName(), in.readNBytes(MAX_CLASS_FILE), found);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SettingsFileException(absolute.toString(), 0, "cannot be read as a jar ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Keeps a library class that names a persistence annotation: an entity, superclass or embeddable. */
    private static void keepPersistent(String classFile, byte[] bytes, Map<String, byte[]> found) {
        if (namesAny(bytes, "Ljakarta/persistence/", "Ljavax/persistence/")) {
            found.putIfAbsent(internalName(classFile), bytes);
        }
    }

    private static String internalName(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length());
    }

    private static boolean namesAny(byte[] bytes, String... descriptors) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String descriptor : descriptors) {
            if (text.contains(descriptor)) {
                return true;
            }
        }
        return false;
    }

    /** What one class file says: its annotations, superclass and fields. */
    private record ClassInfo(String name, @Nullable String superName,
            Set<String> annotations, List<FieldInfo> fields, List<GetterInfo> getters, boolean propertyAccess,
            List<String> scannedPackages) {
    }

    /** An instance getter without parameters, read as the property it names under property access. */
    private record GetterInfo(String methodName, String property, String typeName, @Nullable String typeInternalName,
            Set<String> annotations, boolean propertyAccess) {
    }

    private record FieldInfo(String name, String typeName, @Nullable String typeInternalName,
            boolean persistent, Set<String> annotations) {
    }

    /** One read of one application; caches class files read. */
    private static final class Reading {

        private final ClassSource source;
        private final Map<String, Optional<ClassInfo>> classes = new HashMap<>();

        Reading(ClassSource source) {
            this.source = source;
        }

        List<PersistentType> types(List<String> configuredPackages) {
            List<String> bootPackages = new ArrayList<>();
            List<String> scanPackages = new ArrayList<>();
            Map<String, ClassInfo> entities = new TreeMap<>();
            for (String name : source.names()) {
                byte[] bytes = source.bytes(name);
                if (bytes == null) {
                    continue;
                }
                boolean entity = namesAny(bytes, ENTITY_DESCRIPTORS);
                if (!entity && !namesAny(bytes, PACKAGE_DESCRIPTORS)) {
                    // the descriptors sit in the constant pool: one cut short cannot say it holds none, so it is
                    // read far enough to be sure it is whole (an entity cut short would otherwise go unjudged)
                    checkConstantPool(name, bytes);
                    continue;
                }
                ClassInfo info = parse(name, bytes);
                classes.put(name, Optional.of(info));
                if (info.annotations().contains(BOOT_APPLICATION)) {
                    bootPackages.add(packageOf(info.name()));
                }
                scanPackages.addAll(info.scannedPackages());
                if (entity && hasAny(info.annotations(), JpaAnnotations.ENTITY)) {
                    entities.put(info.name(), info);
                }
            }
            List<String> packages = !configuredPackages.isEmpty() ? configuredPackages
                    : !scanPackages.isEmpty() ? scanPackages : bootPackages;
            // JPA scans these packages on the whole class path: a shared module's entities (orderflow's
            // @EntityScan("com.acme.orderflow.domain") in a jar of its own) are the application's too. The libraries
            // are read only for a scanned package that holds none of the application's own entities: reading every
            // nested jar costs most of a second, and a package the application fills itself is rarely split
            List<String> elsewhere = new ArrayList<>();
            for (String name : packages) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty()
                        && entities.keySet().stream().noneMatch(entity -> entity.startsWith(trimmed + "."))) {
                    elsewhere.add(trimmed);
                }
            }
            if (!elsewhere.isEmpty()) {
                for (Map.Entry<String, byte[]> library : new TreeMap<>(source.libraryClasses()).entrySet()) {
                    String className = library.getKey().replace('/', '.');
                    if (entities.containsKey(className) || !inPackages(className, elsewhere)
                            || !namesAny(library.getValue(), ENTITY_DESCRIPTORS)) {
                        continue;
                    }
                    ClassInfo info = info(library.getKey());
                    if (info != null && hasAny(info.annotations(), JpaAnnotations.ENTITY)) {
                        entities.put(info.name(), info);
                    }
                }
            }
            List<PersistentType> types = new ArrayList<>();
            for (ClassInfo entity : entities.values()) {
                if (inPackages(entity.name(), packages)) {
                    types.add(persistentType(entity));
                }
            }
            return types;
        }

        private static boolean inPackages(String className, List<String> packages) {
            if (packages.isEmpty()) {
                return true;
            }
            for (String name : packages) {
                String trimmed = name.strip();
                if (trimmed.isEmpty() || className.startsWith(trimmed + ".")) {
                    return true;
                }
            }
            return false;
        }

        private PersistentType persistentType(ClassInfo entity) {
            PersistentType.Builder type = PersistentType.builder(entity.name());
            entity.annotations().forEach(type::annotation);
            Set<String> seen = new LinkedHashSet<>();
            for (ClassInfo superclass = superclass(entity); superclass != null && seen.add(superclass.name());
                    superclass = superclass(superclass)) {
                if (hasAny(superclass.annotations(), JpaAnnotations.PERSISTENT_SUPERCLASS)) {
                    type.supertype(superclass.name());
                }
            }
            fields(type, entity, "", 0, true);
            return type.build();
        }

        private void fields(PersistentType.Builder type, ClassInfo owner, String prefix, int depth,
                boolean entityHierarchy) {
            List<FieldInfo> fields = new ArrayList<>();
            Map<FieldInfo, String> declaring = new HashMap<>();
            List<GetterInfo> getters = new ArrayList<>();
            Map<GetterInfo, String> getterOwners = new IdentityHashMap<>();
            boolean propertyAccess = false;
            Set<String> seen = new LinkedHashSet<>();
            for (ClassInfo current = owner; current != null && seen.add(current.name());
                    current = superclass(current)) {
                if (current != owner && entityHierarchy
                        && !hasAny(current.annotations(), JpaAnnotations.PERSISTENT_SUPERCLASS)) {
                    continue;
                }
                for (FieldInfo field : current.fields()) {
                    if (field.persistent() && !hasAny(field.annotations(), JpaAnnotations.TRANSIENT)) {
                        fields.add(field);
                        declaring.put(field, current.name());
                    }
                }
                propertyAccess |= current.propertyAccess();
                for (GetterInfo getter : current.getters()) {
                    if (!hasAny(getter.annotations(), JpaAnnotations.TRANSIENT)) {
                        getters.add(getter);
                        getterOwners.put(getter, current.name());
                        propertyAccess |= hasAny(getter.annotations(), JpaAnnotations.ID);
                    }
                }
            }
            fields.sort(Comparator.comparing(FieldInfo::name));
            Set<String> names = new TreeSet<>();
            for (FieldInfo field : fields) {
                names.add(field.name());
                attribute(type, prefix + field.name(), declaring.get(field), field.typeName(),
                        field.typeInternalName(), field.annotations(), depth);
            }
            getters.sort(Comparator.comparing(GetterInfo::methodName));
            for (GetterInfo getter : getters) {
                if ((propertyAccess || getter.propertyAccess()) && names.add(getter.property())) {
                    attribute(type, prefix + getter.property(), getterOwners.get(getter), getter.typeName(),
                            getter.typeInternalName(), getter.annotations(), depth);
                }
            }
        }

        private void attribute(PersistentType.Builder type, String path, String declaringType, String typeName,
                @Nullable String typeInternalName, Set<String> annotations, int depth) {
            type.attribute(new PersistentAttribute(path, declaringType, typeName,
                    hasAny(annotations, JpaAnnotations.TO_ONE),
                    annotations.contains(PersistentAttribute.HIBERNATE_TENANT_ID)));
            if (depth < EMBEDDING_DEPTH && typeInternalName != null) {
                ClassInfo valueType = hasAny(annotations, JpaAnnotations.EMBEDDED) || isEmbeddable(typeInternalName)
                        ? info(typeInternalName) : null;
                if (valueType != null) {
                    fields(type, valueType, path + ".", depth + 1, false);
                }
            }
        }

        private boolean isEmbeddable(String internalName) {
            ClassInfo info = info(internalName);
            return info != null && hasAny(info.annotations(), JpaAnnotations.EMBEDDABLE);
        }

        private @Nullable ClassInfo superclass(ClassInfo type) {
            String superName = type.superName();
            return superName == null || superName.equals("java/lang/Object") ? null : info(superName);
        }

        private @Nullable ClassInfo info(String internalName) {
            if (internalName.startsWith("java/") || internalName.startsWith("javax/lang")) {
                return null;
            }
            Optional<ClassInfo> cached = classes.get(internalName);
            if (cached == null) {
                byte[] bytes = source.bytes(internalName);
                cached = bytes == null ? Optional.empty() : Optional.of(parse(internalName, bytes));
                classes.put(internalName, cached);
            }
            return cached.orElse(null);
        }

        /**
         * Reads a class file's constant pool, where the descriptors of its annotations are, to its end: the header
         * after it (name, superclass, interfaces) must be there. A class whose whole pool names no annotation the
         * reader needs cannot be an entity, however its file ends.
         */
        private void checkConstantPool(String internalName, byte[] bytes) {
            try {
                ClassReader reader = new ClassReader(bytes);
                reader.getClassName();
                reader.getInterfaces();
            } catch (RuntimeException e) {
                throw new SettingsFileException(source.describe(internalName), 0, "is not a class file this"
                        + " reader understands (" + e.getClass().getSimpleName() + "); rebuild it");
            }
        }

        private ClassInfo parse(String internalName, byte[] bytes) {
            try {
                ClassReader reader = new ClassReader(bytes);
                Collector collector = new Collector();
                reader.accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                return collector.info();
            } catch (RuntimeException e) {
                throw new SettingsFileException(source.describe(internalName), 0, "is not a class file this"
                        + " reader understands (" + e.getClass().getSimpleName() + "); rebuild it or name the"
                        + " entity packages with readiness.tenant.packages");
            }
        }
    }

    /** Collects a class's annotations, superclass and fields from ASM's events. */
    private static final class Collector extends ClassVisitor {

        private String name = "";
        private @Nullable String superName;
        private final Set<String> annotations = new LinkedHashSet<>();
        private final List<FieldInfo> fields = new ArrayList<>();
        private final List<GetterInfo> getters = new ArrayList<>();
        private final boolean[] propertyAccess = new boolean[1];
        private final List<String> scannedPackages = new ArrayList<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            this.name = name;
            this.superName = superName;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            String annotation = Type.getType(descriptor).getClassName();
            annotations.add(annotation);
            if (JpaAnnotations.ACCESS.contains(annotation)) {
                return new AccessValue(propertyAccess);
            }
            return ENTITY_SCAN.contains(annotation) ? new PackageValues(scannedPackages) : null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature,
                String[] exceptions) {
            if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0
                    || !descriptor.startsWith("()")) {
                return null;
            }
            Type returned = Type.getReturnType(descriptor);
            String property = propertyName(methodName, returned);
            if (property == null) {
                return null;
            }
            Set<String> methodAnnotations = new LinkedHashSet<>();
            boolean[] accessProperty = new boolean[1];
            String typeName = returned.getSort() == Type.ARRAY ? returned.getDescriptor().replace('/', '.')
                    : returned.getClassName();
            String internal = returned.getSort() == Type.OBJECT ? returned.getInternalName() : null;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    String annotation = Type.getType(annotationDescriptor).getClassName();
                    methodAnnotations.add(annotation);
                    return JpaAnnotations.ACCESS.contains(annotation) ? new AccessValue(accessProperty) : null;
                }

                @Override
                public void visitEnd() {
                    getters.add(new GetterInfo(methodName, property, typeName, internal, methodAnnotations,
                            accessProperty[0]));
                }
            };
        }

        @Override
        public FieldVisitor visitField(int access, String fieldName, String descriptor, String signature,
                Object value) {
            Set<String> fieldAnnotations = new LinkedHashSet<>();
            Type type = Type.getType(descriptor);
            boolean persistent = (access & (Opcodes.ACC_STATIC | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC)) == 0;
            String typeName = type.getSort() == Type.ARRAY ? type.getDescriptor().replace('/', '.')
                    : type.getClassName();
            fields.add(new FieldInfo(fieldName, typeName, type.getSort() == Type.OBJECT ? type.getInternalName() : null,
                    persistent, fieldAnnotations));
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    fieldAnnotations.add(Type.getType(annotationDescriptor).getClassName());
                    return null;
                }
            };
        }

        ClassInfo info() {
            return new ClassInfo(name.replace('/', '.'), superName, annotations, fields, getters, propertyAccess[0],
                    scannedPackages);
        }
    }

    /** {@code @Access}'s value: {@code AccessType.PROPERTY} sets the flag. */
    private static final class AccessValue extends AnnotationVisitor {

        private final boolean[] property;

        AccessValue(boolean[] property) {
            super(Opcodes.ASM9);
            this.property = property;
        }

        @Override
        public void visitEnum(String attribute, String descriptor, String value) {
            if ("value".equals(attribute) && "PROPERTY".equals(value)) {
                property[0] = true;
            }
        }
    }

    /**
     * The property an instance getter without parameters reads ({@code getOrganizationId()}, {@code isActive()}),
     * named as the boot scan names it, or {@code null}.
     */
    private static @Nullable String propertyName(String methodName, Type returned) {
        int start = methodName.startsWith("get") && returned.getSort() != Type.VOID ? 3
                : methodName.startsWith("is") && returned.getSort() == Type.BOOLEAN ? 2 : -1;
        if (start < 0 || methodName.length() == start || !Character.isUpperCase(methodName.charAt(start))) {
            return null;
        }
        String property = methodName.substring(start);
        boolean acronym = property.length() > 1 && Character.isUpperCase(property.charAt(1));
        return acronym ? property : Character.toLowerCase(property.charAt(0)) + property.substring(1);
    }

    /** {@code @EntityScan}'s {@code value}, {@code basePackages} and {@code basePackageClasses}. */
    private static final class PackageValues extends AnnotationVisitor {

        private final List<String> packages;

        PackageValues(List<String> packages) {
            super(Opcodes.ASM9);
            this.packages = packages;
        }

        @Override
        public AnnotationVisitor visitArray(String attribute) {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String unused, Object value) {
                    if (value instanceof String name && !name.isBlank()) {
                        packages.add(name.strip());
                    } else if (value instanceof Type type && "basePackageClasses".equals(attribute)) {
                        packages.add(packageOf(type.getClassName()));
                    }
                }
            };
        }
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static boolean hasAny(Set<String> annotations, Set<String> names) {
        for (String name : names) {
            if (annotations.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
