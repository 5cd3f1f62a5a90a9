package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilePathValuesTests {

    private static List<Finding> findings(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings();
    }

    @Test
    void isPathWhenTheValueIsARootedPathOfFileNameSegmentsShouldBeTrue() {
        assertThat(FilePathValues.isPath("/etc/ssl/private/site.key")).isTrue();
        assertThat(FilePathValues.isPath("/your/private/key/path")).isTrue();
        assertThat(FilePathValues.isPath("%kernel.project_dir%/config/jwt/private.pem")).isTrue();
        assertThat(FilePathValues.isPath("./certs/Server.p12")).isTrue();
        assertThat(FilePathValues.isPath("~/keys/signing.key")).isTrue();
        assertThat(FilePathValues.isPath("C:\\certs\\server.pfx")).isTrue();
    }

    @Test
    void isPathWhenTheValueIsASecretThatHoldsSlashesShouldBeFalse() {
        assertThat(FilePathValues.isPath("/x8Kd/9fJ2kLmQ")).isFalse();
        assertThat(FilePathValues.isPath("/aGVsbG8+d29ybGQ=/x")).isFalse();
        assertThat(FilePathValues.isPath("//cdn.example.com/key")).isFalse();
        assertThat(FilePathValues.isPath("secret/with/slashes")).isFalse();
        assertThat(FilePathValues.isPath("/key")).isFalse();
    }

    @Test
    void checkWhenAKeyMaterialKeyHoldsAFilePathShouldSayNothing() {
        assertThat(findings("https.private_key", "/your/private/key/path")).isEmpty();
        assertThat(findings("JWT_SECRET_KEY", "%kernel.project_dir%/config/jwt/private.pem")).isEmpty();
    }

    @Test
    void isPathWhenEveryItemOfACommaListIsAPathShouldBeTrue() {
        assertThat(FilePathValues.isPath("/actuator/prometheus,/api/rest_j/v1/offline,/api/rest_j/v1/doc.html"))
                .isTrue();
        assertThat(findings("wds.linkis.server.user.restful.uri.pass.auth",
                "/actuator/prometheus,/api/rest_j/v1/v2/api-docs")).isEmpty();
        assertThat(FilePathValues.isPath("/etc/app/keys,x8Kd9fJ2kLmQ7pL4wZ8nT3yB")).isFalse();
        assertThat(FilePathValues.isPath("/etc/app/keys,")).isFalse();
    }

    @Test
    void isPathWhenARelativeNameEndsInAKeyFileExtensionShouldBeTrue() {
        assertThat(FilePathValues.isPath("rsa_private_key.pem")).isTrue();
        assertThat(FilePathValues.isPath("keys/jwt.key")).isTrue();
        assertThat(FilePathValues.isPath("Server-Cert.P12")).isTrue();
    }

    @Test
    void isPathWhenARelativeValueLooksLikeAFileButIsNoKeyFileShouldBeFalse() {
        assertThat(FilePathValues.isPath("changeme.txt")).isFalse();
        assertThat(FilePathValues.isPath("s3cr3t.key!")).isFalse();
        assertThat(FilePathValues.isPath("pem")).isFalse();
        assertThat(FilePathValues.isPath(".pem")).isFalse();
        assertThat(FilePathValues.isPath("a//b.pem")).isFalse();
        assertThat(FilePathValues.isPath("aGVsbG8+d29y.key")).isFalse();
    }

    @Test
    void checkWhenASecretKeyNamesAKeyFileShouldSayNothingButAWeakSecretStillCounts() {
        assertThat(findings("auth.secret", "rsa_private_key.pem")).isEmpty();
        assertThat(findings("auth.secret", "rsa_private_key")).isNotEmpty();
    }

    @Test
    void checkWhenAKeyMaterialKeyHoldsAPlaceholderThatIsNoPathShouldStillReportIt() {
        assertThat(findings("https.private_key", "your-private-key")).extracting(Finding::code)
                .containsExactly("secrets.placeholder");
    }

    @Test
    void checkWhenAChartNamesTheConfigurationFileInsideASecretShouldSayNothingButJudgeAWordPassword() {
        assertThat(findings("zitadel.configSecretKey", "config.yaml")).isEmpty();
        assertThat(findings("app.secretKey", "settings.json")).isEmpty();
        assertThat(findings("app.secretKey", "config")).isNotEmpty();
        assertThat(findings("db.password", "yaml")).isNotEmpty();
    }
}
