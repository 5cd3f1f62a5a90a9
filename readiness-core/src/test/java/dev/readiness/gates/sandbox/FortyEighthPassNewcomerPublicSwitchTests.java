package dev.readiness.gates.sandbox;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 48's newcomer planted the runbook's "private access + presigned URLs" mistake for the product images'
 * bucket (seed 001, section 6). {@code S3_ACL=public-read} was the WARN {@code sandbox.public-bucket}, while the same
 * decision written as the client's switch, {@code S3_PUBLIC_READ=true}, was a GO. An object store's switch that makes
 * its objects public, set on, is now the same WARN; a switch that blocks public access, a public URL's key and a
 * switch set off stay clean, as does Drupal's {@code s3fs.use_s3_for_public=TRUE} (set 80's file), which sends the
 * site's public files to S3. The forty-sixth pass's test listed {@code S3_PUBLIC_READ=true} among the clean values
 * without a reason of its own (its rule read only ACL keys); that row is now {@code S3_PUBLIC_READ=false}.
 */
class FortyEighthPassNewcomerPublicSwitchTests {

    @Test
    void anObjectStoresPublicSwitchSetOnIsAWarnInProduction() {
        for (String key : new String[] {"S3_PUBLIC_READ", "AWS_S3_PUBLIC", "MINIO_BUCKET_PUBLIC", "storage.s3.public-read",
                "gcsBucketPublic"}) {
            GateCheck.run(Stage.PRODUCTION, Map.of(key, "true"), new SandboxGate())
                    .isWarn().hasFinding("sandbox.public-bucket", key);
        }
        GateCheck.run(Stage.PRODUCTION, Map.of("AFRIGEST_S3_PUBLIC", "yes"), new SandboxGate()).isWarn();
    }

    @Test
    void switchesOffBlockingSwitchesAndOtherKeysStayClean() {
        GateCheck.run(Stage.PRODUCTION, Map.of("S3_PUBLIC_READ", "false"), new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("S3_BLOCK_PUBLIC_ACCESS", "true"), new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("S3_PUBLIC_URL", "true"), new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("SITE_PUBLIC", "true"), new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("PUBLIC", "true"), new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("REPOSITORY_PUBLIC", "true"), new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("settings.s3fs.use_s3_for_public", "TRUE"), new SandboxGate())
                .hasNoFindings();
    }

    @Test
    void stagingIsNotJudged() {
        GateCheck.run(Stage.STAGING, Map.of("S3_PUBLIC_READ", "true", "S3_ACL", "public-read"), new SandboxGate())
                .hasNoFinding("sandbox.public-bucket");
    }
}
