package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blind sets 92 and 93 (thirty-third pass: IoT and web3): Home Assistant's {@code !secret} tags and ESPHome's
 * {@code $name} substitutions were judged as literal passwords (five false NO-GO), an EVM contract address and a token
 * symbol under {@code *_TOKEN_*} keys as secrets, a camera's {@code rtsp://} login and a file server's {@code ftp://}
 * login were never read, and EMQX's {@code node.cookie} was no secret key.
 */
class ThirtyThirdPassLeadSecretsTests {

    @TempDir
    Path directory;

    private List<String> findings(String fileName, String text) throws IOException {
        Path file = Files.writeString(directory.resolve(fileName), text);
        ApplicationConfig.Builder builder = ApplicationConfig.builder();
        Settings settings = (fileName.endsWith(".env") ? builder.envFile(file) : builder.configFile(file)).build()
                .settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .toList();
    }

    @Test
    void aYamlTagThatReadsTheSecretFromElsewhereShouldStayClean() throws IOException {
        assertThat(findings("configuration.properties", """
                mqtt.password=!secret mqtt_password
                mqtt.user_password=!secrets.yaml password
                api.key=!env_var HA_API_KEY
                """)).isEmpty();
        assertThat(findings("configuration.properties", "mqtt.password=!password123\nmqtt.secret=!secret\n"))
                .hasSize(2);
    }

    @Test
    void aLowerCaseSubstitutionShouldStayCleanAndALiteralDollarValueBeJudged() throws IOException {
        assertThat(findings("wifi.properties", """
                wifi.networks[0].password=$wifi_password
                wifi.ap.password=$fallback_pass
                ota.password=$password
                """)).isEmpty();
        assertThat(findings("wifi.properties", "wifi.password=$ecret!1\nota.password=$changeme\n")).hasSize(2);
    }

    @Test
    void anEvmAddressAndATokenSymbolShouldBeNoSecrets() throws IOException {
        assertThat(findings("dapp.env", """
                STAKING_TOKEN_CONTRACT_137=0x9A06Db14D639796B25A6ceC6A1bf614fd98815EC
                TOKEN_ADDRESS=0x909e34d3f6124c324ac83dcca84b74398a6fa173
                TOKEN_SYMBOL=panther
                TOKEN_DECIMALS=18
                """)).isEmpty();
        assertThat(findings("example.env", """
                DEPLOYER_PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
                TOKEN_ADDRESS=0x909e34d3f6124c324ac83dcca84b74398a6fa173
                """)).containsExactly("NO_GO secrets.published-default DEPLOYER_PRIVATE_KEY");
    }

    @Test
    void aCameraStreamsOrFileServersLoginShouldBeJudged() throws IOException {
        assertThat(findings("frigate.properties", """
                cameras.front.ffmpeg.inputs[0].path=rtsp://USERNAME:PASSWORD@192.168.1.2:554/cam/realmonitor
                backup.target=ftp://admin:admin123@files.acme.io/backups
                """)).hasSize(2).allMatch(finding -> finding.startsWith("NO_GO "));
        assertThat(findings("frigate.properties", """
                cameras.front.ffmpeg.inputs[0].path=rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.1.2:554/s
                cameras.back.ffmpeg.inputs[0].path=rtsp://192.168.1.3:554/stream1
                """)).isEmpty();
    }

    @Test
    void anErlangNodesCookieShouldBeASecret() throws IOException {
        assertThat(findings("emqx.properties", "node.cookie=emqxsecretcookie\n"))
                .containsExactly("NO_GO secrets.published-default node.cookie");
        assertThat(findings("emqx.properties", "node.cookie=${EMQX_NODE__COOKIE}\nhttp.cookie.secure=false\n"))
                .isEmpty();
    }

    @Test
    void aClientIdThatIsItsOwnVariablesNameShouldBeAPlaceholder() throws IOException {
        assertThat(findings("application-prod.properties", "paypal.clientId=PAYPAL_CLIENT_ID\n"))
                .containsExactly("NO_GO secrets.placeholder paypal.clientId");
        assertThat(findings("application-prod.properties", "paypal.clientId=AeA1QIZXiflr1_-r0U2UbWTziOWX1GRQer\n"
                + "paypal.clientId2=${PAYPAL_CLIENT_ID}\n")).isEmpty();
        assertThat(findings("custom-environment-variables.properties", "paypal.clientId=PAYPAL_CLIENT_ID\n"))
                .isEmpty();
    }
}
