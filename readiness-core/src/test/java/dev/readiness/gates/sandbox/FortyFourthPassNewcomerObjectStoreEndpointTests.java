package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-fourth pass (newcomer): a retail runbook keeps product images in a private S3-compatible bucket, and
 * {@code S3_ENDPOINT=http://s3.afrigest.africa} in the production env file was a GO, while the same client's
 * {@code S3_USE_SSL=false} is a NO-GO. The endpoint's scheme is the switch: every object and every signed request
 * crosses the internet in clear text. A store inside the deployment's network stays clean.
 */
class FortyFourthPassNewcomerObjectStoreEndpointTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> findings(Stage stage, String key, String value) {
        return GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value,
                "S3_SECRET_ACCESS_KEY", "coR8TmZy8NCe3mGux6Mf0QCdh+6j2tMYZide/at9")))).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "S3_ENDPOINT, http://s3.afrigest.africa",
            "S3_ENDPOINT, http://s3.eu-west-1.amazonaws.com",
            "AWS_ENDPOINT_URL_S3, http://objects.acme-retail.com:9000",
            "MINIO_ENDPOINT, http://minio.acme-retail.io",
            "fs.s3a.endpoint, http://storage.acme.de",
            "R2_ENDPOINT, http://52.14.201.7:9000"})
    void aPublicEndpointInPlainHttpIsNoGoInProduction(String key, String url) {
        assertThat(findings(Stage.PRODUCTION, key, url))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("sandbox.tls-off");
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.subject()).isEqualTo(key);
                    assertThat(finding.message()).contains("object store").doesNotContain("coR8");
                });
        assertThat(findings(Stage.STAGING, key, url)).noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }

    /**
     * At boot only the application's key is judged ({@code afrigest.storage.endpoint: ${S3_ENDPOINT}}), a key that
     * names no store: it is read with the variable's words, and the one finding stands on the variable.
     */
    @org.junit.jupiter.api.Test
    void aKeyTakingTheEndpointFromAStoreVariableIsReadWithItsWords() {
        Settings settings = dev.readiness.settings.ApplicationConfig.builder()
                .configText("application.yml", """
                        afrigest:
                          storage:
                            endpoint: ${S3_ENDPOINT}
                        """)
                .environment(Map.of("S3_ENDPOINT", "http://s3.afrigest.africa"))
                .build().settings();
        assertThat(GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("sandbox.tls-off");
                    assertThat(finding.subject()).isEqualTo("S3_ENDPOINT");
                });
        Setting key = settings.get("afrigest.storage.endpoint").orElseThrow();
        assertThat(ObjectStoreTls.judgeEndpoint(dev.readiness.internal.ReferencedValues.in(settings), key))
                .isNotNull();
    }

    @org.junit.jupiter.api.Test
    void theClientsSwitchOffBesideItNamesTheOneMistake() {
        assertThat(GATE.check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(
                        "S3_ENDPOINT", "http://s3.afrigest.africa", "S3_USE_SSL", "false")))).findings())
                .extracting(Finding::subject)
                .containsExactly("S3_USE_SSL");
    }

    @ParameterizedTest
    @CsvSource({
            "S3_ENDPOINT, https://s3.afrigest.africa",
            "S3_ENDPOINT, http://minio:9000",
            "MINIO_ENDPOINT, http://minio.minio-system:9000",
            "fs.s3a.endpoint, http://minio-recommend.recommend:9000",
            "S3_ENDPOINT, http://rook-ceph-rgw.platform.svc.cluster.local",
            "MLFLOW_S3_ENDPOINT_URL, http://192.168.24.254:9000",
            "S3_ENDPOINT, http://10.0.4.12:9000",
            "litemall.storage.qiniu.endpoint, http://pd5cb6ulu.bkt.clouddn.com",
            "S3_PUBLIC_URL, http://cdn.acme-retail.com"})
    void aStoreInsideTheDeploymentOrAKeyThatNamesNoStoreEndpointIsNot(String key, String url) {
        assertThat(findings(Stage.PRODUCTION, key, url))
                .noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }
}
