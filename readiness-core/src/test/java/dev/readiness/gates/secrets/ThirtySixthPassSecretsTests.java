package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thirty-sixth pass, secrets: a {@code hash_key} holding an issued key's shape is the key a service hashes with, a
 * {@code users} map under an {@code authentication} section maps user names to passwords (Gravitee), defaults read in
 * vendors' own code and tutorials are in the catalog, a secret that is the digest of the empty string is as public as
 * they are, and so is a key that steps through the alphabet the way an online key generator's keys do; coturn's
 * static {@code user=name:password} accounts are judged by their passwords. Each beside the clean value that tempts
 * it: DynamoDB hash keys, a hashing function's name, a random hash key, section settings of the map, random values
 * under the same keys, the empty string's digests under checksum and ETag keys, random text in hexadecimal, and a
 * Compose {@code user} or a TURN account with a strong password. Random values were generated for this test.
 */
class ThirtySixthPassSecretsTests {

    private static List<Finding> findingsOf(String line) {
        Settings settings = ApplicationConfig.builder().configText("service.properties", line + "\n").build()
                .settings();
        String key = line.substring(0, line.indexOf('='));
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .toList();
    }

    private static List<String> verdictsOf(String line) {
        return findingsOf(line).stream().map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "api_keys.hash_key=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                    + " ~ NO_GO secrets.guessable",
            "services.core.http.authentication.users.admin=adminadmin ~ NO_GO secrets.guessable",
            "management.authentication.users.ops=ops123 ~ NO_GO secrets.guessable",
            "IDPERMANENCEKEY=90733A75F19347118B3BE0030AB590A8 ~ NO_GO secrets.published-default",
            "jwt.issuer.key=thisismysupersecuressessionsecretlength ~ NO_GO secrets.published-default",
            "JupyterHub.cookie_secret=c336ff8bc0f477928cfc73454821ee11182e90a49de57f81e0919e66851349c6"
                    + " ~ NO_GO secrets.published-default",
            "ConfigurableHTTPProxy.auth_token=0bc02bede919e99a26de1e2a7a5aadfaf6228de836ec39a05a6c6942831d8fe5"
                    + " ~ NO_GO secrets.published-default",
            "app.auth.tokenSecret=926D96C90030DD58429D2751AC1BDBBC ~ NO_GO secrets.published-default",
            "bezkoder.app.jwtSecret=cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                    + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
                    + " ~ NO_GO secrets.published-default",
            "API_TOKEN=E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
                    + " ~ NO_GO secrets.published-default",
            "webhook.secret=d41d8cd98f00b204e9800998ecf8427e ~ NO_GO secrets.published-default",
            "admin.password.sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709 ~ NO_GO secrets.published-default",
            "app.jwt.secret=6250655368566D597133743677397A244326452948404D635166546A576E5A72 ~ NO_GO secrets.guessable",
            "jwt.secret=Yp3s6v9y$B&E)H@McQfTjWnZr4u7w!z%C ~ NO_GO secrets.guessable",
            "claims.continuation-secret=Yp3s5v8t/B?E(H+MbQeThWB?E(H+MbQeThW ~ NO_GO secrets.guessable"})
    void aHashingKeyAnAuthenticationUserOrAVendorDefaultShouldStopProduction(String line, String expected) {
        assertThat(verdictsOf(line)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "api_keys.hash_key=280243504c8fe8871f8983e57ea4dbf1d829b9c7173c733d7a0c75897b78a749",
            "config.dynamodb_hash_key=app_id",
            "HASH_KEY=LockID",
            "hash_key_function=murmur64",
            "cache.hash.key=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "services.core.http.authentication.users.admin=xIW8J47mEjxAqqEdtdypgLaO",
            "services.core.http.authentication.type=basic",
            "services.core.http.authentication.users.enabled=true",
            "services.core.http.authentication.users.file=/etc/gravitee/users",
            "services.core.http.authentication.users.admin.roles=ADMIN",
            "IDPERMANENCEKEY=5B1B35A341277D29E4165CC6244F4C94",
            "jwt.issuer.key=${FASTEN_JWT_ISSUER_KEY}",
            "EMPTY_PAYLOAD_SHA256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "app.download.checksum=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "cache.etag=da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "build.sha512=cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                    + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
            "jwt.secret=2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
            "hex.secret=507459676A6D55682542656C333169456C326870436859674366724C3173704E",
            "b64.secret=C5sn7B4YtwcilAwuVx6NuAsMWLusOSA/ldia40ZugDI="})
    void aDynamoHashKeyASectionSettingOrAnOwnRandomValueShouldStayClean(String line) {
        assertThat(verdictsOf(line)).isEmpty();
    }

    @Test
    void aCatalogFindingShouldNameTheKeyAndNeverTheValue() {
        String value = "90733A75F19347118B3BE0030AB590A8";
        List<Finding> findings = findingsOf("IDPERMANENCEKEY=" + value);
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.subject()).isEqualTo("IDPERMANENCEKEY");
        assertThat(finding.message() + finding.remediation()).doesNotContain(value.substring(0, 4))
                .doesNotContain(value.substring(value.length() - 4));
    }

    private static List<String> verdictsOf(String key, String... lines) {
        Settings settings = ApplicationConfig.builder()
                .configText("turnserver.properties", String.join("\n", lines) + "\n").build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @Test
    void aStaticTurnAccountBesideLongTermCredentialsShouldBeJudgedByItsPassword() {
        assertThat(verdictsOf("user", "lt-cred-mech=", "realm=turn.example.org", "user=username:password"))
                .containsExactly("NO_GO secrets.placeholder");
        assertThat(verdictsOf("user", "lt-cred-mech=", "user=verolux:verolux123")).isNotEmpty()
                .allMatch(verdict -> verdict.startsWith("NO_GO"));
        assertThat(verdictsOf("user", "lt-cred-mech=", "user=relay:Qm7xT2vR9pLw4ZsK8nYb3HcE")).isEmpty();
        assertThat(verdictsOf("user", "user=www-data:www-data")).isEmpty();
        assertThat(verdictsOf("user", "lt-cred-mech=", "user=openhab")).isEmpty();
    }

    @Test
    void aSteppedKeyNeedsTwelveStepsMostlyOfThreeOrFourPlaces() {
        assertThat(SteppedKeys.isStepped("Yp3s6v9y$B&E)H@McQfTjWnZr4u7w!z%C")).isTrue();
        assertThat(SteppedKeys.isStepped("404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970")).isTrue();
        assertThat(SteppedKeys.isStepped("Yp3s6v9y$B&E")).isFalse();
        assertThat(SteppedKeys.isStepped("adgjmpsvybehknqt")).isTrue();
        assertThat(SteppedKeys.isStepped("abcdefghijklmnopqrstuvwxyz")).isFalse();
        assertThat(SteppedKeys.isStepped("xIW8J47mEjxAqqEdtdypgLaO")).isFalse();
        assertThat(SteppedKeys.bits("Yp3s6v9y$B&E)H@McQfTjWnZr4u7w!z%C", 8)).isEqualTo(8);
    }

    @Test
    void onlyAHashWordRightBeforeTheLastKeyMakesAHashingKey() {
        String hex = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assertThat(BareKeys.holdsIssuedKey("api_keys.hash_key", hex)).isTrue();
        assertThat(BareKeys.holdsIssuedKey("HASH_KEY", hex)).isTrue();
        assertThat(BareKeys.holdsIssuedKey("hash.partition.key", hex)).isFalse();
        assertThat(BareKeys.holdsIssuedKey("cache.hash.key", hex)).isFalse();
        assertThat(BareKeys.holdsIssuedKey("api_keys.hash_key", "app_id")).isFalse();
    }

    @Test
    void onlyAUsersMapRightUnderAnAuthenticationSectionHoldsPasswords() {
        assertThat(BasicAuthUsers.namesUserMapEntry("services.core.http.authentication.users.admin")).isTrue();
        assertThat(BasicAuthUsers.namesUserMapEntry("authentication.users.admin")).isTrue();
        assertThat(BasicAuthUsers.namesUserMapEntry("users.admin")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("app.users.admin")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("preauthentication.users.admin")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("authentication.users.enabled")).isFalse();
        assertThat(BasicAuthUsers.namesUserMapEntry("authentication.users.admin.roles")).isFalse();
    }
}
