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
 * {@code users} map under an {@code authentication} section maps user names to passwords (Gravitee), and defaults read
 * in vendors' own code are in the catalog. Each beside the clean value that tempts it: DynamoDB hash keys, a hashing
 * function's name, a random hash key, section settings of the map, and random values under the same keys. Random
 * values were generated for this test.
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
                    + " ~ NO_GO secrets.published-default"})
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
            "jwt.issuer.key=${FASTEN_JWT_ISSUER_KEY}"})
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
