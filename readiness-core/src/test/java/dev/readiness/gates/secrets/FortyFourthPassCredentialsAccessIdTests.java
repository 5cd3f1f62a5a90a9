package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * Forty-fourth pass, credentials: an access key written beside an access id is the secret half of the pair (Cromwell's
 * Alibaba Cloud back ends take {@code access-id} and {@code access-key}, Alibaba's older OSS clients {@code accessId}
 * and {@code accessKey}), so a blank or weak one is judged as a secret; an access key alone, or beside a secret key,
 * stays the public identifier an AWS or MinIO access key is. Findings name the key, never the value. The names and
 * values were made up for this test.
 */
class FortyFourthPassCredentialsAccessIdTests {

    @Test
    void aBlankAccessKeyBesideItsAccessIdShouldStopProduction() {
        assertThat(GateRuns.verdictsIn("workflow.properties", "engine.filesystems.oss.auth.access-key",
                "engine.filesystems.oss.auth.endpoint=oss-eu-central-1-internal.aliyuncs.com",
                "engine.filesystems.oss.auth.access-id=", "engine.filesystems.oss.auth.access-key="))
                .containsExactly("NO_GO secrets.blank");
    }

    @Test
    void aWeakCamelCaseAccessKeyBesideItsAccessIdShouldStopProduction() {
        assertThat(GateRuns.findingsIn("application-prod.properties", "storage.oss.accessKey",
                "storage.oss.accessId=LTAIorbitreports", "storage.oss.accessKey=admin123"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.severity() + " " + finding.code()).startsWith("NO_GO secrets.");
                    assertThat(finding.message()).doesNotContain("admin123");
                });
    }

    @Test
    void anAccessKeyAloneOrBesideASecretKeyStaysAnIdentifier() {
        assertThat(GateRuns.verdictsIn("application-prod.properties", "minio.access-key",
                "minio.endpoint=https://objects.orbit.example", "minio.access-key=orbit-reports")).isEmpty();
        assertThat(GateRuns.verdictsIn("application-prod.properties", "s3.access-key",
                "s3.access-key=orbit-reports", "s3.secret-key=${S3_SECRET_KEY}")).isEmpty();
        assertThat(GateRuns.verdictsIn("application-prod.properties", "s3.access-key",
                "s3.access-key=", "s3.secret-key=${S3_SECRET_KEY}")).isEmpty();
    }

    @Test
    void theIdMustBeSpelledAsTheKeyIs() {
        Settings settings = Settings.of(java.util.Map.of("oss.access-id", "", "oss.access-key", "",
                "cos.subaccessKey", "", "cos.subaccessId", "", "ali.ACCESS_KEY", "", "ali.ACCESS_ID", ""));
        assertThat(PairedIdentifiers.isSecretBesideAccessId(settings, "oss.access-key")).isTrue();
        assertThat(PairedIdentifiers.isSecretBesideAccessId(settings, "ali.ACCESS_KEY")).isTrue();
        assertThat(PairedIdentifiers.isSecretBesideAccessId(settings, "cos.subaccessKey")).isFalse();
        assertThat(PairedIdentifiers.isSecretBesideAccessId(settings, "oss.api-key")).isFalse();
        assertThat(PairedIdentifiers.isSecretBesideAccessId(Settings.of(java.util.Map.of("oss.access-key", "")),
                "oss.access-key")).isFalse();
    }
}
