package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-first pass, precision of the secrets gate: a relative path of lower-case segments whose file is named after
 * the key's own last part ({@code zf-mvc-auth.authentication.http.htpasswd=data/htpasswd}, Laminas's basic-auth user
 * file) names where the secret is kept, not the secret. An htpasswd line, a bare word, a path to a file named
 * otherwise, a mixed-case value and {@code admin/password} under a password key stay judged, and no message prints a value.
 */
class FortyFirstPassPrecisionKeyNamedFileTests {

    private static List<Finding> findings(String text, String key) {
        return ThirtySeventhPassPrecisionSecretsTests.findings(text, key);
    }

    @Test
    void aRelativePathToAFileNamedAfterTheKeyShouldNotBeReported() {
        String key = "zf-mvc-auth.authentication.http.htpasswd";
        assertThat(findings(key + "=data/htpasswd\n", key)).isEmpty();
        assertThat(FilePathValues.namesFileOfItsKey("HTPASSWD", "config/auth/htpasswd")).isTrue();
    }

    @Test
    void aSecretOrAPathToAnotherFileShouldStayJudged() {
        String key = "zf-mvc-auth.authentication.http.htpasswd";
        List<Finding> line = findings(key + "=admin:admin\n", key);
        assertThat(line).isNotEmpty();
        assertThat(line.get(0).subject()).isEqualTo(key);
        assertThat(line.get(0).message()).doesNotContain("admin:admin");
        assertThat(FilePathValues.namesFileOfItsKey(key, "htpasswd")).isFalse();
        assertThat(FilePathValues.namesFileOfItsKey(key, "data/secret")).isFalse();
        assertThat(FilePathValues.namesFileOfItsKey(key, "data/Htpasswd")).isFalse();
        assertThat(FilePathValues.namesFileOfItsKey("app.password", "admin/password")).isFalse();
        assertThat(FilePathValues.namesFileOfItsKey("app.pwd", "data/pwd")).isFalse();
        assertThat(FilePathValues.namesFileOfItsKey(key, "data//htpasswd")).isFalse();
    }
}
