package dev.readiness.gates.secrets;

import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import org.junit.jupiter.api.Test;

/**
 * Thirty-third pass, newcomer: {@code check --app . --k8s deploy/k8s/production.yaml} reported every sound value of the
 * manifest's Secret as a NO-GO {@code secrets.packaged} "in a profile file of the application's configuration, which
 * ships inside the artifact" (seven here), since a file named for production alone ({@code production.conf},
 * {@code prod.yml}) is read as a framework's production file; the same manifest saved as {@code sellerdesk.yaml} said
 * nothing. A Secret's or ConfigMap's entry is a deployment's object, judged by value, whatever its manifest is named.
 */
class ThirtyThirdPassNewcomerManifestNamedProductionTests {

    private static final String MANIFEST = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: sellerdesk-secrets
            stringData:
              DATABASE_PASSWORD: "Qm7vT2xK9pLw4zR8nB3cY6hJ"
              STRIPE_WEBHOOK_SECRET: "whsec_Kp3Lm8Qr2Tv6Wx9Yz4Bc7Df1Gh5Jk0Nq"
              S3_SECRET_ACCESS_KEY: "%s"
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: sellerdesk-api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: registry.sellerdesk.io/sellerdesk-api:1.14.0
                      envFrom:
                        - secretRef:
                            name: sellerdesk-secrets
            """;

    private static ReportAssert check(String name, String s3Secret) {
        Settings settings = ApplicationConfig.builder().kubernetes(name, MANIFEST.formatted(s3Secret), null).build()
                .settings();
        return GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run();
    }

    @Test
    void aSecretInAManifestNamedForProductionIsNoProfileFile() {
        check("deploy/k8s/production.yaml", "Nf5gH8jK2lP6qR9sT3vW7xY1zB4cD0eF").hasNoFinding("secrets.packaged").isGo();
        check("k8s/prod.yml", "Nf5gH8jK2lP6qR9sT3vW7xY1zB4cD0eF").hasNoFinding("secrets.packaged").isGo();
    }

    @Test
    void itsNameNoLongerDecidesTheVerdict() {
        check("deploy/k8s/sellerdesk.yaml", "Nf5gH8jK2lP6qR9sT3vW7xY1zB4cD0eF").isGo();
    }

    @Test
    void aBadValueThereIsStillJudgedByItsValue() {
        check("deploy/k8s/production.yaml", "minioadmin").isNoGo()
                .hasFinding("secrets.published-default", "S3_SECRET_ACCESS_KEY")
                .hasNoFinding("secrets.packaged");
    }

    @Test
    void aProductionFileOfTheApplicationKeepsItsFinding() {
        Settings settings = ApplicationConfig.builder()
                .configText("prod.yml", "app:\n  webhook-secret: Nf5gH8jK2lP6qR9sT3vW7xY1zB4cD0eF\n").build().settings();
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .isNoGo().hasFinding("secrets.packaged", "app.webhook-secret");
    }
}
