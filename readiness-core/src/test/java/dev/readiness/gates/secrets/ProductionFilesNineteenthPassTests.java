package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the nineteenth pass against false alarms on clean production files (tuning-precision-5): a chart's key
 * naming the entry inside a Secret with the integration's prefix, a key that holds a query, a Redis address with its
 * port on a service host, blank cloud credentials the platform's workload identity supplies, and the id of the active
 * entry of a list of keys; each with a catch and a tempting neighbour. Values are synthetic, of the shapes seen in public files.
 */
class ProductionFilesNineteenthPassTests {

    /** A service account annotated for IAM Roles for Service Accounts. */
    private static final String IRSA = "serviceAccount.annotations[eks.amazonaws.com/role-arn]"
            + "=arn:aws:iam::123456789012:role/app";

    /** A rotation list of two synthetic keys, each {@code id/key}. */
    private static final String KEY_LIST = "ENC_KEYS=q6u2Tx0nRvXVG4a7/c3ludGhldGljLWtleS1vbmUtMTIzNDU2Nzg5MA== "
            + "k1Ab2Cd3Ef4Gh5Ij/c3ludGhldGljLWtleS10d28tYWJjZGVmZ2hpams=";

    /** A service account annotated for GKE Workload Identity. */
    private static final String GKE = "serviceAccount.annotations[iam.gke.io/gcp-service-account]"
            + "=app@project.iam.gserviceaccount.com";

    /**
     * Each row: the file's lines joined by {@code |}, and whether its last key is still reported. Five rules, each
     * with its catches and the tempting neighbours that stay judged.
     */
    @ParameterizedTest(name = "{0} -> reported {1}")
    @CsvSource(delimiter = ';', value = {
        // A key naming the entry inside a Secret, with the integration's prefix, in a section that reads a Secret.
        "secrets.oauth.existingSecret=app-oauth|secrets.oauth.clientSecretKey=OAUTH_CLIENT_SECRET; false",
        "secrets.vapid.privateKeyKey=VAPID_PRIVATE_KEY; false",
        "secrets.totp.encryptionKeyKey=TOTP_ENCRYPTION_KEY; false",
        "database.existingSecret=app-db|database.databaseUrlKey=DATABASE_URL; false",
        "signerSecret.name=signer-keys|signerSecret.privateKeyKey=SIGNER_PRIVATE_KEY; false",
        "secrets.databaseUrlKey=DATABASE_URL; false",
        "secrets.oauth.existingSecret=app-oauth|secrets.oauth.clientSecretKey=YOUR_CLIENT_SECRET; true",
        "oauth.clientSecretKey=OAUTH_CLIENT_SECRET; true",
        "secrets.oauth.clientSecretKey=changeme; true",
        "secrets.existingSecret=app|secrets.apiKey=YOUR_API_KEY; true",
        "signerSecret.privateKeyKey=CHANGE_ME_PRIVATE_KEY; true",
        // A key that holds a query, beside the credential itself.
        "AwsConnection.AwsCredentialsQuery=select KeyId, SecretKey from Keys where Service = 'lambda'; false",
        "auth.password_sql=SELECT password FROM users WHERE name = ?; false",
        "AwsConnection.AwsCredentials=changeme; true",
        "auth.password=secret; true",
        // A blank Redis password beside a service host with its port, or the loopback host (forty-third pass).
        "REDIS_ADDR=redis:6379|REDIS_PASSWORD=; false",
        "REDIS_ADDRESS=cache|REDIS_PASSWORD=; false",
        "REDIS_ADDR=10.0.0.5:6379|REDIS_PASSWORD=; true",
        "REDIS_ADDR=redis.example.net:6379|REDIS_PASSWORD=; true",
        "REDIS_ADDR=127.0.0.1:6379|REDIS_PASSWORD=; false",
        "REDIS_ADDR=0.0.0.0:6379|REDIS_PASSWORD=; true",
        "REDIS_ADDR=redis:6379|JWT_SECRET=; true",
        // A blank cloud credential the platform's workload identity supplies.
        IRSA + "|secrets.s3AccessKey=; false",
        IRSA + "|secrets.s3SecretKey=; false",
        "cloudSqlProxy.workloadIdentity=true|global.storage.gcs.credentialsJson=; false",
        GKE + "|gcs.serviceAccountKey=; false",
        IRSA + "|secrets.jwtSecret=; true",
        "secrets.s3SecretKey=; true",
        "cloudSqlProxy.workloadIdentity=false|global.storage.gcs.credentialsJson=; true",
        "serviceAccount.annotations[eks.amazonaws.com/role-arn]=|secrets.s3SecretKey=; true",
        // The id of the active entry of a list of keys in the same file.
        KEY_LIST + "|ENC_KEY_ACTIVE=k1Ab2Cd3Ef4Gh5Ij; false",
        "ENC_KEY_ACTIVE=k1Ab2Cd3Ef4Gh5Ij; true",
        KEY_LIST + "|ENC_KEY_ACTIVE=changeme; true",
        KEY_LIST + "|ENC_KEY=k1Ab2Cd3Ef4Gh5Ij; true",
        "MASTER_KEYS=k1:c3ludGhldGljLWtleS1vbmU=,k2:c3ludGhldGljLWtleS10d28=|MASTER_KEY_ACTIVE=k2; false",
        "DATABASE_URL=postgres://k2:c3ludGhldGljcGFzcw@db/app|MASTER_KEY_ACTIVE=k2; true"})
    void shouldReportOnlyWhatTheFileLeavesOpen(String lines, boolean reported) {
        List<String> codes = ValuesFileChecks.codesOfLastKey(lines);
        assertThat(codes.isEmpty()).as(lines + " " + codes).isEqualTo(!reported);
    }
}
