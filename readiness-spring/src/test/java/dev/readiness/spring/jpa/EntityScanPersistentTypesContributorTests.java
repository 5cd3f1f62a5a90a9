package dev.readiness.spring.jpa;

import static org.assertj.core.api.Assertions.assertThat;

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
}
