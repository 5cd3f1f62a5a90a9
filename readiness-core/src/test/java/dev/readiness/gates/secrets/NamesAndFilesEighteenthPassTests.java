package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the eighteenth pass from set 25's first contact: names of secrets rather than secrets (a Kamal list of
 * variable names, a registry's auth method, a key file's name beside its directory) and the password abbreviation
 * {@code PW}; each with a catch and a tempting neighbour.
 */
class NamesAndFilesEighteenthPassTests {

    private static List<String> codes(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    private static List<String> codes(String key, String value) {
        return codes(Settings.of(Map.of(key, value)), key);
    }

    @ParameterizedTest
    @CsvSource({"registry.password[0], KAMAL_REGISTRY_PASSWORD", "env.secret[0], RAILS_MASTER_KEY",
            "env.secret[1], POSTGRES_PASSWORD", "builder.secrets[2], GITHUB_TOKEN"})
    void aVariableNameInAListUnderASecretKeyShouldNameTheSecretNotHoldIt(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"registry.password[0], YOUR_REGISTRY_PASSWORD", "registry.password[0], CHANGE_ME_PASSWORD",
            "registry.password, KAMAL_REGISTRY_PASSWORD", "LNPAY_API_KEY, LNPAY_API_KEY"})
    void aPlaceholderAVariableNameOutsideAListOrALiteralShouldStillBeJudged(String key, String value) {
        assertThat(codes(key, value)).as(key + "=" + value).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"htpasswd", "htdigest", "silly", "basic", "token"})
    void anAuthMethodNameUnderAnAuthKeyShouldNotBeJudgedAsAPassword(String value) {
        assertThat(codes("REGISTRY_AUTH", value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"htpasswd123", "myhtpasswd!", "s3cr3t-pass"})
    void aPasswordShapedValueUnderAnAuthKeyShouldStillBeJudged(String value) {
        assertThat(codes("REGISTRY_AUTH", value)).as(value).isNotEmpty();
    }

    /** The codes for {@code key} in a properties file of {@code lines} joined by {@code |}. */
    private static List<String> codesIn(String lines, String key) {
        return codes(Settings.builder().properties("app.properties", lines.replace('|', '\n') + "\n").build(), key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "CONTAINER_PRIVATE_KEYS_DIR=/opt/BaritoMarket/config/private_keys|CONTAINER_PRIVATE_KEY=barito;"
                    + " CONTAINER_PRIVATE_KEY",
            "ssl.key.dir=./certs|ssl.key=server; ssl.key"})
    void aShortNameBesideTheKeysDirectoryShouldBeAFileNameInIt(String lines, String key) {
        assertThat(codesIn(lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"CONTAINER_PRIVATE_KEY=barito; CONTAINER_PRIVATE_KEY",
            "CONTAINER_PRIVATE_KEYS_DIR=private_keys|CONTAINER_PRIVATE_KEY=barito; CONTAINER_PRIVATE_KEY",
            "ADMIN_PASSWORD_DIR=/var/lib/app|ADMIN_PASSWORD=admin123; ADMIN_PASSWORD",
            "KEYS_DIR=/opt/app/keys|SIGNING_KEY=barito; SIGNING_KEY"})
    void aNameWithoutADirectorySiblingOrAValueThatIsNoNameShouldStillBeJudged(String lines, String key) {
        assertThat(codesIn(lines, key)).as(lines).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BTC_RPC_PW", "DB_PW", "mysql.pw", "adminPw"})
    void pwAsTheLastWordShouldNameAPassword(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).as(key).isEqualTo(Optional.of(SecretPurpose.PASSWORD));
        assertThat(codes(Settings.builder().dotenv("app.env", "BTC_RPC_USER=btc\n" + key + "=btc\n").build(), key))
                .as(key).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PW", "PW_RESET_URL", "pw.policy.min-length", "POWER_PW_MODE_DIR"})
    void pwAloneOrBeforeOtherWordsShouldNameNoPassword(String key) {
        assertThat(SecretKeys.defaults().purpose(key)).as(key).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"appsettings.json, WARN secrets.shared-default", "src/Api/appsettings.json, WARN secrets.shared-default",
            "appsettings.Staging.json, WARN secrets.packaged", "appsettings.Production.json, NO_GO secrets.packaged",
            "settings.json, ''", "appsettings.json.md, ''", "myappsettings.json, ''"})
    void aDotNetAppSettingsFileShouldBeTheApplicationsBaseConfiguration(String file, String expected) {
        Settings settings = Settings.builder().properties(file, "Jwt.SigningKey=" + Samples.base64(44, 58) + "\n")
                .build();

        List<String> findings = new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code()).toList();

        assertThat(findings).as(file).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }
}
