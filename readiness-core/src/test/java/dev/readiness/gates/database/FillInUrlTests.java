package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database URL key holding an instruction in place of the URL (the lead's rule after blind set 24's first contact):
 * the driver refuses it at the first connection, so production is refused, with a catch and a tempting neighbour.
 */
class FillInUrlTests {

    private static List<String> described(Stage stage, String value) {
        Settings settings = Settings.builder().dotenv("prod.env", "DATABASE_URL=" + value + "\n").build();
        return new DatabaseGate().check(GateContext.of(stage, settings)).findings().stream()
                .map(finding -> finding.code() + " " + finding.severity()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPLACE_OR_INJECT_VIA_SECRETS", "REPLACE_THIS_VALUE", "CHANGE_ME", "changeme"})
    void anInstructionInPlaceOfTheUrlShouldBeRefusedInProduction(String value) {
        assertThat(described(Stage.PRODUCTION, value)).as(value).containsExactly("database.unparseable NO_GO");
        assertThat(described(Stage.DEVELOPMENT, value)).as(value).containsExactly("database.unparseable WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://orders-db.internal:5432/orders?sslmode=verify-full", "${DATABASE_URL}"})
    void aRealUrlOrAReferenceShouldStayClean(String value) {
        assertThat(described(Stage.PRODUCTION, value)).as(value).isEmpty();
    }
}
