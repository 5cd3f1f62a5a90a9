package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.gates.settings.RequiredSettingsGate;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fortieth pass, hostile tester: Kubernetes leaves a {@code $(NAME)} that no earlier variable of the container defines
 * in the value as written, so {@code POSTGRES_PASSWORD: $(db_password)} beside {@code DB_PASSWORD} starts the
 * container with the password {@code $(db_password)}; the gates took every {@code $(NAME)} for a value filled at
 * start, and the manifest was GO. Such a variable is now unresolved ({@code settings.unresolved}, NO-GO for a secret);
 * a name defined before it, one a {@code valueFrom} or {@code envFrom} not in the input may still supply, and a
 * Service link's name stay references.
 */
class FortiethPassRedteamKubernetesReferenceTests {

    private static String deployment(String env, String envFrom) {
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
                %s          env:
                            - name: DB_PASSWORD
                              value: kq3VtN8x2LpZr7Yc1MwE5bHs9JdG
                %s""".formatted(envFrom, env);
    }

    private static Setting setting(String manifest, String key) {
        List<Setting> settings = KubernetesManifests.read("deploy.yaml", manifest, "api");
        return settings.stream().filter(setting -> setting.key().equals(key)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aReferenceNothingBeforeItDefinesIsTheTextTheContainerGets() {
        String manifest = deployment("""
                            - name: POSTGRES_PASSWORD
                              value: $(db_password)
                            - name: LATER
                              value: $(AFTER)x
                            - name: AFTER
                              value: y
                """, "");

        assertThat(setting(manifest, "POSTGRES_PASSWORD").unresolvedReferences()).contains("db_password");
        assertThat(setting(manifest, "LATER").unresolvedReferences()).contains("AFTER");
        GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().addAll(KubernetesManifests.read("deploy.yaml", manifest, "api")).build())
                .gates(new RequiredSettingsGate()).run()
                .hasFinding("settings.unresolved", "POSTGRES_PASSWORD")
                .isNoGo();
    }

    @Test
    void aReferenceSomethingMaySupplyStaysAReference() {
        String manifest = deployment("""
                            - name: FROM_SECRET
                              valueFrom:
                                secretKeyRef:
                                  name: not-in-the-input
                                  key: password
                            - name: USES
                              value: postgres://app:$(FROM_SECRET)@$(POSTGRES_SERVICE_HOST):$(POSTGRES_PORT_5432_TCP_PORT)/app
                            - name: DEFINED
                              value: $(DB_PASSWORD)
                            - name: ESCAPED
                              value: $$(db_password)
                """, "");

        assertThat(setting(manifest, "USES").unresolvedReferences()).isEmpty();
        assertThat(setting(manifest, "DEFINED").unresolvedReferences()).isEmpty();
        assertThat(setting(manifest, "DEFINED").value()).isEqualTo("kq3VtN8x2LpZr7Yc1MwE5bHs9JdG");
        assertThat(setting(manifest, "ESCAPED").unresolvedReferences()).isEmpty();
        String fromUnread = deployment("""
                            - name: POSTGRES_PASSWORD
                              value: $(db_password)
                """, """
                          envFrom:
                            - secretRef:
                                name: not-in-the-input
                """);
        assertThat(setting(fromUnread, "POSTGRES_PASSWORD").unresolvedReferences()).isEmpty();
    }
}
