package dev.readiness.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.readiness.archunit.fixtures.repositories.bad.AdminOnly;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRulesTests {

    private static final String FIXTURES = "dev.readiness.archunit.fixtures.";
    private static final JavaClasses MODEL = new ClassFileImporter().importPackages(FIXTURES + "model");
    private static final JavaClasses UNSCOPED = new ClassFileImporter().importPackages(FIXTURES + "unscoped");
    private static final JavaClasses GOOD_REPOSITORIES = new ClassFileImporter()
            .importPackages(FIXTURES + "repositories.good", FIXTURES + "model");
    private static final JavaClasses BAD_REPOSITORIES = new ClassFileImporter()
            .importPackages(FIXTURES + "repositories.bad", FIXTURES + "model");

    private static List<String> violations(EvaluationResult result) {
        return result.getFailureReport().getDetails();
    }

    @Test
    void entitiesDeclareTenantKeyWhenScopedDirectlyInheritedEmbeddedTenantIdGlobalOrTenantShouldPass() {
        EvaluationResult result = TenantRules.entitiesDeclareTenantKey("organizationId").evaluate(MODEL);
        assertThat(violations(result)).isEmpty();
    }

    @Test
    void entitiesDeclareTenantKeyWhenEntitiesLackTheKeyShouldNameEachClass() {
        EvaluationResult result = TenantRules.entitiesDeclareTenantKey("organizationId").evaluate(UNSCOPED);
        assertThat(violations(result)).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(FIXTURES + "unscoped.Product", "add organizationId"))
                .anySatisfy(line -> assertThat(line).contains(FIXTURES + "unscoped.Note", "@CrossTenant"));
    }

    @Test
    void entitiesDeclareTenantKeyWithAnotherKeyShouldFailWhereOnlyTheOldKeyIsDeclared() {
        EvaluationResult result = TenantRules.entitiesDeclareTenantKey("workspaceId").evaluate(MODEL);
        assertThat(violations(result)).anySatisfy(line -> assertThat(line).contains(FIXTURES + "model.Invoice"))
                .noneSatisfy(line -> assertThat(line).contains(FIXTURES + "model.Ticket"))
                .noneSatisfy(line -> assertThat(line).contains(FIXTURES + "model.Country"));
    }

    @Test
    void entitiesDeclareTenantKeyShouldAcceptTheKeyInRelaxedSpelling() {
        assertThat(violations(TenantRules.entitiesDeclareTenantKey("organization_id").evaluate(MODEL))).isEmpty();
    }

    @Test
    void repositoryQueriesTakeTenantKeyWhenEveryQueryIsScopedOrDeliberateShouldPass() {
        EvaluationResult result = TenantRules.repositoryQueriesTakeTenantKey("organizationId")
                .evaluate(GOOD_REPOSITORIES);
        assertThat(violations(result)).isEmpty();
    }

    @Test
    void repositoryQueriesTakeTenantKeyShouldFlagInheritedFindAllAndFindByIdNamingClassAndMethod() {
        List<String> violations = violations(TenantRules.repositoryQueriesTakeTenantKey("organizationId")
                .evaluate(BAD_REPOSITORIES));
        String leaky = FIXTURES + "repositories.bad.LeakyInvoiceRepository.";
        assertThat(violations)
                .anySatisfy(line -> assertThat(line).contains(leaky + "findAll()",
                        "inherited from org.springframework.data.repository.CrudRepository",
                        FIXTURES + "model.Invoice", "organizationId"))
                .anySatisfy(line -> assertThat(line).contains(leaky + "findById(Object)"))
                .anySatisfy(line -> assertThat(line).contains(leaky + "count()"))
                .anySatisfy(line -> assertThat(line).contains(leaky + "deleteById(Object)"))
                .anySatisfy(line -> assertThat(line).contains(leaky + "deleteAll()"))
                .noneSatisfy(line -> assertThat(line).contains(leaky + "save("))
                .noneSatisfy(line -> assertThat(line).contains(leaky + "delete(Object)"));
    }

    @Test
    void repositoryQueriesTakeTenantKeyShouldFlagADerivedQueryWithoutTheEmbeddedKey() {
        List<String> violations = violations(TenantRules.repositoryQueriesTakeTenantKey("organizationId")
                .evaluate(BAD_REPOSITORIES));
        String repository = FIXTURES + "repositories.bad.StatusOrderRepository.";
        assertThat(violations).anySatisfy(line -> assertThat(line).contains(repository + "findByStatus(String)",
                        "tenant.organizationId", "findByTenant_OrganizationIdAndId"))
                .noneSatisfy(line -> assertThat(line).contains(repository + "findByTenant_OrganizationId"));
    }

    @Test
    void repositoryQueriesTakeTenantKeyShouldAcceptAUserNamedDeliberateAnnotationOnlyWhenConfigured() {
        String method = FIXTURES + "repositories.bad.AdminInvoiceRepository.findAll()";
        assertThat(violations(TenantRules.repositoryQueriesTakeTenantKey("organizationId")
                .evaluate(BAD_REPOSITORIES))).anySatisfy(line -> assertThat(line).contains(method, "@CrossTenant"));
        assertThat(violations(TenantRules.withKeys("organizationId").deliberateAnnotation(AdminOnly.class)
                .repositoryQueriesTakeTenantKey().evaluate(BAD_REPOSITORIES)))
                .noneSatisfy(line -> assertThat(line).contains(method));
    }

    @Test
    void repositoryQueriesTakeTenantKeyWithNoRepositoriesShouldPass() {
        assertThat(TenantRules.repositoryQueriesTakeTenantKey("organizationId").evaluate(MODEL).hasViolation())
                .isFalse();
    }

    @Test
    void entitiesDeclareTenantKeyWhenNoEntityIsImportedShouldFailRatherThanPassVacuously() {
        JavaClasses noEntities = new ClassFileImporter().importClasses(TenantRules.class);
        assertThatThrownBy(() -> TenantRules.entitiesDeclareTenantKey("organizationId").check(noEntities))
                .isInstanceOf(AssertionError.class).hasMessageContaining("are JPA entities");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void withKeysShouldRejectBlankKeysNamingThem(String key) {
        assertThatThrownBy(() -> TenantRules.withKeys(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
    }

    @Test
    void withKeysShouldRejectNoKeys() {
        assertThatThrownBy(TenantRules::withKeys).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one tenant key");
    }
}
