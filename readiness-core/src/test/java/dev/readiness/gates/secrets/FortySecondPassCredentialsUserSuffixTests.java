package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-second pass, credentials: a password that is the user name beside it followed by digits and symbols alone (a
 * timestamp, {@code .1015}) is guessable by whoever reads the user name, even in a migration tool's file or a base
 * profile where a committed literal was only a WARN, beside the values that tempt the rule: a suffix with letters, a
 * user name that is a reference, a password with no user beside it. Findings name the key, never the value or the
 * user. The names and values were made up for this test.
 */
class FortySecondPassCredentialsUserSuffixTests {

    @Test
    void theUserNameFollowedByATimestampShouldStopProduction() {
        List<Finding> findings = GateRuns.findingsIn("liquibase.properties", "password",
                "url=jdbc:oracle:thin:@//db.internal:1521/ORBIT", "username=orbit_svc_app",
                "password=orbit_svc_app202511020915");
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity() + " " + finding.code()).isEqualTo("NO_GO secrets.guessable");
            assertThat(finding.message()).contains("the user name beside it followed by 12 digits or symbols")
                    .doesNotContain("orbit", "2025");
        });
    }

    @Test
    void theUserNameInAnotherCaseWithASymbolAndDigitsShouldStopProduction() {
        assertThat(GateRuns.verdictsIn("application-prod.properties", "spring.datasource.password",
                "spring.datasource.url=jdbc:mysql://db.internal:3306/kite", "spring.datasource.username=kite-bot",
                "spring.datasource.password=Kite-Bot.2207"))
                .containsExactly("NO_GO secrets.guessable");
    }

    @Test
    void aSuffixWithLettersOrAUserFromAReferenceIsNotRead() {
        assertThat(UserNamePasswords.userNameWithSuffix(
                dev.readiness.settings.Settings.builder().properties("a.properties",
                        "username=orbit_svc_app\npassword=orbit_svc_app-Kq8vT2mX9pLw4Rz7\n").build(),
                "password", "orbit_svc_app-Kq8vT2mX9pLw4Rz7", SecretPurpose.PASSWORD)).isNull();
        assertThat(UserNamePasswords.userNameWithSuffix(
                dev.readiness.settings.Settings.builder().properties("a.properties",
                        "username=${DB_USER}\npassword=orbit_svc_app202511020915\n").build(),
                "password", "orbit_svc_app202511020915", SecretPurpose.PASSWORD)).isNull();
        assertThat(UserNamePasswords.userNameWithSuffix(
                dev.readiness.settings.Settings.builder().properties("a.properties",
                        "password=orbit_svc_app202511020915\n").build(),
                "password", "orbit_svc_app202511020915", SecretPurpose.PASSWORD)).isNull();
    }

    @Test
    void aStrongPasswordBesideTheSameUserStaysClean() {
        assertThat(GateRuns.verdictsIn("application-prod.properties", "spring.datasource.password",
                "spring.datasource.url=jdbc:mysql://db.internal:3306/kite", "spring.datasource.username=kite-bot",
                "spring.datasource.password=${DB_PASSWORD}")).isEmpty();
    }
}
