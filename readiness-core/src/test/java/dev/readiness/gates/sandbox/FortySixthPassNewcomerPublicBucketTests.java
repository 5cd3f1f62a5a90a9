package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forty-sixth pass (newcomer, seed 003: an order hub whose shipping labels, customers' names and addresses, go to
 * S3). The checklist's production values include a private label bucket, and {@code S3_ACL=public-read} raised
 * nothing: no rule read an object store's canned ACL. A key whose last word is {@code acl} set to a canned ACL that
 * grants the world access is now {@code sandbox.public-bucket} in production: a WARN for public-read (a bucket of
 * product images may mean it), a NO-GO for public-read-write (never right).
 */
class FortySixthPassNewcomerPublicBucketTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> findings(Stage stage, String key, String value) {
        return GATE.check(GateContext.of(stage, Settings.of(Map.of(key, value)))).findings();
    }

    @ParameterizedTest
    @CsvSource({
            "S3_ACL, public-read",
            "AWS_DEFAULT_ACL, public-read",
            "externalServices.cloudStorage.s3.defaultAcl, public-read",
            "orderhub.storage.acl, PUBLIC-READ",
            "gcs.predefinedAcl, publicRead",
            "LABELS_BUCKET_ACL, public_read"})
    void aWorldReadableCannedAclIsAWarnInProduction(String key, String value) {
        assertThat(findings(Stage.PRODUCTION, key, value)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.public-bucket");
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(finding.subject()).isEqualTo(key);
            assertThat(finding.message()).contains(key, "public-read", "shipping labels");
            assertThat(finding.remediation()).contains("private", "presigned", "waive sandbox.public-bucket");
        });
        assertThat(findings(Stage.STAGING, key, value)).isEmpty();
        assertThat(findings(Stage.DEVELOPMENT, key, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"S3_ACL, public-read-write", "AWS_DEFAULT_ACL, publicReadWrite", "upload.s3.canned-acl, public_read_write"})
    void aWorldWritableCannedAclIsANoGo(String key, String value) {
        assertThat(findings(Stage.PRODUCTION, key, value)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("sandbox.public-bucket");
            assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
            assertThat(finding.message()).contains("overwrite");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "S3_ACL, private",
            "AWS_DEFAULT_ACL, bucket-owner-full-control",
            "AWS_S3_ACL, authenticated-read",
            "acl_nomatch, public-read",
            "S3_ACL_MODE, public-read",
            "DISCOURSE_S3_USE_ACLS, public-read",
            "S3_PUBLIC_READ, false",
            "publicRead, false",
            "S3_ACL, public-read-only-for-images"})
    void privateAclsOtherKeysAndOtherValuesStayClean(String key, String value) {
        assertThat(findings(Stage.PRODUCTION, key, value)).isEmpty();
    }
}
