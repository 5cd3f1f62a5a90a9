package dev.readiness.cli;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.readiness.archunit.ApiRules;
import org.junit.jupiter.api.Test;

/**
 * The command line uses readiness-core through the packages its module exports, never its machinery.
 */
class ArchitectureTests {

    @Test
    void readinessCoreShouldBeUsedThroughItsExportedPackagesOnly() {
        ApiRules.useOnlyExportedPackages().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.readiness.cli"));
    }
}
