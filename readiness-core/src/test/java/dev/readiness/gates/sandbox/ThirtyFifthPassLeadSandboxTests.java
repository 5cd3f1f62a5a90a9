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
 * Blind sets 104 to 107 (thirty-fifth pass: identity platforms, API gateways, Spring Cloud suites, communication
 * platforms): an issuer a service advertises as its own on loopback, CAS and authorization servers on loopback, SIP
 * trunks whose host was never filled in, a config repository under {@code github.com/yourusername}, a stand-in
 * {@code site.com} and a Kafka client's emptied host-name check. Each rule beside the value that tempts it.
 */
class ThirtyFifthPassLeadSandboxTests {

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
    void anIssuerTheServiceAdvertisesAsItsOwnShouldBePublicButItsAdminAddressNot() throws IOException {
        assertThat(findings("hydra.properties", """
                urls.self.issuer=http://localhost:4444
                urls.self.public=http://127.0.0.1:4444/
                """)).containsExactly("NO_GO sandbox.local-public-url urls.self.issuer",
                "NO_GO sandbox.local-public-url urls.self.public");
        assertThat(findings("hydra.properties", """
                urls.self.issuer=https://auth.acme.io/
                urls.self.admin=http://localhost:4445/
                internal.self.issuer=http://localhost:4444
                """)).noneMatch(finding -> finding.startsWith("NO_GO"));
    }

    @Test
    void loginServersOnLoopbackShouldBeNoGoAndTheirPortsAndRealHostsClean() throws IOException {
        assertThat(findings("cas.properties", """
                cas.server.name=https://localhost:8443
                cas.server.prefix=https://localhost:8443/cas
                AUTH_SERVER_URL=https://localhost:8443/realms/DSB
                """)).containsExactly("NO_GO sandbox.local-public-url cas.server.name",
                "NO_GO sandbox.local-public-url cas.server.prefix", "NO_GO sandbox.local-public-url AUTH_SERVER_URL");
        assertThat(findings("cas.properties", """
                cas.server.name=https://sso.acme.io
                cas.server.prefix=https://sso.acme.io/cas
                auth.server.port=8443
                AUTH_SERVER_URL=https://login.acme.io/realms/DSB
                """)).isEmpty();
    }

    @Test
    void aSipTrunkWhoseHostWasNeverFilledInShouldBeNoGoAndARealOrLocalOneClean() throws IOException {
        assertThat(findings("pjsip.properties", """
                fonial-reg.server_uri=sip:SIP_REGISTRAR_HERE
                atlas-out.contact=sip:<sip-server-ip>:5060
                atlas-out.server_uri=sip:<sip-domain>
                trunk.outbound_proxy=sip:proxy.example.com\\;lr
                """)).hasSize(4).allMatch(finding -> finding.startsWith("NO_GO sandbox.reserved-host "));
        assertThat(findings("pjsip.properties", """
                fonial-reg.server_uri=sip:sip.fonial.de
                fonial-aor.contact=sip:4930123@sip.fonial.de:5060
                local.contact=sip:127.0.0.1:5070
                lan.contact=sip:user@10.0.0.5;transport=tcp
                ivr.uri=sips:[2001:db8::1]:5061
                """)).isEmpty();
    }

    @Test
    void aTemplatesAccountInARepositoryPathOrAStandInSiteShouldBeNoGo() throws IOException {
        assertThat(findings("config-server.properties", """
                spring.cloud.config.server.git.uri=https://github.com/yourusername/banking-system
                KONG_ADMIN_GUI_URL=https://kong.site.com/admin
                redirect_url=https://(domain)/oauth2/callback
                """)).hasSize(3).allMatch(finding -> finding.startsWith("NO_GO sandbox.reserved-host "));
        assertThat(findings("config-server.properties", """
                spring.cloud.config.server.git.uri=https://github.com/spring-cloud-samples/config-repo
                other.git.uri=https://github.com/yourself-labs/config-repo
                KONG_ADMIN_GUI_URL=https://kong.sitewise.io/admin
                docs.url=https://docs.site.net.au/
                """)).isEmpty();
    }

    @Test
    void aKafkaClientsEmptiedHostNameCheckShouldBeNoGoAndHttpsClean() throws IOException {
        assertThat(findings("application-prod.properties", """
                spring.kafka.consumer.ssl.endpoint.identification.algorithm=
                """)).containsExactly(
                "NO_GO sandbox.tls-unverified spring.kafka.consumer.ssl.endpoint.identification.algorithm");
        assertThat(findings("application-prod.properties", """
                spring.kafka.consumer.ssl.endpoint.identification.algorithm=https
                spring.kafka.consumer.ssl.key-password=
                """)).isEmpty();
    }

    @Test
    void aGraphicalUsersInterfaceOnTheUnspecifiedAddressShouldBeNoGoAndItsListenAddressClean() throws IOException {
        assertThat(findings("kong.properties", "admin_gui_url=http://0.0.0.0:8002\n"))
                .containsExactly("NO_GO sandbox.local-public-url admin_gui_url");
        assertThat(findings("kong.properties", """
                admin_gui_url=https://kong-manager.acme.io
                admin_gui_listen=0.0.0.0:8002
                """)).isEmpty();
    }

    @Test
    void anAddressAPjsipTransportAnnouncesOnLoopbackShouldBeNoGoAndABindAddressClean() throws IOException {
        assertThat(findings("pjsip.properties", """
                transport-wss.external_signaling_address=127.0.0.1
                transport-wss.external_media_address=localhost
                """)).containsExactly("NO_GO sandbox.local-public-url transport-wss.external_signaling_address",
                "NO_GO sandbox.local-public-url transport-wss.external_media_address");
        assertThat(findings("pjsip.properties", """
                transport-wss.external_signaling_address=51.158.20.10
                transport-wss.bind=127.0.0.1:8089
                external_bind_address=127.0.0.1
                """)).isEmpty();
    }
}
