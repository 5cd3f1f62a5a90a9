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
 * Rules of the thirty-fourth pass on the secrets side: mesh network keys written as byte lists (Z-Wave, Zigbee),
 * Zigbee2MQTT's {@code GENERATE} keyword, and the server identity pair of Nacos's auth plug-in. Each catch has a
 * tempting clean neighbour. The random byte lists were generated for this test; the counted ones are the published
 * samples named in the rules.
 */
class ThirtyFourthPassSecretsNetworkKeysTests {

    private static final String COUNTED = "0x01,0x02,0x03,0x04,0x05,0x06,0x07,0x08,0x09,0x0A,0x0B,0x0C,0x0D,0x0E,0x0F,0x10";
    private static final String RANDOM = "0x5a,0x13,0xf0,0x8b,0x61,0xc2,0x3d,0x9e,0x47,0xa8,0x0f,0xd4,0x76,0x2b,0xe9,0x11";

    private static List<String> findingsIn(String file, String lines, String key) {
        String text = lines.replace('|', '\n') + "\n";
        Settings settings = file.endsWith(".env") ? Settings.builder().dotenv(file, text).build()
                : ApplicationConfig.builder().configText(file, text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key))
                .map(finding -> finding.severity() + " " + finding.code()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "secrets.properties ~ zwave_networkkey=" + COUNTED + " ~ zwave_networkkey",
            "configuration.properties ~ zwave.network_key=0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10 ~ zwave.network_key",
            "configuration.properties ~ advanced.network_key=[1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13] ~ advanced.network_key",
            "app.env ~ ZIGBEE_NETWORK_KEY=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0 ~ ZIGBEE_NETWORK_KEY"})
    void aNetworkKeyWhoseBytesCountShouldBeGuessable(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).containsExactly("NO_GO secrets.guessable");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "secrets.properties ~ zwave_networkkey=" + RANDOM + " ~ zwave_networkkey",
            "configuration.properties ~ advanced.network_key=[92, 201, 7, 148, 33, 250, 119, 64, 5, 188, 71, 230, 14, 97, 160, 42] ~ advanced.network_key",
            "app.properties ~ network.name=backend ~ network.name",
            "app.properties ~ network.keepalive=30 ~ network.keepalive",
            "app.properties ~ allowed.ports=1,2,3,4,5,6,7,8,9 ~ allowed.ports"})
    void aRandomNetworkKeyOrANetworkSettingShouldStayClean(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "configuration.properties ~ mqtt.password=change-me|advanced.network_key=GENERATE ~ advanced.network_key",
            "app.env ~ ZIGBEE_NETWORK_KEY=GENERATE ~ ZIGBEE_NETWORK_KEY",
            "configuration.properties ~ advanced.pan_id=GENERATE|advanced.ext_pan_id=GENERATE ~ advanced.ext_pan_id"})
    void zigbee2mqttsGenerateKeywordShouldBeNoKey(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "app.env ~ SECRET_KEY=generate ~ SECRET_KEY",
            "app.env ~ SECRET_KEY=generated ~ SECRET_KEY",
            "app.env ~ SECRET_KEY=Generate ~ SECRET_KEY",
            "app.env ~ SECRET_KEY=GENERATE ~ SECRET_KEY",
            "app.env ~ NETWORK_KEY=generate ~ NETWORK_KEY"})
    void aGenerateWordThatIsNoProductKeywordShouldStillBeJudged(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).isNotEmpty().allMatch(finding -> finding.startsWith("NO_GO secrets."));
    }

    @Test
    void nacossPublishedServerIdentityShouldBeASecret() {
        String lines = "nacos.core.auth.enabled=true|nacos.core.auth.server.identity.key=serverIdentity"
                + "|nacos.core.auth.server.identity.value=security";
        assertThat(findingsIn("application.properties", lines, "nacos.core.auth.server.identity.value"))
                .containsExactly("NO_GO secrets.guessable");
        assertThat(findingsIn("application.properties", lines, "nacos.core.auth.server.identity.key"))
                .containsExactly("NO_GO secrets.guessable");
        assertThat(findingsIn("nacos.env", "NACOS_AUTH_ENABLE=true|NACOS_AUTH_IDENTITY_KEY=|NACOS_AUTH_IDENTITY_VALUE=",
                "NACOS_AUTH_IDENTITY_VALUE")).containsExactly("NO_GO secrets.blank");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "nacos.env ~ NACOS_AUTH_IDENTITY_VALUE=Qm7xT2vR9pLw4ZsK8nYb3HcE ~ NACOS_AUTH_IDENTITY_VALUE",
            "application.properties ~ app.identity.value=customer ~ app.identity.value",
            "application.properties ~ spring.cloud.azure.identity.key=managed ~ spring.cloud.azure.identity.key",
            "application.properties ~ server.identity.value-type=string ~ server.identity.value-type"})
    void aRandomIdentityOrAnotherIdentitySettingShouldStayClean(String file, String lines, String key) {
        assertThat(findingsIn(file, lines, key)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "WECHAT_PAY_API_KEY=192006250b4c09247ec02edce69f6a2d ~ WECHAT_PAY_API_KEY",
            "NACOS_AUTH_TOKEN=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg= ~ NACOS_AUTH_TOKEN",
            "CANAL_ADMIN_PASSWD=4ACFE3202A5FF5CF467898FC58AAB1D615029441 ~ CANAL_ADMIN_PASSWD"})
    void theDocumentedChineseStackKeysShouldBePublishedDefaults(String lines, String key) {
        assertThat(findingsIn("prod.env", lines, key)).containsExactly("NO_GO secrets.published-default");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "WECHAT_PAY_API_KEY=7c41d09be25a8f36b1e04d9a72c5f813 ~ WECHAT_PAY_API_KEY",
            "NACOS_AUTH_TOKEN=cVh3Tm9xR2ZLMnBaWDdtUjRzVnlCOGRFNmpMMXdDdEE= ~ NACOS_AUTH_TOKEN"})
    void freshKeysOfTheSameShapeShouldStayClean(String lines, String key) {
        assertThat(findingsIn("prod.env", lines, key)).isEmpty();
    }

    @Test
    void countingRunsShouldNeedEightBytesAndAtMostThreeRuns() {
        assertThat(ByteSequences.counts(COUNTED)).isTrue();
        assertThat(ByteSequences.counts(RANDOM)).isFalse();
        assertThat(ByteSequences.counts("1,2,3,4,5,6,7")).isFalse();
        assertThat(ByteSequences.counts("1,2,3,9,8,7,20,30,40,55,56,57")).isFalse();
        assertThat(ByteSequences.counts("1,2,3,256,5,6,7,8")).isFalse();
        assertThat(ByteSequences.counts("a,b,c,d,e,f,g,h")).isFalse();
    }
}
