package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-ninth pass, hostile tester: two ways a Kubernetes input gave a container other settings than the deploy does.
 * <ul>
 * <li>Only six workload kinds were read. An Argo Rollout, an OpenShift DeploymentConfig or a Knative Service (each a
 * pod template at {@code spec.template.spec}) was skipped, so a file with a Rollout of the service beside a Redis
 * Deployment was judged as the Redis container alone: {@code JWT_SECRET: changeme} in the Rollout was GO.</li>
 * <li>ConfigMaps and Secrets were found by name alone. A file holding Secret {@code app} for two namespaces gave the
 * {@code prod} Deployment whichever came last, so {@code changeme} in the {@code prod} Secret was hidden by a strong
 * {@code staging} one (and a strong {@code prod} value reported as the {@code staging} one's weakness).</li>
 * </ul>
 */
class ThirtyNinthPassRedteamManifestTests {

    private static final String REDIS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: redis
            spec:
              template:
                spec:
                  containers:
                    - name: redis
                      image: redis:7
                      env:
                        - name: REDIS_PORT
                          value: "6379"
            ---
            """;

    private static final String ROLLOUT = """
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata:
              name: orders
            spec:
              template:
                spec:
                  containers:
                    - name: orders
                      image: acme/orders:1.0
                      env:
                        - name: JWT_SECRET
                          value: changeme
            """;

    private static String value(List<Setting> settings, String key) {
        return settings.stream().filter(setting -> setting.key().equals(key)).reduce((a, b) -> b)
                .map(Setting::value).orElse(null);
    }

    @Test
    void aRolloutBesideADeploymentIsAWorkloadToChooseNotOneToSkip() {
        assertThatThrownBy(() -> KubernetesManifests.read("deploy.yaml", REDIS + ROLLOUT, null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("has 2 containers")
                .hasMessageContaining("orders in Rollout orders");
        List<Setting> orders = KubernetesManifests.read("deploy.yaml", REDIS + ROLLOUT, "orders");
        assertThat(value(orders, "JWT_SECRET")).isEqualTo("changeme");
        assertThat(orders).filteredOn(setting -> setting.key().equals("JWT_SECRET"))
                .allSatisfy(setting -> assertThat(setting.origin().toString()).isEqualTo("deploy.yaml:27"));
    }

    @Test
    void aRolloutAloneIsRead() {
        assertThat(value(KubernetesManifests.read("rollout.yaml", ROLLOUT, null), "JWT_SECRET")).isEqualTo("changeme");
    }

    @Test
    void aKnativeServiceAndADeploymentConfigAreRead() {
        String knative = """
                apiVersion: serving.knative.dev/v1
                kind: Service
                metadata:
                  name: orders
                spec:
                  template:
                    spec:
                      containers:
                        - image: acme/orders:1.0
                          env:
                            - name: JWT_SECRET
                              value: changeme
                """;
        assertThat(value(KubernetesManifests.read("knative.yaml", knative, null), "JWT_SECRET")).isEqualTo("changeme");
        String openShift = ROLLOUT.replace("argoproj.io/v1alpha1", "apps.openshift.io/v1")
                .replace("kind: Rollout", "kind: DeploymentConfig");
        assertThat(value(KubernetesManifests.read("dc.yaml", openShift, null), "JWT_SECRET")).isEqualTo("changeme");
    }

    @Test
    void aServiceWithoutAPodTemplateIsStillNoWorkload() {
        String service = """
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: redis
                spec:
                  ports:
                    - port: 6379
                """;
        assertThat(value(KubernetesManifests.read("deploy.yaml", REDIS + service, null), "REDIS_PORT"))
                .isEqualTo("6379");
    }

    private static String secret(String namespace, String value) {
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: app
                %s
                stringData:
                  JWT_SECRET: "%s"
                ---
                """.formatted(namespace == null ? "" : "  namespace: " + namespace, value);
    }

    private static String deployment(String namespace) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                %s
                spec:
                  template:
                    spec:
                      containers:
                        - name: orders
                          envFrom:
                            - secretRef:
                                name: app
                          env:
                            - name: SIGNING_KEY
                              valueFrom:
                                secretKeyRef:
                                  name: app
                                  key: JWT_SECRET
                """.formatted(namespace == null ? "" : "  namespace: " + namespace);
    }

    private static final String STRONG = "Zq8vN3xLp0Wm7Rt2Yb5Kc9Hd4Fg6Js1AeQu3Vo8";

    @Test
    void aWorkloadReadsTheSecretOfItsOwnNamespace() {
        String prodFirst = secret("prod", "changeme") + secret("staging", STRONG) + deployment("prod");
        List<Setting> settings = KubernetesManifests.read("all.yaml", prodFirst, null);
        assertThat(value(settings, "JWT_SECRET")).isEqualTo("changeme");
        assertThat(value(settings, "SIGNING_KEY")).isEqualTo("changeme");
        String prodLast = secret("staging", "changeme") + secret("prod", STRONG) + deployment("prod");
        settings = KubernetesManifests.read("all.yaml", prodLast, null);
        assertThat(value(settings, "JWT_SECRET")).isEqualTo(STRONG);
        assertThat(value(settings, "SIGNING_KEY")).isEqualTo(STRONG);
    }

    @Test
    void aSecretWithoutANamespaceServesAWorkloadWithOneAndTheOtherWayRound() {
        // kubectl apply -n prod puts an object without a namespace beside the one that names prod
        assertThat(value(KubernetesManifests.read("a.yaml", secret(null, "changeme") + deployment("prod"), null),
                "JWT_SECRET")).isEqualTo("changeme");
        assertThat(value(KubernetesManifests.read("a.yaml", secret("prod", "changeme") + deployment(null), null),
                "SIGNING_KEY")).isEqualTo("changeme");
        assertThat(value(KubernetesManifests.read("a.yaml", secret(null, "changeme") + deployment(null), null),
                "SIGNING_KEY")).isEqualTo("changeme");
    }

    @Test
    void aSecretOfAnotherNamespaceOnlyIsNotInTheInput() {
        List<Setting> settings = KubernetesManifests.read("a.yaml", secret("staging", "changeme") + deployment("prod"),
                null);
        assertThat(value(settings, "JWT_SECRET")).isNull();
        assertThat(settings).filteredOn(setting -> setting.key().equals("SIGNING_KEY"))
                .allSatisfy(setting -> assertThat(setting.isDeferred()).isTrue());
    }
}
