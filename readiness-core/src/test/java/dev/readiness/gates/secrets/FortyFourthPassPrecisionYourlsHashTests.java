package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forty-fourth pass's precision reading of YOURLS's stored password hashes (set 172): {@code config.php}'s
 * {@code $yourls_user_passwords} holds {@code phpass:} and a bcrypt hash with its {@code $} written as {@code !}, or
 * an older {@code md5:salt:digest}, which YOURLS writes over a plain-text password on first login. Such a value is a
 * committed hash (WARN), as a {@code $2y$10$…} under the same key is, not a literal password (NO-GO). A plain
 * password that only starts like one stays a password.
 */
class FortyFourthPassPrecisionYourlsHashTests {

    private static final String PHPASS = "phpass:!2y!10!Q9mVJk0nQJx4Wc1pT7rGNeZ2u8bYkLh3sDfA6oPi5vRwXyE1tMzCq";
    private static final String MD5 = "md5:48213:5f4dcc3b5aa765d61d8327deb882cf99";

    private static List<Finding> findings(String key, String value) {
        Settings settings = Settings.builder().add(Setting.of(key, value, Origin.file("config.php.properties", 40)))
                .build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void isCryptHashShouldKnowYourlsHashesAndNotTheirLookAlikes() {
        assertThat(CryptHashes.isCryptHash(PHPASS)).isTrue();
        assertThat(CryptHashes.isCryptHash(MD5)).isTrue();

        assertThat(CryptHashes.isCryptHash("phpass:correct-horse-battery-staple")).isFalse();
        assertThat(CryptHashes.isCryptHash("phpass:!2y!10!tooShortToBeAHash")).isFalse();
        assertThat(CryptHashes.isCryptHash("md5:not-a-salt:5f4dcc3b5aa765d61d8327deb882cf99")).isFalse();
        assertThat(CryptHashes.isCryptHash("mySuperLongPasswordForYourls2024")).isFalse();
    }

    @Test
    void aYourlsUsersPhpassHashShouldBeACommittedHashNotALiteralPassword() {
        List<Finding> found = findings("yourls_user_passwords.admin", PHPASS);

        assertThat(found).extracting(Finding::code).containsExactly("secrets.committed-hash");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(found).allSatisfy(finding -> assertThat(finding.message() + finding.remediation())
                .doesNotContain("Q9mVJk0n").doesNotContain("!2y!10!"));
    }

    @Test
    void anOlderMd5HashShouldBeACommittedHashToo() {
        assertThat(findings("yourls_user_passwords.admin", MD5)).extracting(Finding::code)
                .containsExactly("secrets.committed-hash");
    }

    @Test
    void aPlainPasswordThatOnlyStartsLikeAHashShouldStayJudgedAsAPassword() {
        List<Finding> found = findings("yourls_user_passwords.admin", "phpass:password");

        assertThat(found).extracting(Finding::code).doesNotContain("secrets.committed-hash");
        assertThat(found).extracting(Finding::severity).contains(Severity.NO_GO);
    }
}
