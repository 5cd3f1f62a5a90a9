package dev.readiness.render;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 41's newcomer: the switch a gate of one's own reports came from a Kubernetes ConfigMap, not an env file.
 * The text report said {@code application.yml:3:22 via environment variable SHOPIFY_VERIFY_WEBHOOKS from
 * deploy/k8s/production.yaml:5 (ConfigMap api-config, envFrom at deploy/k8s/production.yaml:17)}; SARIF had no
 * related location, since the manifest's route after the line hid it. The ConfigMap's line is the related location
 * now.
 */
class FortyFirstPassNewcomerSarifManifestLocationTests {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: api-config
            data:
              SHOPIFY_VERIFY_WEBHOOKS: "false"
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
                      envFrom:
                        - configMapRef:
                            name: api-config
            """;

    @Test
    void theConfigMapsLineIsARelatedLocation(@TempDir Path dir) throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.yml"),
                "app:\n  shopify:\n    verify-webhooks: ${SHOPIFY_VERIFY_WEBHOOKS:true}\n");
        Path manifest = dir.resolve("deploy/k8s/production.yaml");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, MANIFEST);
        Settings settings = ApplicationConfig.builder().application(dir).kubernetesFile(manifest, "api").build()
                .settings();
        Report report = Readiness.builder().stage(Stage.PRODUCTION).settings(settings).policy(Policy.defaults())
                .gates(List.of(new FortiethPassNewcomerSarifDefiningLocationTests.WebhookGate())).build().run();

        FortiethPassNewcomerSarifDefiningLocationTests.assertSetAt(report, dir, "deploy/k8s/production.yaml", 6);
    }

    @Test
    void theRouteAfterTheLineIsLeftOut(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("production.yaml");
        Files.writeString(manifest, MANIFEST);
        assertThat(SarifReportRenderer.definingEntry(Origin.of("application.yml:3:22 via environment variable X from "
                + manifest + ":6 (ConfigMap api-config, envFrom at " + manifest + ":19)")))
                .isEqualTo(Origin.file(manifest.toString(), 6));
        // a route without its closing parenthesis, or no line before it, is not read
        assertThat(SarifReportRenderer.definingEntry(Origin.of("application.yml:3:22 via environment variable X from "
                + manifest + ":6 (ConfigMap api-config"))).isNull();
        assertThat(SarifReportRenderer.definingEntry(Origin.of("application.yml:3:22 via environment variable X from "
                + manifest + " (ConfigMap api-config)"))).isNull();
    }
}
