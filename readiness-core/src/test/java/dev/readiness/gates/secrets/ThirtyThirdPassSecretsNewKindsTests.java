package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of the thirty-third pass on the secrets side, from probing configuration kinds the corpus barely holds
 * (Trino catalogs, Home Assistant and ESPHome, Node-RED, EMQX, Ganache and Telegram bots), each with a catch and a
 * tempting clean neighbour. Every credential-looking value here was generated for this test or is a documented
 * sample; none is a live credential from a public file.
 */
class ThirtyThirdPassSecretsNewKindsTests {

    private static final String RANDOM_24 = "Vq7tZ2mXe9LpR4sKw8NbYc3H";

    /** Findings for {@code key} in a file of {@code lines} joined by {@code |}; a properties file is read as the CLI reads it. */
    private static List<String> findingsIn(String file, String lines, String key) {
        String text = lines.replace('|', '\n') + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : ApplicationConfig.builder().configText(file, text).build().settings();
        return judged(settings, key);
    }

    private static List<String> findingsInYaml(String text, String key) {
        return judged(ApplicationConfig.builder().configText("configuration.yaml", text).build().settings(), key);
    }

    private static List<String> judged(Settings settings, String key) {
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "postgres.properties ~ connector.name=postgresql|connection-password=${ENV:PG_PASSWORD} ~ connection-password",
            "mysql.properties ~ connector.name=mysql|connection-user=${ENV:MYSQL_USER} ~ connection-user",
            "app.properties ~ jwt.secret=${ENV:JWT_SECRET_KEY} ~ jwt.secret"})
    void trinosEnvironmentReferenceShouldBeLeftToTheEnvironment(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "postgres.properties ~ connection-password=${ENV:PG_PASSWORD:changeme} ~ connection-password",
            "postgres.properties ~ connection-password=${ENV:PG_PASSWORD:-changeme} ~ connection-password",
            "postgres.properties ~ connection-password=${ENV:password} ~ connection-password",
            "postgres.properties ~ connection-password=${PG_PASSWORD:changeme} ~ connection-password"})
    void aDefaultOrALowerCaseNameAfterEnvShouldStillBeJudged(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isNotEmpty()
                .allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @Test
    void homeAssistantsSecretTagInYamlShouldNameAnEntryNotAPassword() {
        String yaml = """
                wifi:
                  ssid: !secret wifi_ssid
                  password: !secret wifi_password
                api:
                  encryption:
                    key: !secret api_encryption_key
                ota:
                  - platform: esphome
                    password: !secret ota_password
                recorder:
                  db_url: !env_var HA_DB_URL
                mqtt:
                  password: mqttpassword
                """;
        assertThat(findingsInYaml(yaml, "wifi.password")).isEmpty();
        assertThat(findingsInYaml(yaml, "api.encryption.key")).isEmpty();
        assertThat(findingsInYaml(yaml, "ota[0].password")).isEmpty();
        assertThat(findingsInYaml(yaml, "mqtt.password")).singleElement().asString().startsWith("NO_GO secrets.");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "esphome.properties ~ wifi.password=!secret wifi_password ~ wifi.password",
            "configuration.properties ~ http.api_password=!secret http_password ~ http.api_password",
            "configuration.properties ~ recorder.db_password=!env_var RECORDER_DB_PASSWORD ~ recorder.db_password"})
    void aFlattenedSecretTagShouldBeDeferred(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "esphome.properties ~ wifi.password=wifi_password ~ wifi.password",
            "esphome.properties ~ wifi.password=!secret ~ wifi.password",
            "esphome.properties ~ wifi.password=!secret wifi password here ~ wifi.password"})
    void theEntrysNameAloneOrATagWithoutOneShouldStillStop(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isNotEmpty()
                .allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "emqx.properties ~ node.cookie=emqxsecretcookie ~ node.cookie",
            "emqx.env ~ EMQX_NODE__COOKIE=emqxsecretcookie ~ EMQX_NODE__COOKIE",
            "vernemq.properties ~ distributed_cookie=vmq_cookie ~ distributed_cookie"})
    void aBrokersDistributionCookieShouldBeJudgedAsASecret(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).singleElement().asString().startsWith("NO_GO secrets.");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "emqx.properties ~ node.cookie=" + RANDOM_24 + " ~ node.cookie",
            "emqx.env ~ EMQX_NODE__COOKIE=${EMQX_COOKIE} ~ EMQX_NODE__COOKIE",
            "app.properties ~ session.cookie=SESSIONID ~ session.cookie",
            "app.properties ~ server.servlet.session.cookie.name=JSESSIONID ~ server.servlet.session.cookie.name"})
    void aRandomCookieOrABrowserCookiesNameShouldPass(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "settings.properties ~ adminAuth.users[0].password=$2a$08$zZWtXTja0fB1pzD4sHCMyOCMYz2Z6dNbM6tl8sJogENOMcxWV9DN."
                    + " ~ adminAuth.users[0].password",
            ".env ~ MNEMONIC=myth like bonus scare over problem client lizard pioneer submit female collect ~ MNEMONIC",
            ".env ~ DEPLOYER_PRIVATE_KEY=0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d"
                    + " ~ DEPLOYER_PRIVATE_KEY",
            ".env ~ TELEGRAM_BOT_TOKEN=110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw ~ TELEGRAM_BOT_TOKEN"})
    void documentedSampleCredentialsOfNewKindsShouldBePublishedDefaults(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "settings.properties ~ adminAuth.users[0].password=$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
                    + " ~ adminAuth.users[0].password",
            ".env ~ DEPLOYER_PRIVATE_KEY=0x7d3c9f1e2b4a6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d"
                    + " ~ DEPLOYER_PRIVATE_KEY"})
    void aHashOrKeyOfOnesOwnShouldNotBeAPublishedDefault(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).doesNotContain("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            ".env ~ SEED_PHRASE=word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 ~ SEED_PHRASE",
            ".env ~ MNEMONIC=word1 word2 ... word12 ~ MNEMONIC",
            ".env ~ RECOVERY_PHRASE=abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                    + " abandon about ~ RECOVERY_PHRASE",
            ".env ~ WALLET_SEED=candy maple cake sugar pudding cream honey rich smooth crumble sweet treat ~ WALLET_SEED",
            ".env ~ VALID_API_KEYS=key_1,key_2,key_3 ~ VALID_API_KEYS"})
    void aStandInOrPublishedRecoveryPhraseShouldStop(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).singleElement().asString().startsWith("NO_GO secrets.");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            ".env ~ RANDOM_SEED=42 ~ RANDOM_SEED",
            ".env ~ DB_SEED=true ~ DB_SEED",
            ".env ~ SEED_PHRASE_LENGTH=12 ~ SEED_PHRASE_LENGTH",
            ".env ~ seed.admin.email=admin@shop.example ~ seed.admin.email",
            ".env ~ SEED_PHRASE=${WALLET_SEED_PHRASE} ~ SEED_PHRASE",
            ".env ~ KAFKA_BROKERS=broker1,broker2,broker3 ~ KAFKA_BROKERS",
            ".env ~ API_KEYS=" + RANDOM_24 + ",Hs3Vj9Bn2Yc8LpQz7Wm4Kx6R ~ API_KEYS"})
    void seedsOfDataAndListsOfNamesShouldPass(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "word1 word2 word3", "word1 word2 ... word12", "key_1,key_2,key_3", "secret-0;secret-1;secret-2",
            "pass1/pass2/pass3"})
    void aListOfOneStemNumberedInOrderShouldBeAStandIn(String value) {
        assertThat(NumberedStandIns.isStandIn(value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "word1 word2", "word1 word3 word4", "alpha1 beta2 gamma3", "word2 word3 word4",
            "orchid maple river stone cloud amber", "replica1 replica2 ... replica0", "a1 a2 a3"})
    void wordsThatAreNotOneStemCountingUpShouldNot(String value) {
        assertThat(NumberedStandIns.isStandIn(value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "internal_users.properties ~ admin.hash=$2a$12$VcCDgh2NDk07JGN0rjGbM.Ad41qVR/YFJcgHp0UGns5JDymv..TOG ~ admin.hash",
            "internal_users.properties ~ kibanaserver.hash=$2a$12$4AcgAt3xwOWadA5s5blL6ev39OXDNhmOesEoo33eZtrq2N0YrU3H."
                    + " ~ kibanaserver.hash"})
    void openSearchsDemoUserHashesShouldBePublishedDefaultsUnderAnyKey(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "internal_users.properties ~ admin.hash=$2b$12$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy ~ admin.hash",
            "internal_users.properties ~ admin.description=$ Demo admin user ~ admin.description",
            "internal_users.properties ~ admin.hash= ~ admin.hash"})
    void aHashOfOnesOwnOrOtherTextUnderAHashKeyShouldPass(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }

    @Test
    void supersetsOldDefaultKeyAsItsSourceWritesItShouldBeAPublishedDefault() {
        String written = "SECRET_KEY=\\\\2\\\\1thisismyscretkey\\\\1\\\\2\\\\e\\\\y\\\\y\\\\h";
        assertThat(findingsIn("superset_config.properties", written, "SECRET_KEY"))
                .containsExactly("NO_GO secrets.published-default");
        assertThat(findingsIn("superset_config.properties", "SECRET_KEY=\\\\2\\\\1" + RANDOM_24, "SECRET_KEY"))
                .doesNotContain("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "bots.env ~ BOT_TOKEN2=changeme ~ BOT_TOKEN2",
            "bots.env ~ OPENAI_API_KEY2=changeme ~ OPENAI_API_KEY2",
            "bots.env ~ JWT_SECRET1=secret ~ JWT_SECRET1",
            "bots.env ~ SIGNING_PASSPHRASE2= ~ SIGNING_PASSPHRASE2"})
    void aSecretWordWithANumberGluedOnShouldStillNameASecret(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).singleElement().asString().startsWith("NO_GO secrets.");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "bots.env ~ PORT2=changeme ~ PORT2",
            "bots.env ~ HASH_MD5=changeme ~ HASH_MD5",
            "bots.env ~ KEY2=changeme ~ KEY2",
            "bots.env ~ PUBLIC_KEY2=changeme ~ PUBLIC_KEY2",
            "bots.env ~ BOT_TOKEN2=" + RANDOM_24 + " ~ BOT_TOKEN2"})
    void aNumberedWordThatIsNoSecretOrAStrongValueShouldPass(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).as(lines).isEmpty();
    }
}
