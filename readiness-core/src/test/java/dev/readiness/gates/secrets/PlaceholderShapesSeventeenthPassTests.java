package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.internal.MavenResourceTokens;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Placeholder and inline-password shapes of the seventeenth pass: each rule with a catch and a clean neighbour. */
class PlaceholderShapesSeventeenthPassTests {

    private static List<String> codes(String key, String value) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings()
                .stream().filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<<CHECK_VAULT>>", "<<SET_IN_CI>>", "[[DJANGO_SECRET]]", "<<your secret key>>"})
    void aWordInDoubleBracketsShouldBeAPlaceholder(String value) {
        assertThat(codes("DJANGO_SECRET_KEY", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<<q8#Lk2>>x9Tz4Rw7Bn3Vm", "Xk9<<Tq2Lm8Wz4>>Rv7Bp3", "[[Xk9#Tq2]]Lm8Wz4Rv7Bp3Yq"})
    void aRandomValueThatHoldsDoubleBracketsShouldNotBeAPlaceholder(String value) {
        assertThat(codes("DJANGO_SECRET_KEY", value)).as(value).doesNotContain("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MYSQL_USER='root'; MYSQL_PASS='password'; MYSQL_HOST='ac-database'; MYSQL_PORT='3306';",
            "DB_USER=app;DB_PASSWORD=changeme;DB_HOST=db"})
    void aWeakPasswordAmongShellAssignmentsInAValueShouldBeReported(String value) {
        assertThat(codes("DB_AUTH_CONF", value)).as(value).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MYSQL_USER='app'; MYSQL_PASS='Xk9vTq2Lm8Wz4Rv7Bp3Yq6'; MYSQL_HOST='db'",
            "MYSQL_USER=app; MYSQL_PASS=${MYSQL_PASSWORD}; MYSQL_HOST=db",
            "Server=db;User Id=sa;Password=password;Encrypt=True", "PASSWORD_POLICY=strict;MIN_LENGTH=12"})
    void aStrongReferencedOrConnectionStringPasswordAmongPairsShouldBeLeftToOtherChecks(String value) {
        assertThat(codes("DB_AUTH_CONF", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@db.password@", "@project.version@", "@JWT_SECRET@"})
    void aTokenThatTheBuildFillsInShouldLeaveNothingToJudge(String value) {
        assertThat(codes("spring.datasource.password", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "@@", "admin@example.com", "@1abc@", "p@ss@word"})
    void aValueWithAtSignsThatIsNoBuildTokenShouldStillBeJudged(String value) {
        assertThat(MavenResourceTokens.isWholeToken(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNSET", "EMPTY", "REDACTED"})
    void aFillerWordInCapitalsUnderABasicAuthKeyShouldBeAPlaceholder(String value) {
        assertThat(codes("hocs.basicauth", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BASIC", "OAUTH2", "NONE", "DEFAULT", "true"})
    void aModeWordOrEnumConstantUnderAnAuthKeyShouldStayClean(String value) {
        assertThat(codes("hocs.basicauth", value)).as(value).isEmpty();
        assertThat(codes("API_AUTH", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234", "0123456789", "1234567890", "123"})
    void digitsCountedUpAsAnAccessKeyIdShouldBeAPlaceholder(String value) {
        assertThat(codes("aws.sqs.access.key", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12354", "12", "2345678", "AKIAQ7ZB3HZ4KX2PLM5T"})
    void anAccessKeyIdThatDoesNotCountUpShouldStayClean(String value) {
        assertThat(codes("aws.sqs.access.key", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"replace-with-your-admin-key-hash", "your-admin-key-hash-here"})
    void aTemplatePhraseUnderASecretHashKeyShouldBeAPlaceholderThoughItLooksLikeBase64(String value) {
        assertThat(codes("ADMIN_KEY_HASH", value)).as(value).containsExactly("secrets.placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z3VhcmQtYmFzZTY0LWRpZ2VzdC1oZXJlLTEyMw",
            "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"})
    void aDigestUnderASecretHashKeyShouldStayClean(String value) {
        assertThat(codes("ADMIN_KEY_HASH", value)).as(value).isEmpty();
    }

    @Test
    void aStellarSecretSeedShouldBePrivateKeyMaterialAndAnAccountIdShouldNot() {
        byte[] key = new byte[32];
        new java.util.Random(1717).nextBytes(key);
        String seed = strKey(18 << 3, key);
        assertThat(PrivateKeyMaterial.isStellarSecretSeed(seed)).isTrue();
        Settings file = Settings.builder().dotenv("anchor.env", "SEP10_SIGNING_SEED=" + seed + "\n").build();
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, file)).findings())
                .extracting(Finding::code).containsExactly("secrets.private-key-in-file");
        assertThat(PrivateKeyMaterial.isStellarSecretSeed(strKey(6 << 3, key))).isFalse();
        char last = seed.charAt(55);
        String broken = seed.substring(0, 55) + (last == 'A' ? 'B' : 'A');
        assertThat(PrivateKeyMaterial.isStellarSecretSeed(broken)).isFalse();
    }

    /** SEP-23 StrKey: version byte, payload, CRC16-XModem little-endian, base32 without padding. */
    private static String strKey(int version, byte[] payload) {
        byte[] data = new byte[payload.length + 3];
        data[0] = (byte) version;
        System.arraycopy(payload, 0, data, 1, payload.length);
        int crc = 0;
        for (int i = 0; i < payload.length + 1; i++) {
            crc ^= (data[i] & 0xff) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x1021) & 0xffff : crc << 1 & 0xffff;
            }
        }
        data[data.length - 2] = (byte) crc;
        data[data.length - 1] = (byte) (crc >> 8);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(alphabet.charAt(buffer >> bits & 31));
            }
        }
        return text.toString();
    }
}
