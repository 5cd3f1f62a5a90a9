package dev.readiness.gates.sandbox;

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
 * Blind sets 91 to 94 (thirty-third pass: data platforms, IoT, web3 and bots, e-commerce): retired test networks'
 * chain ids and Truffle's network ids, a network name in camel case, a chain node's unfilled slot, an object store's
 * client with TLS off, a directory that checks users' logins over plain LDAP, a dummy payment handler, and a template
 * address in a switched-off section. Each rule beside the clean value that tempts it.
 */
class ThirtyThirdPassLeadSandboxTests {

    @TempDir
    Path directory;

    private List<String> findings(String fileName, String text) throws IOException {
        Path file = Files.writeString(directory.resolve(fileName), text);
        ApplicationConfig.Builder builder = ApplicationConfig.builder();
        Settings settings = (fileName.endsWith(".env") ? builder.envFile(file) : builder.configFile(file)).build()
                .settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .map(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .toList();
    }

    @Test
    void aRetiredTestNetworksChainIdShouldBeNoGo() throws IOException {
        assertThat(findings("chainlink.env", "ETH_CHAIN_ID=4\n"))
                .containsExactly("NO_GO sandbox.test-network ETH_CHAIN_ID");
        assertThat(findings("a.env", "CHAIN_ID=42\nL2_CHAIN_ID=421613\n")).hasSize(2);
        assertThat(findings("a.env", "CHAIN_ID=1\nL2_CHAIN_ID=42161\nPOLYGON_CHAIN_ID=137\n")).isEmpty();
    }

    @Test
    void aNetworkIdShouldBeReadWhereItCanOnlyBeAChains() throws IOException {
        assertThat(findings("truffle-config.properties", """
                networks.kovan.network_id=42
                networks.bscTest.network_id=97
                networks.development.network_id=1337
                networks.mainnet.network_id=1
                """)).containsExactlyInAnyOrder("NO_GO sandbox.test-network networks.kovan.network_id",
                        "NO_GO sandbox.test-network networks.bscTest.network_id");
        assertThat(findings("a.env", "VITE_NETWORK_ID=560048\n")).hasSize(1);
        assertThat(findings("lora.env", "NETWORK_ID=42\nLORA_NETWORK_ID=97\nNETWORK_ID_PREFIX=3\n")).isEmpty();
    }

    @Test
    void aTestNetworksNameInCamelCaseShouldBeNoGo() throws IOException {
        assertThat(findings("a.env", "NEXT_PUBLIC_NETWORK=polygonMumbai\n")).hasSize(1);
        assertThat(findings("a.env", "NEXT_PUBLIC_NETWORK=polygonMainnet\nDEFAULT_CHAIN=arbitrumOne\n"
                + "APP_ENVIRONMENT=mumbaiOffice\n")).isEmpty();
    }

    @Test
    void aChainNodesOrBrokersUnfilledSlotShouldBeNoGo() throws IOException {
        assertThat(findings("node.env", "BASE_NODE_L1_ETH_RPC=<your-preferred-l1-rpc>\nMQTT_BROKER=<your broker>\n"))
                .containsExactlyInAnyOrder("NO_GO sandbox.reserved-host BASE_NODE_L1_ETH_RPC",
                        "NO_GO sandbox.reserved-host MQTT_BROKER");
        assertThat(findings("node.env", "BASE_NODE_L1_ETH_RPC=https://eth-mainnet.public.blastapi.io\n"
                + "MQTT_BROKER=<none>\nNODE_NAME=<hostname>\n")).isEmpty();
    }

    @Test
    void anObjectStoreClientWithTlsOffShouldBeNoGo() throws IOException {
        assertThat(findings("spark-defaults.properties", """
                spark.hadoop.fs.s3a.connection.ssl.enabled=false
                spark.hadoop.fs.s3a.endpoint=http://objects.acme-corp.com:9000
                """)).containsExactly("NO_GO sandbox.tls-off spark.hadoop.fs.s3a.connection.ssl.enabled");
        // beside a Compose service's endpoint (http://minio:9000) it is a WARN since the forty-first pass
        assertThat(findings("a.env", "STORAGE_USE_SSL=false\n")).hasSize(1);
        assertThat(findings("a.env", "STORAGE_USE_SSL=true\nS3_VERIFY_SSL=false\nMINIO_SSL_ENABLED=true\n"
                + "COOKIE_SECURE=false\nDB_STORAGE_PATH=false\nS3_SKIP_SSL=false\n")).doesNotContain(
                        "NO_GO sandbox.tls-off STORAGE_USE_SSL", "NO_GO sandbox.tls-off S3_VERIFY_SSL",
                        "NO_GO sandbox.tls-off S3_SKIP_SSL");
    }

    @Test
    void aDirectoryThatChecksUsersLoginsOverPlainLdapShouldBeNoGo() throws IOException {
        assertThat(findings("hive-site.properties", """
                hive.server2.authentication=LDAP
                hive.server2.authentication.ldap.url=ldap://192.168.64.1:389
                """)).containsExactly("NO_GO sandbox.tls-off hive.server2.authentication.ldap.url");
        // a directory address that checks no logins is no NO-GO; since the thirty-ninth pass plain ldap:// to a public
        // name is a WARN of its own (the binds still cross networks the service does not control)
        assertThat(findings("hive-site.properties", """
                hive.server2.authentication.ldap.url=ldaps://ldap.acme.io:636
                directory.ldap.url=ldap://ldap.acme.io:389
                """)).containsExactly("WARN sandbox.tls-off directory.ldap.url");
        assertThat(findings("hive-site.properties", """
                directory.ldap.url=ldap://ldap.acme.internal:389
                """)).isEmpty();
    }

    @Test
    void aDummyPaymentHandlerShouldBeNoGo() throws IOException {
        assertThat(findings("vendure-config.properties", """
                paymentOptions.paymentMethodHandlers[0]=dummyPaymentHandler
                """)).containsExactly("NO_GO sandbox.test-mode paymentOptions.paymentMethodHandlers[0]");
        assertThat(findings("vendure-config.properties", """
                paymentOptions.paymentMethodHandlers[0]=stripePaymentMethodHandler
                payment.provider=mockingbirdPay
                logging.handler=dummyLogHandler
                """)).isEmpty();
    }

    @Test
    void aTemplateAddressInASwitchedOffSectionShouldBeLeftUnlessTheFileIsATemplate() throws IOException {
        String text = """
                scaling.enabled=false
                scaling.endpoint=https://nomad.example.com/v1/job/bot/scale
                """;
        assertThat(findings("config.properties", text)).isEmpty();
        assertThat(findings("config.template.properties", text))
                .containsExactly("NO_GO sandbox.reserved-host scaling.endpoint");
        assertThat(findings("config.properties", text.replace("false", "true")))
                .containsExactly("NO_GO sandbox.reserved-host scaling.endpoint");
    }

    @Test
    void aServersTlsPortOfZeroShouldWarn() throws IOException {
        assertThat(findings("chainlink.env", "CHAINLINK_TLS_PORT=0\n"))
                .containsExactly("WARN sandbox.tls-off CHAINLINK_TLS_PORT");
        assertThat(findings("chainlink.env", "CHAINLINK_TLS_PORT=6689\nREDIS_TLS_PORT=0\nMETRICS_PORT=0\n")).isEmpty();
        assertThat(findings("chainlink.env", "CHAINLINK_TLS_PORT=0\nINGRESS_ENABLED=true\n")).isEmpty();
    }

    @Test
    void aPasswordResetOrEmailChangeLinkOnLocalhostShouldBeNoGo() throws IOException {
        assertThat(findings("vendure-config.properties", """
                plugins.EmailPlugin.globalTemplateVars.passwordResetUrl=http://localhost:8080/password-reset
                plugins.EmailPlugin.globalTemplateVars.changeEmailAddressUrl=http://localhost:8080/verify-change
                """)).hasSize(2).allMatch(finding -> finding.startsWith("NO_GO sandbox.local-public-url"));
        assertThat(findings("a.properties", "auth.password-reset-api-url=http://localhost:9000/reset\n"))
                .noneMatch(finding -> finding.startsWith("NO_GO"));
    }
}
