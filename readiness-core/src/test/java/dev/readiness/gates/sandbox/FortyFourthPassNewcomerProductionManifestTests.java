package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Gate;
import dev.readiness.Gates;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass (newcomer): {@code deploy/k8s/production.yaml} is production's own file as much as
 * {@code .env.production} is, but a value a container reads through {@code envFrom} has an origin that names the
 * ConfigMap rather than a line of a file, so the rules that read the file's name did not see it: a localhost origin
 * beside the production site was the WARN of a shared list, not the NO-GO of production's own file, and a database on
 * localhost the WARN of a possible sidecar. The manifest's name now counts, for {@code envFrom} and
 * {@code valueFrom} alike; a manifest not named for production keeps the WARNs.
 */
class FortyFourthPassNewcomerProductionManifestTests {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: api-config
            data:
              ALLOWED_ORIGINS: https://app.afrigest.africa,http://localhost:5173
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: api-secrets
            stringData:
              TENANT_DATABASE_URL: postgresql://afrigest_app:iZ6dkaJdMoxalMaB3qEEYWkU0kNDqVUx@localhost:5432/tenantdb
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
                      image: afrigest/api:1
                      envFrom:
                        - configMapRef:
                            name: api-config
                        - secretRef:
                            name: api-secrets
            """;

    private static ReportAssert check(String file) {
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(ApplicationConfig.builder().kubernetes(file, MANIFEST, "api").build().settings())
                .gates(Gates.discover().toArray(Gate[]::new))
                .run();
    }

    /** The application's own file reads both through placeholders, as the newcomer's service does. */
    private static ReportAssert checkReferenced(String file) {
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(ApplicationConfig.builder()
                        .configText("application.yml", """
                                afrigest:
                                  cors:
                                    allowed-origins: ${ALLOWED_ORIGINS}
                                  tenant-database-url: ${TENANT_DATABASE_URL}
                                """)
                        .kubernetes(file, MANIFEST, "api").build().settings())
                .gates(Gates.discover().toArray(Gate[]::new))
                .run();
    }

    @Test
    void aProductionManifestsLocalhostOriginAndDatabaseAreNoGo() {
        ReportAssert report = check("deploy/k8s/production.yaml").isNoGo()
                .hasFinding("sandbox.local-public-url", "ALLOWED_ORIGINS")
                .hasNoFinding("sandbox.local-host", "ALLOWED_ORIGINS")
                .hasFinding("database.loopback", "TENANT_DATABASE_URL");
        assertOneLoopbackNoGo(report);
    }

    @Test
    void aKeyReferencingTheManifestsValueIsJudgedByTheManifestOnce() {
        ReportAssert report = checkReferenced("deploy/k8s/production.yaml").isNoGo()
                .hasFinding("sandbox.local-public-url", "ALLOWED_ORIGINS")
                .hasNoFinding("sandbox.local-host");
        assertThat(report.report().gate("sandbox").orElseThrow().findings())
                .filteredOn(finding -> finding.code().startsWith("sandbox.local"))
                .hasSize(1);
        assertOneLoopbackNoGo(report);
    }

    private static void assertOneLoopbackNoGo(ReportAssert report) {
        assertThat(report.report().gate("database").orElseThrow().findings())
                .filteredOn(finding -> finding.code().equals("database.loopback"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.NO_GO));
    }

    @Test
    void aManifestNotNamedForProductionKeepsTheWarnings() {
        check("deploy/k8s/api.yaml").isWarn()
                .hasFinding("sandbox.local-host", "ALLOWED_ORIGINS")
                .hasFinding("database.loopback", "TENANT_DATABASE_URL");
    }
}
