package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Report;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 29's newcomer required {@code afrigest.jwt.refresh-secret} and gave manifests whose container takes
 * {@code JWT_REFRESH_SECRET} from a key of a Secret not in the input (a sealed secret): the README said a required key
 * that must come from the missing Secret is a NO-GO {@code settings.unresolved}, and the check said INFO. The code is
 * right (the manifest names where the variable comes from, and the cluster may already hold the Secret); the README
 * now says which case requiring a key refuses: a reference nothing in the input defines, as when the only source is
 * a Secret pulled in whole by {@code envFrom}.
 */
class TwentyNinthPassNewcomerMissingSecretTests {

    private static final String MANIFEST = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      envFrom:
                        - secretRef: {name: sealed-jwt}
                      env:
                        - name: JWT_REFRESH_SECRET
                          valueFrom:
                            secretKeyRef: {name: sealed-refresh, key: refresh}
            """;

    @Test
    void aRequiredKeyNamedFromAMissingSecretsKeyIsDeferredAndOneNothingDefinesIsUnresolved(@TempDir Path app)
            throws IOException {
        Path resources = Files.createDirectories(app.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), """
                jwt.access-secret=${JWT_ACCESS_SECRET}
                jwt.refresh-secret=${JWT_REFRESH_SECRET}
                readiness.settings.required=jwt.access-secret,jwt.refresh-secret
                """);
        Settings settings = ApplicationConfig.builder().application(app).kubernetes("k8s.yaml", MANIFEST, "api").build()
                .settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new)).run()
                .isNoGo()
                .hasFinding("settings.unresolved", "jwt.access-secret")
                .hasNoFinding("settings.unresolved", "jwt.refresh-secret")
                .hasFinding("settings.deferred", "JWT_REFRESH_SECRET")
                .report();

        Finding deferred = report.findings()
                .filter(f -> f.code().equals("settings.deferred") && f.subject().equals("JWT_REFRESH_SECRET"))
                .findFirst().orElseThrow();
        assertThat(deferred.severity()).isEqualTo(Severity.INFO);
        assertThat(deferred.message()).contains("Secret sealed-refresh, which is not in the input");
        // requiring it changes nothing, so the remediation does not offer it
        assertThat(deferred.remediation()).doesNotContain("readiness.settings.required")
                .contains("Give the check the manifest of that Secret or ConfigMap");
    }

    @Test
    void aKeyReadingADeferredVariableIsOneInfoOnTheKeyNamingTheVariable(@TempDir Path app) throws IOException {
        Path resources = Files.createDirectories(app.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"),
                "afrigest.jwt.refresh-secret=${JWT_REFRESH_SECRET}\n");
        Settings settings = ApplicationConfig.builder().application(app).kubernetes("k8s.yaml", MANIFEST, "api").build()
                .settings();

        Report report = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new)).run()
                .hasFinding("settings.deferred", "afrigest.jwt.refresh-secret")
                .hasNoFinding("settings.deferred", "JWT_REFRESH_SECRET")
                .report();
        Finding deferred = report.findings().filter(f -> f.code().equals("settings.deferred")).findFirst()
                .orElseThrow();
        assertThat(deferred.origin().description())
                .endsWith("application.properties:1 via environment variable JWT_REFRESH_SECRET from k8s.yaml:14");
        assertThat(deferred.message()).contains("key refresh of Secret sealed-refresh, which is not in the input");
    }

    @Test
    void aDeferredReferenceStillOffersToRequireTheKey() {
        Settings settings = Settings.builder().add(Setting.deferred("jwt.secret", "${JWT_SECRET}",
                Origin.of("application.yml:3:11"), "JWT_SECRET at run time")).build();
        Finding deferred = GateCheck.forStage(Stage.PRODUCTION).settings(settings)
                .gates(Gates.discover().toArray(Gate[]::new)).run().report().findings()
                .filter(f -> f.code().equals("settings.deferred")).findFirst().orElseThrow();
        assertThat(deferred.remediation()).contains("list jwt.secret in readiness.settings.required");
    }

    @Test
    void theReadmeSaysWhichCaseRequiringAKeyRefuses() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("valueFrom.secretKeyRef")
                .doesNotContain("a key that must come from\nthe missing Secret is then a NO-GO");
    }
}
