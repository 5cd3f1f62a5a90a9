package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of readiness-core against what docs/reference/engine.md promises: exactly the
 * documented packages are exported, slf4j alone is required at run time, the built-in gates are provided as the
 * class path registers them, and every public type of an exported package says whether it is immutable and
 * thread-safe.
 */
class ModuleDescriptorTests {

    private static final Path ENGINE_DOC = Path.of("..", "docs", "reference", "engine.md");
    private static final Pattern LISTED_PACKAGE = Pattern.compile("^- `(dev\\.readiness[a-z.]*)`");
    private static final Pattern NOT_EXPORTED = Pattern.compile("`(dev\\.readiness[a-z.]*)` \\(");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(/\\*\\*(?:(?!\\*/).)*\\*/)\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                    + "public\\s+(?:static\\s+|final\\s+|abstract\\s+|sealed\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.DOTALL);

    private static ModuleDescriptor descriptor;
    private static Path classes;

    @BeforeAll
    static void readDescriptor() throws IOException, URISyntaxException {
        classes = Path.of(Readiness.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void moduleShouldBeNamedAsTheManifestNamedItBefore() {
        assertThat(descriptor.name()).isEqualTo("dev.readiness.core");
        assertThat(descriptor.isAutomatic()).isFalse();
        assertThat(descriptor.isOpen()).isFalse();
    }

    @Test
    void exportsShouldBeExactlyThePackagesListedInTheEngineReference() throws IOException {
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(exported).isEqualTo(documentedExports());
        assertThat(descriptor.exports()).allSatisfy(export -> assertThat(export.isQualified())
                .as("qualified export of %s", export.source()).isFalse());
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void everyPackageOfTheModuleShouldBeExportedOrDocumentedAsMachinery() throws IOException {
        Set<String> packages = compiledPackages();
        Set<String> hidden = new TreeSet<>(packages);
        hidden.removeAll(documentedExports());

        assertThat(hidden).isEqualTo(documentedMachinery());
        assertThat(hidden).allSatisfy(name -> assertThat(name).matches(".*\\.(internal|yaml)(\\..*)?"));
    }

    @Test
    void runTimeShouldRequireSlf4jAloneAndEveryOtherDependencyOnlyWhenPresent() {
        Set<String> mandatory = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (ModuleDescriptor.Requires requires : descriptor.requires()) {
            if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED)) {
                continue;
            }
            (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) ? optional : mandatory)
                    .add(requires.name());
        }

        assertThat(mandatory).containsExactly("org.slf4j");
        assertThat(optional).containsExactlyInAnyOrder("org.jspecify", "tools.jackson.core", "com.nulabinc.zxcvbn",
                "org.yaml.snakeyaml", "jakarta.validation", "com.tngtech.archunit", "java.management",
                "org.objectweb.asm");
    }

    @Test
    void builtInGatesShouldBeProvidedOnTheModulePathAsOnTheClassPath() throws IOException {
        List<String> registered = Files.readAllLines(classes.resolve("META-INF/services/dev.readiness.Gate"))
                .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        assertThat(descriptor.uses()).containsExactlyInAnyOrder(Gate.class.getName(),
                FactContributor.class.getName());
        assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo(Gate.class.getName());
            assertThat(provides.providers()).containsExactlyInAnyOrderElementsOf(registered);
        });
    }

    @Test
    void onTheModulePathTheBuiltInGatesShouldBeFoundAndTheirDataFilesRead() throws Exception {
        Path slf4j = Path.of(org.slf4j.Logger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(classes, slf4j), ModuleFinder.of(), Set.of(descriptor.name()));
        ModuleLayer layer = ModuleLayer.boot()
                .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(descriptor.name());

        List<?> gates = (List<?>) loader.loadClass(Gates.class.getName()).getMethod("discover", ClassLoader.class)
                .invoke(null, loader);
        List<Object> ids = new ArrayList<>();
        for (Object gate : gates) {
            assertThat(gate.getClass().getModule().getName()).isEqualTo(descriptor.name());
            ids.add(gate.getClass().getMethod("id").invoke(gate));
        }
        Class<?> catalog = loader.loadClass("dev.readiness.gates.sandbox.ProviderCatalog");
        Object builtIn = catalog.getMethod("builtIn").invoke(null);

        assertThat(ids).containsExactlyInAnyOrder("database", "sandbox", "secrets", "settings", "tenant",
                "readiness.properties");
        assertThat((List<?>) catalog.getMethod("problems").invoke(builtIn)).isEmpty();
        assertThat((List<?>) catalog.getMethod("providers").invoke(builtIn)).hasSizeGreaterThan(10);
    }

    @Test
    void everyPublicTypeOfAnExportedPackageShouldSayWhetherItIsImmutableAndThreadSafe() throws IOException {
        List<String> silent = new ArrayList<>();
        Path sources = Path.of("src", "main", "java");
        for (String exported : documentedExports()) {
            Path directory = sources.resolve(exported.replace('.', '/'));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher type = PUBLIC_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (type.find()) {
                        String javadoc = type.group(1).toLowerCase(java.util.Locale.ROOT);
                        boolean threads = javadoc.contains("thread-safe");
                        boolean state = javadoc.contains("immutable") || javadoc.contains("mutable")
                                || javadoc.contains("stateless");
                        if (!threads || !state) {
                            silent.add(exported + "." + type.group(2));
                        }
                    }
                }
            }
        }

        assertThat(silent).as("public types whose Javadoc does not say whether they are immutable and thread-safe")
                .isEmpty();
    }

    private static Set<String> documentedExports() throws IOException {
        Set<String> listed = new TreeSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(ENGINE_DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## The module and its exported packages");
            }
            Matcher item = LISTED_PACKAGE.matcher(line);
            if (inSection && item.find()) {
                listed.add(item.group(1));
            }
        }
        assertThat(listed).as("exported packages listed in %s", ENGINE_DOC).isNotEmpty();
        return listed;
    }

    private static Set<String> documentedMachinery() throws IOException {
        String doc = Files.readString(ENGINE_DOC, StandardCharsets.UTF_8);
        String paragraph = doc.substring(doc.indexOf("Not exported (machinery"));
        paragraph = paragraph.substring(0, paragraph.indexOf("\n\n") < 0 ? paragraph.length()
                : paragraph.indexOf("\n\n"));
        Set<String> named = new TreeSet<>();
        Matcher matcher = NOT_EXPORTED.matcher(paragraph.replace('\n', ' '));
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        return named;
    }

    private static Set<String> compiledPackages() throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(path -> path.toString().endsWith(".class"))
                    .map(path -> classes.relativize(path.getParent() == null ? path : path.getParent()))
                    .map(path -> path.toString().replace(path.getFileSystem().getSeparator(), "."))
                    .filter(name -> name.startsWith("dev.readiness"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
