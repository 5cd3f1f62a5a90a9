package dev.readiness.spring.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.gates.tenant.PersistentType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScanPersistentTypesContributorTests {

    private static final String PACKAGE = "dev.readiness.testfixtures.entitynames";

    @Test
    void scanShouldFindTheAnnotatedEntityAndNotAClassThatOnlyNamesTheEntityType() throws ClassNotFoundException {
        List<PersistentType> types = new EntityScanPersistentTypesContributor(List.of(PACKAGE),
                getClass().getClassLoader()).scan();

        assertThat(types).extracting(PersistentType::name).containsExactly(PACKAGE + ".Annotated");
    }

    @Test
    void propertyAccessShouldGiveTheGettersPropertiesAsJpaMapsThem() throws ClassNotFoundException {
        String propertyAccess = "dev.readiness.testfixtures.propertyaccess";
        List<PersistentType> types = new EntityScanPersistentTypesContributor(List.of(propertyAccess),
                getClass().getClassLoader()).scan();

        assertThat(types).extracting(PersistentType::simpleName).containsExactly("Dock", "Forklift", "Warehouse");
        assertThat(paths(types.get(0))).contains("organizationId").doesNotContain("workspaceId");
        assertThat(paths(types.get(1))).doesNotContain("organizationId");
        assertThat(paths(types.get(2))).contains("id", "organizationId", "city");
    }

    private static List<String> paths(PersistentType type) {
        return type.attributes().stream().map(PersistentAttribute::path).toList();
    }
}
