package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-ninth pass's precision rule of the database gate: a database name whose stage word is production before a
 * copy's or shard's number ({@code MONGO_DB=test-prod-1}, {@code shop_dev_prod2}) ends in production, as
 * {@code online_library_test_production} does, so its {@code test} word belongs to the application's name; a name that
 * ends in a test word before its number ({@code shop-test-1}) or holds only a number after a test word stays a test
 * database.
 */
class ThirtyNinthPassPrecisionDatabaseTests {

    /** A MongoDB on a production host, as Play's file writes it, with the database name under test. */
    private static List<Finding> named(String name) {
        return ThirtySeventhPassPrecisionDatabaseTests.findings(
                "MONGO_HOST=mongo.acme.io\nMONGO_PORT=27017\nMONGO_DB=" + name + "\n", "MONGO_DB");
    }

    @Test
    void aProductionWordBeforeACopyNumberShouldEndTheNameInProduction() {
        assertThat(named("test-prod-1")).isEmpty();
        assertThat(named("shop_dev_prod2")).isEmpty();
        assertThat(DatabaseGate.readsAsTestName("test-prod-1")).isFalse();
    }

    @Test
    void aTestWordBeforeTheNumberShouldStayATestName() {
        for (String name : List.of("shop-test-1", "test-1", "app_dev_02")) {
            List<Finding> found = named(name);
            assertThat(found).as(name).extracting(Finding::code).containsExactly("database.test-name");
            assertThat(found.get(0).subject()).isEqualTo("MONGO_DB");
        }
    }
}
