package dev.readiness.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late sets 144 to 147 (Java services, data engineering and BI, Node.js back ends, research data platforms), read
 * after the merged rules were scored on them. Each rule beside the value that tempts it; every built-in gate runs.
 */
class ThirtyNinthPassLeadLateTests extends EveryGateOnOneFile {

    @Test
    void quarkusEnvironmentMappingsNameTheSecretAndItsKeyNotTheSecretItself() throws Exception {
        List<String> quarkus = findings("application.properties", """
                quarkus.kubernetes.env.mapping.quarkus-datasource-password.from-secret=db-secret
                quarkus.kubernetes.env.mapping.quarkus-datasource-password.with-key=password
                quarkus.datasource.password=password
                """);
        assertThat(about(quarkus, "quarkus.kubernetes.env.mapping.quarkus-datasource-password.from-secret")).isEmpty();
        assertThat(about(quarkus, "quarkus.kubernetes.env.mapping.quarkus-datasource-password.with-key")).isEmpty();
        assertThat(noGo(quarkus, "quarkus.datasource.password")).isNotEmpty();
    }

    @Test
    void anEmptyImagePullSecretInSnakeCaseNamesNoSecretButAnEmptyPullPasswordStillDoes() throws Exception {
        assertThat(about(findings("values.properties", "jobs.kube.main_container_image_pull_secret=\n"),
                "jobs.kube.main_container_image_pull_secret")).isEmpty();
        assertThat(noGo(findings("app.env", "REGISTRY_PULL_PASSWORD=\n"), "REGISTRY_PULL_PASSWORD")).isNotEmpty();
    }

    @Test
    void anAcmeStagingIssuerForCertificatesShouldBeATestModeButTheProductionIssuerOrAJwtIssuerNot()
            throws Exception {
        assertThat(noGo(findings("values.properties", "global.ingress.certManager.issuerName=letsencrypt-staging\n"),
                "global.ingress.certManager.issuerName")).isNotEmpty();
        assertThat(noGo(findings("values.properties",
                "ingress.annotations[cert-manager.io/cluster-issuer]=letsencrypt-staging\n"),
                "ingress.annotations[cert-manager.io/cluster-issuer]")).isNotEmpty();
        assertThat(about(findings("values.properties",
                "ingress.annotations[cert-manager.io/cluster-issuer]=letsencrypt-prod\n"),
                "ingress.annotations[cert-manager.io/cluster-issuer]")).isEmpty();
        assertThat(about(findings("app.properties", "jwt.issuer=acme-staging-portal\n"), "jwt.issuer")).isEmpty();
    }

    @Test
    void iRodsRefusingTlsShouldBeTlsOffButRequiringItNot() throws Exception {
        assertThat(about(findings("irods.properties", "irods_client_server_policy=CS_NEG_REFUSE\n"),
                "irods_client_server_policy")).containsExactly("WARN sandbox.tls-off irods_client_server_policy");
        assertThat(about(findings("irods.properties", "irods_client_server_policy=CS_NEG_REQUIRE\n"),
                "irods_client_server_policy")).isEmpty();
    }
}
