package dev.readiness.examples.orderhub;

import static dev.readiness.examples.ExampleConfiguration.check;
import static dev.readiness.examples.ExampleConfiguration.load;
import static dev.readiness.examples.ExampleConfiguration.with;

import dev.readiness.Stage;
import dev.readiness.Status;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's first fix, "added {@code userId} to all models", as the {@code tenant} gate over the example's JPA
 * entities (found by readiness-spring's entity scan, without starting Spring).
 */
class OrderHubTenantTests {

    private static final Map<String, String> PRODUCTION = load("orderhub/production.properties");

    private static Map<Class<?>, Object> entities(String... packages) throws ClassNotFoundException {
        return Map.of(PersistentTypes.class, PersistentTypes.of(new EntityScanPersistentTypesContributor(
                List.of(packages), OrderHubTenantTests.class.getClassLoader()).scan()));
    }

    @Test
    void everyModelCarryingUserIdShouldBeGo() throws Exception {
        check(Stage.PRODUCTION, PRODUCTION, OrderHubGates.all(), entities("dev.readiness.examples.orderhub"))
                .isGo().hasNoFinding("tenant.missing-key");
    }

    @Test
    void aModelWithoutUserIdShouldBeNoGoNamingIt() throws Exception {
        check(Stage.PRODUCTION, PRODUCTION, OrderHubGates.all(),
                entities("dev.readiness.examples.orderhub", "dev.readiness.examples.orderhubaudit"))
                .isNoGo()
                .hasFinding("tenant.missing-key", "dev.readiness.examples.orderhubaudit.AuditEntry")
                .hasNoFinding("tenant.missing-key", "dev.readiness.examples.orderhub.HubOrder");
    }

    @Test
    void withoutTheConfiguredKeyTheOddModelOutShouldStillBeReportedAsAWarning() throws Exception {
        check(Stage.PRODUCTION, with(PRODUCTION, "READINESS_TENANT_ATTRIBUTES", null), OrderHubGates.all(),
                entities("dev.readiness.examples.orderhub", "dev.readiness.examples.orderhubaudit"))
                .hasVerdict(Status.WARN)
                .hasFinding("tenant.inferred-missing-key", "dev.readiness.examples.orderhubaudit.AuditEntry");
    }
}
