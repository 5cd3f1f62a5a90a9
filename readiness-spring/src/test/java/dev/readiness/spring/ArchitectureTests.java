package dev.readiness.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.readiness.archunit.ApiRules;
import org.junit.jupiter.api.Test;

/**
 * Guards the module rules: optional integrations (actuator, health, Micrometer) are used only where their
 * auto-configuration is conditional on them, so the adapter runs without them; readiness-core is used through the
 * packages its module exports.
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
                                "GatesInfoContributorAutoConfiguration")).or(JavaClass.Predicates.simpleName(
                                "ReadinessMetricsAutoConfiguration"));
        noClasses().that(JavaClass.Predicates.resideInAPackage("dev.readiness.spring")
                .or(JavaClass.Predicates.resideInAPackage("dev.readiness.spring.autoconfigure")
                        .and(DescribedPredicate.not(integrationConfigurations))))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.boot.actuate..",
                        "org.springframework.boot.health..", "org.springframework.boot.micrometer..", "io.micrometer..")
                .check(classes);
    }

    @Test
    void readinessCoreShouldBeUsedThroughItsExportedPackagesOnly() {
        ApiRules.useOnlyExportedPackages().check(classes);
    }
}
