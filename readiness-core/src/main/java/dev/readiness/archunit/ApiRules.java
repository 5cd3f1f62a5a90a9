package dev.readiness.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An ArchUnit rule for code that uses readiness-core: it uses the packages the module {@code dev.readiness.core}
 * exports (the API) and never the others ({@code dev.readiness.internal}, …), which may change in any release. On
 * the module path Java enforces this; on the class path, where most applications run, only a rule can. The
 * exported packages are read from readiness-core's own module descriptor. Immutable and thread-safe.
 *
 * <pre>{@code
 * @ArchTest
 * static final ArchRule readinessApiOnly = ApiRules.useOnlyExportedPackages();
 * }</pre>
 */
public final class ApiRules {

    private ApiRules() {
    }

    /**
     * No class outside readiness-core depends on a class of readiness-core in a package its module does not export.
     *
     * @return the rule
     */
    public static ArchRule useOnlyExportedPackages() {
        Set<String> exported = exportedPackages();
        Set<String> packages = packages();
        Set<String> hidden = new TreeSet<>(packages);
        hidden.removeAll(exported);
        return noClasses().that(DescribedPredicate.describe("are outside readiness-core",
                        (JavaClass type) -> !packages.contains(type.getPackageName())))
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in a package readiness-core does not export " + hidden,
                        (JavaClass type) -> hidden.contains(type.getPackageName())))
                .because("only the exported packages of readiness-core are its API: " + exported);
    }

    /**
     * The packages the module {@code dev.readiness.core} exports.
     *
     * @return the package names
     */
    public static Set<String> exportedPackages() {
        return read(entries -> {
            try (InputStream in = entries.open("module-info.class")) {
                return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        });
    }

    private static Set<String> packages() {
        return read(entries -> entries.names().stream()
                .filter(name -> name.endsWith(".class") && name.indexOf('/') > 0 && !name.startsWith("META-INF/"))
                .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private interface Entries {

        List<String> names() throws IOException;

        InputStream open(String name) throws IOException;
    }

    private interface Reading {

        Set<String> read(Entries entries) throws IOException;
    }

    private static Set<String> read(Reading reading) {
        try {
            Path source = Path.of(ApiRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                return reading.read(new Entries() {
                    @Override
                    public List<String> names() throws IOException {
                        try (Stream<Path> files = Files.walk(source)) {
                            return files.map(path -> source.relativize(path).toString().replace('\\', '/')).toList();
                        }
                    }

                    @Override
                    public InputStream open(String name) throws IOException {
                        return Files.newInputStream(source.resolve(name));
                    }
                });
            }
            try (JarFile jar = new JarFile(source.toFile())) {
                return reading.read(new Entries() {
                    @Override
                    public List<String> names() {
                        return jar.stream().map(JarEntry::getName).toList();
                    }

                    @Override
                    public InputStream open(String name) throws IOException {
                        return jar.getInputStream(jar.getEntry(name));
                    }
                });
            }
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            throw new IllegalStateException("readiness-core's classes and module descriptor cannot be read ("
                    + unreadable.getClass().getSimpleName() + ")", unreadable);
        }
    }
}
