package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session 40's newcomer: a gate of the team's own reports {@code app.shopify.verify-webhooks}, bound from
 * {@code ${SHOPIFY_VERIFY_WEBHOOKS:true}} in {@code application.yml} and switched off in the deploy's env file. The
 * text report named both lines; SARIF placed the alert on {@code application.yml}, whose default is sound, and code
 * scanning never showed the env file's line. That line is now a related location.
 */
class FortiethPassNewcomerSarifDefiningLocationTests {

    static final class WebhookGate implements Gate {
        @Override public String id() { return "shop.webhooks"; }
        @Override public String description() { return "webhook HMAC verification on"; }
        @Override public Outcome check(GateContext context) {
            return Outcome.of(context.settings().get("app.shopify.verify-webhooks")
                    .filter(s -> s.value().equals("false"))
                    .map(s -> List.of(Finding.of(Severity.NO_GO, "shop.webhooks.off", s).message("off").build()))
                    .orElse(List.of()));
        }
    }

    @Test
    void theVariablesLineIsARelatedLocation(@TempDir Path dir) throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.yml"), "app:\n  shopify:\n    verify-webhooks: ${SHOPIFY_VERIFY_WEBHOOKS:true}\n");
        Path env = dir.resolve("deploy/prod.env");
        Files.createDirectories(env.getParent());
        Files.writeString(env, "# production\nSHOPIFY_VERIFY_WEBHOOKS=false\n");
        Settings settings = ApplicationConfig.builder().application(dir).envFile(env).build().settings();
        Report report = Readiness.builder().stage(Stage.PRODUCTION).settings(settings).policy(Policy.defaults())
                .gates(List.of(new WebhookGate())).build().run();

        assertSetAt(report, dir, "deploy/prod.env", 2);
    }

    /** The report's one result stands on application.yml, with the variable's line in {@code file} as related. */
    static void assertSetAt(Report report, Path dir, String file, int line) {
        String sarif = SarifReportRenderer.builder().workingDirectory(dir).build().render(report);

        JsonNode result = JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results").get(0);
        assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString())
                .isEqualTo("src/main/resources/application.yml");
        JsonNode related = result.get("relatedLocations").get(0);
        assertThat(related.get("physicalLocation").get("artifactLocation").get("uri").asString()).isEqualTo(file);
        assertThat(related.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(line);
        assertThat(related.get("message").get("text").asString()).isEqualTo("SHOPIFY_VERIFY_WEBHOOKS is set here");
    }

    @Test
    void onlyAnExistingFilesLineAfterTheVariableIsRead(@TempDir Path dir) throws IOException {
        Path env = dir.resolve("prod.env");
        Files.writeString(env, "X=1\n");
        assertThat(SarifReportRenderer.definingEntry(Origin.of("application.yml:3:5 via environment variable X from "
                + env + ":1"))).isEqualTo(Origin.file(env.toString(), 1));
        assertThat(SarifReportRenderer.definingEntry(Origin.of("application.yml:3:5 via environment variable X from "
                + dir.resolve("gone.env") + ":1"))).isNull();
        assertThat(SarifReportRenderer.definingEntry(Origin.of("application.yml:3:5 via environment variable X")))
                .isNull();
        assertThat(SarifReportRenderer.definingEntry(Origin.environmentVariable("X"))).isNull();
    }
}
