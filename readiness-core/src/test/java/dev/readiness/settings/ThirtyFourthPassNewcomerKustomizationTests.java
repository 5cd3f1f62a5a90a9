package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Thirty-fourth pass, newcomer: a team deploying with a Kustomize overlay gave its
 * {@code deploy/k8s/overlays/prod/kustomization.yaml} to {@code --k8s}, and was told only that the input "has no
 * workload with a container ... give the workload with its ConfigMaps and Secrets in one input". The refusal stays
 * (a Kustomization holds no workload, and its secretGenerator and patches are applied only by rendering it), and now
 * says to render it, naming the directory.
 */
class ThirtyFourthPassNewcomerKustomizationTests {

    private static final String OVERLAY = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: widget-prod
            resources:
              - ../../base
            secretGenerator:
              - name: widget-env
                literals:
                  - SPRING_DATA_REDIS_PASSWORD=Wq8vN3kZ7xR2mT9pL4cJ6hB1
            """;

    @Test
    void aKustomizationIsRefusedWithTheCommandThatRendersIt() {
        assertThatThrownBy(() -> KubernetesManifests.read("deploy/k8s/overlays/prod/kustomization.yaml", OVERLAY, null))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("has no workload with a container")
                .hasMessageContaining("kubectl kustomize deploy/k8s/overlays/prod | … --k8s -")
                .message().doesNotContain("Wq8v");
        assertThatThrownBy(() -> KubernetesManifests.read("kustomization.yaml", OVERLAY, null))
                .hasMessageContaining("kubectl kustomize . | … --k8s -");
    }

    @Test
    void otherInputsWithoutAWorkloadKeepTheirMessage() {
        assertThatThrownBy(() -> KubernetesManifests.read("secrets.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  A: b\n", null))
                .hasMessageContaining("give the workload with its ConfigMaps and Secrets in one input")
                .message().doesNotContain("kustomize");
    }
}
