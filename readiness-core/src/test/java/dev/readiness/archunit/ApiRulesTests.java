package dev.readiness.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.readiness.archunit.fixtures.api.UsesMachinery;
import dev.readiness.archunit.fixtures.api.UsesTheApi;
import org.junit.jupiter.api.Test;

class ApiRulesTests {

    @Test
    void exportedPackagesShouldBeReadFromTheModuleDescriptor() {
        assertThat(ApiRules.exportedPackages())
                .contains("dev.readiness", "dev.readiness.settings", "dev.readiness.archunit")
                .doesNotContain("dev.readiness.internal", "dev.readiness.gates.internal", "dev.readiness.settings.yaml");
    }

    @Test
    void useOnlyExportedPackagesShouldAcceptCodeThatUsesTheApi() {
        ApiRules.useOnlyExportedPackages().check(new ClassFileImporter().importClasses(UsesTheApi.class));
    }

    @Test
    void useOnlyExportedPackagesShouldRefuseCodeThatUsesMachineryNamingTheClassItUses() {
        assertThatThrownBy(() -> ApiRules.useOnlyExportedPackages()
                .check(new ClassFileImporter().importClasses(UsesMachinery.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(UsesMachinery.class.getName())
                .hasMessageContaining("dev.readiness.gates.internal.Hosts");
    }
}
