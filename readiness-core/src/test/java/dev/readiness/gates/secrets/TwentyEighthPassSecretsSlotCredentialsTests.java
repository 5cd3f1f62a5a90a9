package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule of the twenty-eighth pass (secrets): a web or API URL whose user information names its slots
 * ({@code cloudinary://api_key:api_secret@cloud_name}) is template text. Every value is synthetic.
 */
class TwentyEighthPassSecretsSlotCredentialsTests {

    @ParameterizedTest
    @ValueSource(strings = {"CLOUDINARY_URL=cloudinary://api_key:api_secret@cloud_name",
            "CLOUDINARY_URL=cloudinary://API_KEY:API_SECRET@CLOUD_NAME",
            "CLOUDINARY_URL=cloudinary://<your_api_key>:<your_api_secret>@cloud-name",
            "CLOUDINARY_URL=cloudinary://apiKey.apiSecret@cloudName",
            "CLOUDINARY_URL=cloudinary://my_cloudinary_key:my_cloudinary_secret@my_cloud",
            "MEDIA_URL=sftp://access_key:access_secret@files.example.org/upload"})
    void aUrlWhoseUserInformationNamesItsSlotsIsAPlaceholder(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(GateRuns.codesIn("deploy.env", line, key)).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLOUDINARY_URL=cloudinary://384756102938475:Xq7_RtPbVnm2Kd9LsWc-eHgA3Yz@dk3mzq8pw",
            "CLOUDINARY_URL=cloudinary://${CLOUDINARY_API_KEY}:${CLOUDINARY_API_SECRET}@acme",
            "SENTRY_DSN=https://4f1c9a7e2b8d6053aa71c2e9f04b8d16@o12345.ingest.sentry.io/42",
            "API_URL=https://api.example.org/v1?key=value",
            "BACKUP_URL=sftp://backup-user@backup.example.org/srv"})
    void realCredentialsReferencesAndUrlsWithoutSlotsStayClean(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(GateRuns.codesIn("deploy.env", "CLOUDINARY_API_KEY=384756102938475|"
                + "CLOUDINARY_API_SECRET=Xq7_RtPbVnm2Kd9LsWc-eHgA3Yz|" + line, key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "secret", "password", "apikey", "user", "Xq7_RtPbVnm2Kd9LsWc-eHgA3Yz", "s3cr3t-Value"})
    void aSingleWordOrARandomPartIsNoSlot(String part) {
        assertThat(SlotCredentials.isSlot(part)).isFalse();
    }
}
