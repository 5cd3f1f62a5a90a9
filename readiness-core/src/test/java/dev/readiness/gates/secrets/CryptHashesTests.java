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

class CryptHashesTests {

    private static final String SHA512_CRYPT = "$6$rounds=100000$Qm9vdHN0cmFwU2FsdA$3rZ8jImyCpTP40e4I5APx7SbBvDCM8fB6GP"
            + "/IGOrsk/GEUTUhl1i/Q2JNOpj9ashLpkgaCxqMqbFKdZdmAh26/";
    private static final String BCRYPT = "$2y$10$EqZQCedXATrvLDvDyb/.K.WO6cgguZssAVOVY/nKQSTZChxDb5HPq";
    private static final String ARGON2 = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$KhoL4CvJDp9GVRoGFESWKldrwZ"
            + "+k4oCgjfgGVkGQ3Xk";

    private static List<Finding> findings(String file, String key, String value) {
        Settings settings = Settings.builder().add(Setting.of(key, value, Origin.file(file, 3))).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void isCryptHashShouldKnowModularCryptFormatsAndNothingElse() {
        assertThat(CryptHashes.isCryptHash(SHA512_CRYPT)).isTrue();
        assertThat(CryptHashes.isCryptHash(BCRYPT)).isTrue();
        assertThat(CryptHashes.isCryptHash(ARGON2)).isTrue();

        assertThat(CryptHashes.isCryptHash("$DB_PASSWORD")).isFalse();
        assertThat(CryptHashes.isCryptHash("$6$")).isFalse();
        assertThat(CryptHashes.isCryptHash("s3cr3t-$6$-but-not-a-hash-at-all")).isFalse();
    }

    @Test
    void checkWhenAPasswordMapHoldsACommittedHashShouldWarnWithoutPrintingIt() {
        List<Finding> found = findings("group_vars/production/vault.yml", "vault_sudoer_passwords.admin", SHA512_CRYPT);

        assertThat(found).extracting(Finding::code).containsExactly("secrets.committed-hash");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(found.get(0).toString()).doesNotContain("JUkj1d3hCa6uFp6R").doesNotContain("3rZ8jImy");
    }

    @Test
    void checkWhenAnExampleFileHoldsAUsersPasswordHashShouldCallItPublished() {
        assertThat(findings("config/users_database.example.yml", "users.alice.password", ARGON2))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secrets.published-default", Severity.NO_GO));
    }

    @Test
    void checkWhenAHashSitsUnderAKeyThatNamesNoPasswordShouldNotCallItACommittedHash() {
        assertThat(findings("config/app.yml", "release.checksum", BCRYPT)).extracting(Finding::code)
                .doesNotContain("secrets.committed-hash");
        assertThat(findings("deploy/.env", "ADMIN_PASSWORD_HASH", BCRYPT)).isEmpty();
    }
}
