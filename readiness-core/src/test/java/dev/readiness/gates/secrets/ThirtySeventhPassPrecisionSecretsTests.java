package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-seventh pass, precision of the secrets gate: blanks that are no secret left out. A password among a
 * client's connect options beside the URI that carries the credentials (MEAN.js's {@code db.options.pass} beside
 * {@code db.uri}); a cloud secret in a section that takes the platform's credentials chain ({@code
 * use_credentials_chain=true}, {@code instance-profile=true}); a key-store password where TLS is off
 * ({@code nifi.zookeeper.client.secure=false}). Each beside the blank that stays reported: no URI, a data source's
 * URL, the chain switched off, TLS switched on above the store.
 */
class ThirtySeventhPassPrecisionSecretsTests {

    /** The secrets gate's WARN and NO-GO findings on one key of a production properties text. */
    static List<Finding> findings(String text, String key) {
        Settings settings = ApplicationConfig.builder().configText("production.properties", text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aBlankConnectOptionBesideTheUriShouldNotBeReported() {
        String config = """
                db.uri=mongodb://db.internal.acme.io/app
                db.options.user=
                db.options.pass=
                """;
        assertThat(findings(config, "db.options.pass")).isEmpty();
        assertThat(ConnectOptionCredentials.isCarriedByUri(
                ApplicationConfig.builder().configText("production.properties", config).build().settings(),
                "db.options.pass")).isTrue();
    }

    @Test
    void aBlankOptionWithoutAUriOrABlankDataSourcePasswordShouldStayReported() {
        List<Finding> alone = findings("db.options.user=app\ndb.options.pass=\n", "db.options.pass");
        assertThat(alone).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(findings("db.uri=\ndb.options.pass=\n", "db.options.pass")).extracting(Finding::code)
                .containsExactly("secrets.blank");
        assertThat(findings("spring.datasource.url=jdbc:postgresql://db.internal.acme.io/app\n"
                + "spring.datasource.password=\n", "spring.datasource.password")).extracting(Finding::code)
                .containsExactly("secrets.blank");
    }

    @Test
    void aBlankCloudSecretBesideACredentialsChainShouldNotBeReported() {
        assertThat(findings("sdk.aws.s3.key=\nsdk.aws.s3.secret=\nsdk.aws.s3.use_credentials_chain=true\n",
                "sdk.aws.s3.secret")).isEmpty();
        assertThat(findings("spring.cloud.aws.credentials.instance-profile=true\n"
                + "spring.cloud.aws.credentials.secret-key=\n", "spring.cloud.aws.credentials.secret-key")).isEmpty();
    }

    @Test
    void aBlankCloudSecretWithTheChainOffShouldStayReported() {
        assertThat(findings("sdk.aws.s3.secret=\nsdk.aws.s3.use_credentials_chain=false\n", "sdk.aws.s3.secret"))
                .extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(findings("sdk.aws.s3.secret=\nsdk.aws.s3.region=eu-west-1\n", "sdk.aws.s3.secret"))
                .extracting(Finding::code).containsExactly("secrets.blank");
    }

    @Test
    void aBlankStorePasswordWhereTlsIsOffShouldNotBeReported() {
        assertThat(findings("""
                nifi.zookeeper.connect.string=
                nifi.zookeeper.client.secure=false
                nifi.zookeeper.security.keystorePasswd=
                nifi.zookeeper.security.truststorePasswd=
                """, "nifi.zookeeper.security.keystorePasswd")).isEmpty();
    }

    @Test
    void aBlankStorePasswordWhereTlsIsOnShouldStayReported() {
        assertThat(findings("""
                http.secured=true
                http.ssl.keystore.path=/opt/certs/server.p12
                http.ssl.keystore.password=
                """, "http.ssl.keystore.password")).extracting(Finding::code).containsExactly("secrets.blank");
        assertThat(findings("nifi.zookeeper.client.secure=true\nnifi.zookeeper.security.keystorePasswd=\n",
                "nifi.zookeeper.security.keystorePasswd")).extracting(Finding::code).containsExactly("secrets.blank");
    }
}
