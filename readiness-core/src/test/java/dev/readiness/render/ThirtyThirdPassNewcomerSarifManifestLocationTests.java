package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gates;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thirty-third pass, newcomer: the Maven goal with {@code <manifests>deploy/k8s/production.yaml</manifests>} wrote
 * the six findings of the manifest's ConfigMap and Secret to SARIF on {@code pom.xml} without a line, though the text
 * report named {@code deploy/k8s/production.yaml:10}: a manifest entry's origin keeps its route in the description
 * and names no file of its own. Code scanning showed them on the POM.
 */
class ThirtyThirdPassNewcomerSarifManifestLocationTests {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: api-config
            data:
              REPORTING_DATABASE_URL: jdbc:postgresql://reporting.c9akciq32lbz.eu-west-1.rds.amazonaws.com:5432/reporting?sslmode=disable
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: registry.acme.io/api:1.0.0
                      envFrom:
                        - configMapRef:
                            name: api-config
            """;

    @Test
    void aManifestEntrysFindingIsPlacedOnItsManifestLine(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("deploy").resolve("k8s").resolve("production.yaml");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, MANIFEST);
        Settings settings = ApplicationConfig.builder().kubernetesFile(manifest, null).build().settings();
        Report report = Readiness.builder().stage(Stage.PRODUCTION).settings(settings).policy(Policy.defaults())
                .gates(Gates.discover()).build().run();

        String sarif = SarifReportRenderer.builder().workingDirectory(dir).fallbackArtifact(dir.resolve("pom.xml"))
                .build().render(report);

        JsonNode result = first(sarif, "database.tls-disabled");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("deploy/k8s/production.yaml");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(6);
        assertThat(result.get("properties").get("origin").asString()).contains("ConfigMap api-config");
    }

    @Test
    void onlyARouteAfterAnExistingFilesLineIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("k8s.yaml");
        Files.writeString(file, "x: 1\n");

        assertThat(SarifReportRenderer.manifestEntry(Origin.of(file + ":3 (Secret api, envFrom at " + file + ":9)")))
                .isEqualTo(Origin.file(file.toString(), 3));
        assertThat(SarifReportRenderer.manifestEntry(Origin.of(dir.resolve("gone.yaml") + ":3 (Secret api)"))).isNull();
        assertThat(SarifReportRenderer.manifestEntry(Origin.of("environment variable JWT_SECRET (from the shell)")))
                .isNull();
        assertThat(SarifReportRenderer.manifestEntry(Origin.of(file + ":0 (Secret api)"))).isNull();
        assertThat(SarifReportRenderer.manifestEntry(
                Origin.of("class path resource [application.yml] from app.jar - 53:17"))).isNull();
    }

    private static JsonNode first(String sarif, String ruleId) {
        for (JsonNode result : JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results")) {
            if (result.get("ruleId").asString().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError(ruleId + " not in " + sarif);
    }
}
