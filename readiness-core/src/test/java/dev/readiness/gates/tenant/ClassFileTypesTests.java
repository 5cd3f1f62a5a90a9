package dev.readiness.gates.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.gates.tenant.classfiles.shop.Order;
import dev.readiness.settings.Settings;
import dev.readiness.settings.SettingsFileException;
import dev.readiness.testkit.GateCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The CLI's and the Maven goal's reading of entities from class files: the fixtures in {@code classfiles.shop} are
 * compiled by javac with the real JPA and Hibernate annotations, then laid out as a built project or a packaged jar.
 */
class ClassFileTypesTests {

    private static final String SHOP = "dev/readiness/gates/tenant/classfiles/shop/";
    private static final String OTHER = "dev/readiness/gates/tenant/classfiles/other/";
    private static final String SHOP_PACKAGE = "dev.readiness.gates.tenant.classfiles.shop";
    private static final String OTHER_PACKAGE = "dev.readiness.gates.tenant.classfiles.other";

    @TempDir
    Path temp;

    @Test
    void readsTheEntitiesOfTheApplicationPackageAsTheAdapterDoes() throws IOException {
        Path project = builtProject(Map.of());

        Map<String, PersistentType> types = byName(ClassFileTypes.read(project, Settings.empty()).orElseThrow());

        assertThat(types).containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        PersistentType order = types.get("Order");
        assertThat(order.name()).isEqualTo(SHOP_PACKAGE + ".Order");
        assertThat(order.supertypes()).containsExactly(SHOP_PACKAGE + ".TenantScoped");
        assertThat(order.attributes()).extracting(PersistentAttribute::path)
                .containsExactly("id", "item", "organizationId");
        assertThat(order.attributes().get(2).declaringType()).isEqualTo(SHOP_PACKAGE + ".TenantScoped");
        assertThat(types.get("Site").attributes()).extracting(PersistentAttribute::path)
                .containsExactly("address", "address.city", "address.organizationId", "id");
        assertThat(types.get("Member").attributes()).filteredOn(a -> a.path().equals("organization"))
                .singleElement().satisfies(a -> assertThat(a.association()).isTrue());
        assertThat(types.get("Ticket").attributes()).filteredOn(PersistentAttribute::tenantId)
                .extracting(PersistentAttribute::path).containsExactly("tenant");
        assertThat(types.get("Organization").annotations()).contains(CrossTenant.class.getName());
    }

    @Test
    void theTenantGateFindsTheEntityThatForgotItsKey() throws IOException {
        PersistentTypes types = ClassFileTypes.read(builtProject(Map.of()), Settings.empty()).orElseThrow();

        List<Finding> findings = GateCheck.forStage(Stage.PRODUCTION)
                .settings(Map.of("readiness.tenant.attributes", "organizationId")).gates(new TenantGate())
                .fact(PersistentTypes.class, types).run().isNoGo()
                .report().findings().filter(f -> f.code().startsWith("tenant.")).toList();

        assertThat(findings).extracting(Finding::code, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tenant.missing-key", SHOP_PACKAGE + ".Invoice"));
    }

    @Test
    void theTestKitsAppCheckJudgesTheCompiledEntitiesAsTheCliDoes() throws IOException {
        Path project = builtProject(Map.of());
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("src/main/resources/application.properties"),
                "readiness.tenant.attributes=organizationId\n");

        GateCheck.app(project).isNoGo().hasFinding("tenant.missing-key", SHOP_PACKAGE + ".Invoice")
                .hasNoFinding("tenant.missing-key", SHOP_PACKAGE + ".Order");
    }

    @Test
    void aPackagedJarReadsSuperclassesAndEmbeddablesFromItsLibraries() throws IOException {
        Path jar = temp.resolve("shop.jar");
        Map<String, byte[]> shared = new LinkedHashMap<>();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : fixtureClasses().entrySet()) {
            boolean library = file.getKey().endsWith("TenantScoped.class") || file.getKey().endsWith("Address.class");
            (library ? shared : entries).put(library ? file.getKey() : "BOOT-INF/classes/" + file.getKey(),
                    file.getValue());
        }
        entries.put("BOOT-INF/classes/" + SHOP + "ShopApplication.class", bootApplication(SHOP + "ShopApplication"));
        entries.put("BOOT-INF/lib/shared-model.jar", zip(shared));
        entries.put("org/springframework/boot/loader/launch/JarLauncher.class", new byte[] { 1, 2, 3 });
        Files.write(jar, zip(entries));

        Map<String, PersistentType> types = byName(ClassFileTypes.read(jar, Settings.empty()).orElseThrow());

        assertThat(types).containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        assertThat(types.get("Order").supertypes()).containsExactly(SHOP_PACKAGE + ".TenantScoped");
        assertThat(types.get("Order").attributes()).extracting(PersistentAttribute::path).contains("organizationId");
        assertThat(types.get("Site").attributes()).extracting(PersistentAttribute::path)
                .contains("address.organizationId");
    }

    /**
     * Thirty-eighth pass, newcomer: orderflow's API and worker share a module of entities ({@code orderflow-common},
     * named by {@code @EntityScan}); the boot judged its {@code AuditLog} without a tenant key, the CLI on the
     * packaged jar and the Maven goal judged no entity at all and said GO.
     */
    @Test
    void aPackagedJarJudgesTheEntitiesOfASharedModuleInTheScannedPackages() throws IOException {
        Map<String, byte[]> shared = new LinkedHashMap<>(fixtureClasses());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("BOOT-INF/classes/com/acme/api/ApiApplication.class", bootApplication("com/acme/api/ApiApplication"));
        entries.put("BOOT-INF/classes/com/acme/api/Persistence.class",
                entityScan("com/acme/api/Persistence", SHOP_PACKAGE));
        entries.put("BOOT-INF/lib/orderflow-common.jar", zip(shared));
        Path jar = temp.resolve("api.jar");
        Files.write(jar, zip(entries));

        PersistentTypes types = ClassFileTypes.read(jar, Settings.empty()).orElseThrow();

        assertThat(byName(types)).containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        assertThat(byName(types).get("Order").supertypes()).containsExactly(SHOP_PACKAGE + ".TenantScoped");
        GateCheck.forStage(Stage.PRODUCTION).settings(Map.of("readiness.tenant.attributes", "organizationId"))
                .gates(new TenantGate()).fact(PersistentTypes.class, types).run()
                .isNoGo().hasFinding("tenant.missing-key", SHOP_PACKAGE + ".Invoice");
    }

    /**
     * Forty-third pass, newcomer: {@code check --app extracted}, the directory
     * {@code java -Djarmode=tools -jar app.jar extract} writes (the application's plain jar beside {@code lib/}),
     * read the settings from the jar but no entity at all: the tenant gate said GO on a marketplace whose
     * {@code AuditLog} had no tenant key, which the boot, the packaged jar and the Maven goal all named.
     */
    @Test
    void anExtractedDirectoryReadsTheEntitiesOfItsJarAndSuperclassesFromItsLib() throws IOException {
        Path extracted = Files.createDirectories(temp.resolve("extracted/lib"));
        Map<String, byte[]> shared = new LinkedHashMap<>();
        Map<String, byte[]> own = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : fixtureClasses().entrySet()) {
            boolean library = file.getKey().endsWith("TenantScoped.class") || file.getKey().endsWith("Address.class");
            (library ? shared : own).put(file.getKey(), file.getValue());
        }
        own.put(SHOP + "ShopApplication.class", bootApplication(SHOP + "ShopApplication"));
        Files.write(extracted.resolve("shared-model.jar"), zip(shared));
        Files.write(extracted.resolveSibling("shop.jar"), zip(own));

        PersistentTypes types = ClassFileTypes.read(extracted.getParent(), Settings.empty()).orElseThrow();

        assertThat(byName(types)).containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        assertThat(byName(types).get("Order").attributes()).extracting(PersistentAttribute::path)
                .contains("organizationId");
        GateCheck.forStage(Stage.PRODUCTION).settings(Map.of("readiness.tenant.attributes", "organizationId"))
                .gates(new TenantGate()).fact(PersistentTypes.class, types).run()
                .isNoGo().hasFinding("tenant.missing-key", SHOP_PACKAGE + ".Invoice")
                .hasNoFinding("tenant.missing-key", SHOP_PACKAGE + ".Order");
    }

    @Test
    void aLayeredExtractedDirectoryReadsItsApplicationLayerAndTheDependenciesLib() throws IOException {
        Path layered = Files.createDirectories(temp.resolve("layered"));
        Path lib = Files.createDirectories(layered.resolve("dependencies/lib"));
        Path application = Files.createDirectories(layered.resolve("application"));
        Map<String, byte[]> shared = new LinkedHashMap<>();
        Map<String, byte[]> own = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : fixtureClasses().entrySet()) {
            boolean library = file.getKey().endsWith("TenantScoped.class") || file.getKey().endsWith("Address.class");
            (library ? shared : own).put(file.getKey(), file.getValue());
        }
        own.put(SHOP + "ShopApplication.class", bootApplication(SHOP + "ShopApplication"));
        Files.write(lib.resolve("shared-model.jar"), zip(shared));
        Files.write(application.resolve("shop.jar"), zip(own));

        PersistentTypes types = ClassFileTypes.read(layered, Settings.empty()).orElseThrow();

        assertThat(byName(types)).containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        assertThat(byName(types).get("Order").attributes()).extracting(PersistentAttribute::path)
                .contains("organizationId");
    }

    @Test
    void aBuildsClassPathGivesTheSharedModulesEntitiesOnlyInTheScannedPackages() throws IOException {
        Path project = Files.createTempDirectory(temp, "api");
        Path own = project.resolve("target/classes/com/acme/api/ApiApplication.class");
        Files.createDirectories(own.getParent());
        Files.write(own, bootApplication("com/acme/api/ApiApplication"));
        Path persistence = own.resolveSibling("Persistence.class");
        Files.write(persistence, entityScan("com/acme/api/Persistence", SHOP_PACKAGE));
        Path common = temp.resolve("orderflow-common.jar");
        Files.write(common, zip(fixtureClasses()));
        Path commonClasses = builtProject(Map.of()).resolve("target/classes");

        assertThat(ClassFileTypes.read(project, Settings.empty()).orElseThrow().list()).isEmpty();
        assertThat(byName(ClassFileTypes.read(project, Settings.empty(), List.of(common)).orElseThrow()))
                .containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        // a reactor build before package resolves the module to its class directory
        assertThat(byName(ClassFileTypes.read(project, Settings.empty(), List.of(commonClasses)).orElseThrow()))
                .containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        // a package the application's own entities fill is not looked for in the libraries: not one is opened
        Path broken = Files.write(temp.resolve("broken.jar"), new byte[] { 'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r' });
        assertThat(byName(ClassFileTypes.read(builtProject(Map.of()), Settings.empty(), List.of(broken)).orElseThrow()))
                .containsOnlyKeys("Invoice", "Member", "Order", "Organization", "Site", "Ticket");
        assertThatThrownBy(() -> ClassFileTypes.read(project, Settings.empty(), List.of(broken)))
                .isInstanceOf(SettingsFileException.class).hasMessageContaining("broken.jar");
        // no package known (no @SpringBootApplication, no @EntityScan): a library's entities are not the application's
        Files.delete(own);
        Files.delete(persistence);
        Files.write(own.resolveSibling("Plain.class"), annotatedClass("com/acme/api/Plain", "Lcom/acme/Marker;", null));
        assertThat(ClassFileTypes.read(project, Settings.empty(), List.of(common)).orElseThrow().list()).isEmpty();
    }

    @Test
    void entityScanAndTheSettingChooseThePackagesAsAtBoot() throws IOException {
        Path scanned = builtProject(Map.of(SHOP + "PersistenceConfiguration.class",
                entityScan(SHOP + "PersistenceConfiguration", OTHER_PACKAGE)));
        assertThat(byName(ClassFileTypes.read(scanned, Settings.empty()).orElseThrow())).containsOnlyKeys("Stray");

        Path named = builtProject(Map.of());
        Settings both = Settings.of(Map.of("readiness.tenant.packages", SHOP_PACKAGE + ", " + OTHER_PACKAGE));
        assertThat(byName(ClassFileTypes.read(named, both).orElseThrow())).hasSize(7).containsKey("Stray");
    }

    @Test
    void aResourcesDirectoryReadsItsProjectsClasses() throws IOException {
        Path project = builtProject(Map.of());
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));

        assertThat(ClassFileTypes.read(resources, Settings.empty())).isPresent();
    }

    @Test
    void aProjectThatWasNotBuiltHasNothingToRead() throws IOException {
        Path project = Files.createDirectories(temp.resolve("unbuilt/src/main/resources")).getParent().getParent()
                .getParent();

        assertThat(ClassFileTypes.read(project, Settings.empty())).isEmpty();
        assertThat(ClassFileTypes.read(temp.resolve("missing"), Settings.empty())).isEmpty();
    }

    @Test
    void aBrokenClassFileIsAnErrorNamingIt() throws IOException {
        Path project = builtProject(Map.of(SHOP + "Broken.class",
                "\u00ca\u00fe\u00ba\u00be garbage Ljakarta/persistence/Entity; more".getBytes(StandardCharsets.ISO_8859_1)));

        assertThatThrownBy(() -> ClassFileTypes.read(project, Settings.empty()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("Broken.class")
                .hasMessageContaining("is not a class file this reader understands");
    }

    @Test
    void aTruncatedEntityClassIsAnErrorNamingItNotASkippedClass() throws IOException {
        // session 24: an entity's class file cut short before its @Entity descriptor (an interrupted build, a copied
        // fragment) lacked the descriptor the reader looks for first, so it was skipped: the entity that forgot its
        // tenant key went unjudged and the tenant gate said GO
        byte[] invoice = fixtureClasses().get(SHOP + "Invoice.class");
        int descriptor = new String(invoice, StandardCharsets.ISO_8859_1).indexOf("Ljakarta/persistence/Entity;");
        Path project = builtProject(Map.of(SHOP + "Invoice.class", java.util.Arrays.copyOf(invoice, descriptor)));

        assertThatThrownBy(() -> ClassFileTypes.read(project, Settings.empty()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("Invoice.class")
                .hasMessageContaining("is not a class file this reader understands");
    }

    @Test
    void aFileThatIsNoJarIsAnErrorNamingIt() throws IOException {
        Path notAJar = Files.writeString(temp.resolve("app.jar"), "not a zip");

        assertThatThrownBy(() -> ClassFileTypes.read(notAJar, Settings.empty()))
                .isInstanceOf(SettingsFileException.class).hasMessageContaining("app.jar");
    }

    @Property(tries = 200)
    void anyBytesNamingAnEntityGiveTypesOrAPreciseError(@ForAll @Size(max = 300) byte[] noise) throws IOException {
        Path project = Files.createTempDirectory("classfiles");
        try {
            byte[] entity = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.ISO_8859_1);
            byte[] bytes = new byte[noise.length + entity.length];
            System.arraycopy(noise, 0, bytes, 0, noise.length / 2);
            System.arraycopy(entity, 0, bytes, noise.length / 2, entity.length);
            System.arraycopy(noise, noise.length / 2, bytes, noise.length / 2 + entity.length,
                    noise.length - noise.length / 2);
            Path file = project.resolve("target/classes/com/acme/Noise.class");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            try {
                assertThat(ClassFileTypes.read(project, Settings.empty())).isPresent();
            } catch (SettingsFileException expected) {
                assertThat(expected.getMessage()).contains("Noise.class");
            }
        } finally {
            try (Stream<Path> files = Files.walk(project)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private Path builtProject(Map<String, byte[]> extra) throws IOException {
        Path project = Files.createTempDirectory(temp, "project");
        Path classes = project.resolve("target/classes");
        Map<String, byte[]> files = new LinkedHashMap<>(fixtureClasses());
        files.put(SHOP + "ShopApplication.class", bootApplication(SHOP + "ShopApplication"));
        files.putAll(extra);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = classes.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.createDirectories(project.resolve("src/main/java"));
        return project;
    }

    /** The fixtures' class files as javac wrote them, by path relative to the class path root. */
    private static Map<String, byte[]> fixtureClasses() throws IOException {
        Path root;
        try {
            root = Path.of(Order.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String directory : List.of(SHOP, OTHER)) {
            try (Stream<Path> list = Files.list(root.resolve(directory))) {
                for (Path file : list.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    files.put(directory + file.getFileName(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static byte[] bootApplication(String internalName) {
        return annotatedClass(internalName, "Lorg/springframework/boot/autoconfigure/SpringBootApplication;", null);
    }

    private static byte[] entityScan(String internalName, String basePackage) {
        return annotatedClass(internalName, "Lorg/springframework/boot/persistence/autoconfigure/EntityScan;",
                basePackage);
    }

    private static byte[] annotatedClass(String internalName, String annotation, String basePackage) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        AnnotationVisitor visitor = writer.visitAnnotation(annotation, true);
        if (basePackage != null) {
            AnnotationVisitor packages = visitor.visitArray("basePackages");
            packages.visit(null, basePackage);
            packages.visitEnd();
        }
        visitor.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                OutputStream out = zip;
                out.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, PersistentType> byName(PersistentTypes types) {
        Map<String, PersistentType> byName = new LinkedHashMap<>();
        for (PersistentType type : types.list()) {
            byName.put(type.simpleName(), type);
        }
        return byName;
    }
}
