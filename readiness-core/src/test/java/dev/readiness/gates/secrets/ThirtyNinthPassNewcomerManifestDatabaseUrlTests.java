package dev.readiness.gates.secrets;

import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.junit.jupiter.api.Test;

/**
 * Thirty-ninth pass, newcomer (AfriGest, a master and a tenant database): {@code check --app . --k8s
 * deploy/k8s/production.yaml} called the Secret's {@code MASTER_DATABASE_URL=postgresql://afrigest:<generated>@…}
 * a NO-GO {@code secrets.packaged} "in its connection string in a production configuration file, which ships inside
 * the artifact", while the Secret's other sound entries said nothing: the thirty-third pass kept a manifest's
 * Secret and ConfigMap entries out of the profile-file rule for literal secrets, not for a password inside a URL.
 * The same manifest saved as {@code api.yaml} said nothing.
 */
class ThirtyNinthPassNewcomerManifestDatabaseUrlTests {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: afrigest-api-secrets
            stringData:
              MASTER_DATABASE_URL: "postgresql://afrigest:%s@pg-master.db.svc.cluster.local:5432/masterdb"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: afrigest-api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: registry.afrigest.africa/afrigest-api:1.0.0
                      envFrom:
                        - secretRef:
                            name: afrigest-api-secrets
            """;

    private static ReportAssert check(String name, String password) {
        Settings settings = ApplicationConfig.builder().kubernetes(name, MANIFEST.formatted(password), null).build()
                .settings();
        return GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run();
    }

    @Test
    void aDatabaseUrlInASecretOfAManifestNamedForProductionIsNoProfileFile() {
        check("deploy/k8s/production.yaml", "Vq7Lm2Rx9TzK4pW8").hasNoFinding("secrets.packaged").isGo();
        check("k8s/prod.yml", "Vq7Lm2Rx9TzK4pW8").hasNoFinding("secrets.packaged").isGo();
        check("deploy/k8s/api.yaml", "Vq7Lm2Rx9TzK4pW8").isGo();
    }

    @Test
    void aWeakPasswordInItIsStillJudgedByItsValue() {
        check("deploy/k8s/production.yaml", "password123").isNoGo().hasNoFinding("secrets.packaged");
    }

    @Test
    void aProductionFileOfTheApplicationKeepsItsFinding() {
        Settings settings = ApplicationConfig.builder()
                .configText("prod.yml", "master:\n  database-url: postgresql://afrigest:Vq7Lm2Rx9TzK4pW8@pg-master:5432/masterdb\n")
                .build().settings();
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .isNoGo().hasFinding("secrets.packaged", "master.database-url");
    }
}
