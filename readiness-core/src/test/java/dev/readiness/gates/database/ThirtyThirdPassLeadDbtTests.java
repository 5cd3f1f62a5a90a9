package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind set 91 (thirty-third pass, data platforms): a dbt profile's {@code target} names the output that runs, so a
 * {@code dev} output it selects is the connection, not a development section beside production's.
 */
class ThirtyThirdPassLeadDbtTests {

    @TempDir
    Path directory;

    private List<String> findings(String text) throws IOException {
        Path file = Files.writeString(directory.resolve("profiles.properties"), text);
        Settings settings = ApplicationConfig.builder().configFile(file).build().settings();
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.code() + " " + finding.subject())
                .toList();
    }

    @Test
    void theOutputTheTargetSelectsShouldBeJudgedWhateverItsName() throws IOException {
        assertThat(findings("""
                shop.target=dev
                shop.outputs.dev.type=postgres
                shop.outputs.dev.host=localhost
                shop.outputs.dev.dbname=shop
                """)).containsExactly("database.loopback shop.outputs.dev.host");
    }

    @Test
    void aDevelopmentOutputBesideTheSelectedOneShouldStayUnjudged() throws IOException {
        assertThat(findings("""
                shop.target=prod
                shop.outputs.dev.type=postgres
                shop.outputs.dev.host=localhost
                shop.outputs.dev.dbname=shop
                shop.outputs.prod.type=postgres
                shop.outputs.prod.host=warehouse.acme.internal
                shop.outputs.prod.dbname=shop
                """)).isEmpty();
    }
}
