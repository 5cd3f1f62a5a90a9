package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-eighth pass, published secrets.
 * <ul>
 *   <li>an installation's generated unique key ({@code …_instance_unique_id}, {@code application_unique_key}) is a
 *       secret the product salts and keys its encryption, tokens and sessions with, judged as any other: beside a
 *       published default of the same file it is a NO-GO, a stand-in there is a placeholder; a bare
 *       {@code unique_key}, a client's numeric {@code …_CLIENT_UNIQUE_ID} and a user's {@code user_unique_id} are no
 *       secrets;</li>
 *   <li>the segments of jwt.io's sample token (its payload, signature and header) copied as a signing key are
 *       published values from the catalog, a NO-GO even in the base file; a token whose payload differs says
 *       nothing;</li>
 *   <li>the private half of a key pair named without {@code key} ({@code vapid_private}, {@code rsa.private}) is a
 *       secret, so a sample file's value there is a published default; {@code vapid_public}, a switch
 *       {@code MICROBIN_PRIVATE} and a bare {@code private} stay unread.</li>
 * </ul>
 * Every finding names the key and holds no four characters of the value. The values are made up in the shapes the
 * rules read.
 */
class FortyEighthPassPublishedTests {

    /** 32 hex digits, as an installer's {@code md5(uniqid())}. */
    private static final String HEX_32 = "5d0e8b27c94f1a63e2b7d08c4f91a5e3";

    static void holdsNoPartOf(Finding finding, String value) {
        for (int i = 0; i + 4 <= value.length(); i += 4) {
            assertThat(finding.message()).doesNotContain(value.substring(i, i + 4));
            assertThat(finding.remediation()).doesNotContain(value.substring(i, i + 4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"erp_main_instance_unique_id", "application_unique_key", "instanceUniqueId",
        "installation.unique-key"})
    void anInstallationsUniqueKeyIsASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unique_key", "CDC_READER_BINLOG_CLIENT_UNIQUE_ID", "user_unique_id", "table.unique_key",
        "instance_id", "application_key_unique"})
    void otherUniqueIdsAreNoSecrets(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isFalse();
    }

    @Test
    void anInstallationsUniqueKeyBesideAPublishedDefaultIsANoGo() {
        assertThat(findingsIn("erp-conf.properties", "erp_main_instance_unique_id", "erp_main_db_user=root",
                "erp_main_db_pass=root", "erp_main_instance_unique_id=" + HEX_32)).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.code()).isEqualTo("secrets.likely-published");
                    assertThat(finding.message()).contains("erp_main_db_pass");
                    holdsNoPartOf(finding, HEX_32);
                });
    }

    @Test
    void anInstallationsUniqueKeyLeftAsTheInstallersTextIsAPlaceholder() {
        assertThat(findingsIn("erp-conf.properties", "erp_main_instance_unique_id",
                "erp_main_instance_unique_id=XXXXX")).extracting(Finding::severity).containsExactly(Severity.NO_GO);
    }

    @Test
    void anInstallationsUniqueKeyAloneInAServersOwnFileStaysClean() {
        assertThat(findingsIn("erp-conf.properties", "erp_main_instance_unique_id",
                "erp_main_db_host=db.internal.example.org", "erp_main_db_pass=${ERP_DB_PASSWORD}",
                "erp_main_instance_unique_id=" + HEX_32)).isEmpty();
    }

    /** The payload segment of jwt.io's sample token, a catalog entry. */
    private static final String JWT_IO_PAYLOAD = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";

    @ParameterizedTest
    @ValueSource(strings = {JWT_IO_PAYLOAD, "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"})
    void aSegmentOfJwtIosSampleTokenAsASigningKeyIsAPublishedDefault(String segment) {
        assertThat(findingsIn("appsettings.properties", "Jwt.Key", "Jwt.Issuer=https://api.example.org",
                "Jwt.Key=" + segment)).singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.code()).isEqualTo("secrets.published-default");
                    holdsNoPartOf(finding, segment);
                });
    }

    @Test
    void anotherPayloadSegmentAsASigningKeyKeepsTheBaseFilesWarn() {
        String own = "eyJzdWIiOiI5ODc2NTQzMjEwIiwibmFtZSI6Ik1hcmlhIE9zb3JpbyIsImlhdCI6MTcwMDAwMDAwMH0";
        assertThat(findingsIn("appsettings.properties", "Jwt.Key", "Jwt.Issuer=https://api.example.org",
                "Jwt.Key=" + own)).extracting(Finding::severity).doesNotContain(Severity.NO_GO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vapid_private", "VAPID_PRIVATE", "webpush.vapid.private", "vapidPrivate", "rsa.private"})
    void thePrivateHalfOfAKeyPairIsASecret(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vapid_public", "MICROBIN_PRIVATE", "private", "Kafka.topics.private", "URLS_ALLOW_PRIVATE",
        "cache-private", "vapid_private_enabled"})
    void otherPrivateWordsAreNoSecrets(String key) {
        assertThat(SecretKeys.defaults().isSecret(key)).isFalse();
    }

    @Test
    void aSamplesVapidPrivateKeyIsAPublishedDefault() {
        String key = "Qm3xT8vK1pZr6Yw0Ls4Nd9Hc2Jf7Ga5Ue1Io8Tb3Xq=";
        assertThat(findingsIn("push-config.yml.sample", "vapid_private",
                "vapid_public=BNx3Kq8Tz1Lm6Wr0Pd5Yc9Hv2Jf7Ga4Ue1Io8Tb3Xq6Zs0Nk5Mw9Rl2Dh7Cy4Fj1Bp8Vt3Gn6Qe0Ax5Sz9",
                "vapid_private=" + key)).singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    holdsNoPartOf(finding, key);
                });
    }

    @Test
    void aServersOwnVapidPrivateKeyStaysClean() {
        assertThat(findingsIn("push.env", "VAPID_PRIVATE",
                "VAPID_PRIVATE=Qm3xT8vK1pZr6Yw0Ls4Nd9Hc2Jf7Ga5Ue1Io8Tb3Xq=")).isEmpty();
    }
}
