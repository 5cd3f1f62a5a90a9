package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The secrets gate asks {@link SampleEvidence.Declarations#mayDeclare(String)} before creating a
 * {@code SampleEvidence} for a value (a GO start's ports and switch words then load none of it): the test must be
 * {@code false} only where {@link SampleEvidence#declares(Setting, String)} records nothing.
 */
class TwentyEighthPassBootSampleEvidenceTests {

    private static final List<String> DECLARING_KEYS = List.of("APP_ENV", "NODE_ENV", "RAILS_ENV", "DEBUG",
            "FLASK_DEBUG", "APP_DEBUG", "spring.profiles.active", "runmode",
            "spring.security.oauth2.client.provider.keycloak.issuer-uri", "Authority", "access-token-uri",
            "server.port", "spring.main.banner-mode");

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(DECLARING_KEYS);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "1", "off", "on", "ON", "true", "True", "yes", "no", "false", "local", "Local",
                        "LOCAL", "dev", "Dev", "develop", "development", "DEVELOPMENT", "debug", "production", "lab",
                        "http://localhost", "http://localhost:9000/realms/app", "https://localhost:5001",
                        "http://127.0.0.1:8080/oauth/token", "https://127.0.0.1", "https://auth.example.com", "",
                        " local", "local ", "d", "l", "dd", "ll", "developmentx", "localhost"),
                Arbitraries.strings().withChars("dDlLhHtTyYoO1:/.0 acehilnoprstv").ofMaxLength(40));
    }

    /** A literal that passed every check, in the same file: reported only if the file holds evidence. */
    private static List<Finding> findingsAfter(Setting declaring, boolean declare) {
        SampleEvidence evidence = new SampleEvidence();
        if (declare) {
            evidence.declares(declaring, declaring.value());
        }
        evidence.passed(Setting.of("JWT_SECRET", "kq3Vn8Rz1Lw5Tp9Ys2Hb6Md4Xc7Fg0Ja", Origin.file(".env", 9)),
                "kq3Vn8Rz1Lw5Tp9Ys2Hb6Md4Xc7Fg0Ja", SecretPurpose.SECRET);
        return evidence.findings();
    }

    @Property(tries = 600)
    void aValueTheFirstTestsRejectShouldDeclareNothing(@ForAll("keys") String key, @ForAll("values") String value) {
        Setting setting = Setting.of(key, value, Origin.file(".env", 2));

        if (!SampleEvidence.Declarations.mayDeclare(value)) {
            assertThat(findingsAfter(setting, true)).isEqualTo(findingsAfter(setting, false));
        }
    }

    @Test
    void declaringValuesShouldPassTheFirstTestsAndBeRecorded() {
        for (String[] declaring : new String[][] { { "APP_ENV", "local" }, { "NODE_ENV", "development" },
                { "DEBUG", "true" }, { "FLASK_DEBUG", "1" },
                { "spring.security.oauth2.client.provider.keycloak.issuer-uri", "http://localhost:9000/realms/app" } }) {
            Setting setting = Setting.of(declaring[0], declaring[1], Origin.file(".env", 2));

            assertThat(SampleEvidence.Declarations.mayDeclare(declaring[1])).as(declaring[0]).isTrue();
            assertThat(findingsAfter(setting, true)).as(declaring[0]).isNotEqualTo(findingsAfter(setting, false));
        }
    }

    @Test
    void aGoStartsPortAndSwitchWordShouldFailTheFirstTests() {
        assertThat(SampleEvidence.Declarations.mayDeclare("0")).isFalse();
        assertThat(SampleEvidence.Declarations.mayDeclare("off")).isFalse();
        assertThat(SampleEvidence.Declarations.mayDeclare("8080")).isFalse();
    }
}
