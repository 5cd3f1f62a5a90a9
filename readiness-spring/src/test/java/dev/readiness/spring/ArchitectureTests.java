package dev.readiness.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.readiness.Readiness;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards the module rules: optional integrations (actuator, health, Micrometer) are used only where their
 * auto-configuration is conditional on them, so the adapter runs without them; readiness-core is used through the
 * packages its module descriptor exports.
 */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.readiness.spring");

    @Test
    void gatePhasesShouldNotDependOnOptionalIntegrations() {
        DescribedPredicate<JavaClass> integrationConfigurations = JavaClass.Predicates.simpleName(
                "GatesEndpointAutoConfiguration").or(JavaClass.Predicates.simpleName(
                        "GatesHealthContributorAutoConfiguration")).or(JavaClass.Predicates.simpleName(
                                "ReadinessMetricsAutoConfiguration"));
        noClasses().that(JavaClass.Predicates.resideInAPackage("dev.readiness.spring")
                .or(JavaClass.Predicates.resideInAPackage("dev.readiness.spring.autoconfigure")
                        .and(DescribedPredicate.not(integrationConfigurations))))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot.actuate..",
                        "org.springframework.boot.health..", "org.springframework.boot.micrometer..", "io.micrometer..")
                .check(classes);
    }

    @Test
    void readinessCoreShouldBeUsedThroughItsExportedPackagesOnly() throws IOException {
        Set<String> exported = exportedPackagesOfCore();
        assertThat(exported).contains("dev.readiness", "dev.readiness.settings");

        noClasses().that().resideInAPackage("dev.readiness.spring..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in a package of readiness-core that its module does not export " + exported,
                        (JavaClass type) -> type.getPackageName().startsWith("dev.readiness")
                                && !type.getPackageName().startsWith("dev.readiness.spring")
                                && !exported.contains(type.getPackageName())))
                .check(classes);
    }

    private static Set<String> exportedPackagesOfCore() throws IOException {
        URL core = Readiness.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {core}, null);
                InputStream in = loader.findResource("module-info.class").openStream()) {
            return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet());
        }
    }
}
