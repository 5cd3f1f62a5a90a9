package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty-fourth pass, hostile tester: {@code JWT_SECRET} from {@code secretKeyRef: {name: jwt, key: secret,
 * optional: true}} (or a {@code configMapKeyRef}) whose object is not in the input was a deferred {@code JWT_SECRET}
 * that hid the application's {@code jwt.secret=${JWT_SECRET:changeme}} default and its plain
 * {@code jwt.secret=changeme}: GO in production (the forty-third pass's open item). Where the optional object or key
 * is missing at deploy the kubelet starts the container without the variable, and the service runs with
 * {@code changeme}. A reference that is not optional still defers (the kubelet refuses to start the container without
 * it), and an optional one whose object is in the input is read.
 */
class FortyFourthPassRedteamOptionalReferenceTests {

    @TempDir
    Path directory;

    private static String deployment(String reference) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: acme/api:1
                          env:
                            - name: JWT_SECRET
                              valueFrom:
                                %s
                            - name: BEARER
                              value: Bearer $(JWT_SECRET)
                """.formatted(reference);
    }

    private ReportAssert check(String application, String reference) throws IOException {
        Path resources = directory.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.properties"), application);
        List<Setting> environment = KubernetesManifests.read("deploy.yaml", deployment(reference), "api");
        Settings settings = ApplicationConfig.builder().application(resources).environment(environment).build()
                .settings();
        return GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run();
    }

    @Test
    void anOptionalSecretKeyNotInTheInputLeavesTheApplicationsDefaultJudged() throws IOException {
        check("jwt.secret=${JWT_SECRET:changeme}\n", "secretKeyRef: {name: jwt, key: secret, optional: true}")
                .isNoGo().hasFinding("secrets.placeholder", "jwt.secret");
    }

    @Test
    void anOptionalConfigMapKeyNotInTheInputLeavesTheApplicationsOwnValueJudged() throws IOException {
        check("jwt.secret=changeme\n", "configMapKeyRef: {name: jwt, key: secret, optional: true}")
                .isNoGo().hasFinding("secrets.placeholder", "jwt.secret");
    }

    @Test
    void anOptionalReferenceIsStillNamedAsDeferredAndNeverTakenForAnUndefinedName() {
        List<Setting> settings = KubernetesManifests.read("deploy.yaml",
                deployment("secretKeyRef: {name: jwt, key: secret, optional: true}"), "api");

        assertThat(settings).filteredOn(Setting::isDeferred).singleElement().satisfies(setting -> {
            assertThat(setting.key()).isEqualTo("JWT_SECRET[optional]");
            assertThat(setting.suppliedBy()).hasValueSatisfying(text -> assertThat(text).contains("optional"));
        });
        assertThat(settings).filteredOn(setting -> setting.key().equals("BEARER")).singleElement()
                .satisfies(setting -> assertThat(setting.unresolvedReferences()).isEmpty());
    }

    @Test
    void aReferenceThatIsNotOptionalStillDefersTheApplicationsValue() throws IOException {
        check("jwt.secret=${JWT_SECRET:changeme}\n", "secretKeyRef: {name: jwt, key: secret}").isGo();
        check("jwt.secret=changeme\n", "secretKeyRef: {name: jwt, key: secret, optional: false}").isGo();
    }
}
