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
 * Blind sets 104 to 107 (thirty-fifth pass: identity platforms, API gateways, Spring Cloud suites, communication
 * platforms): Dex's {@code expiry.signingKeys: 6h} and coturn's bare {@code use-auth-secret} flag were false NO-GO, and
 * a SIP contact's user read as a password ({@code sip:trunk@…}). Each rule beside the value that tempts it.
 */
class ThirtyFifthPassLeadSecretsTests {

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
    void aLengthOfTimeUnderAnExpirySectionShouldBeNoSecretAndAWeakSecretStillOne() throws IOException {
        assertThat(findings("dex.properties", """
                expiry.signingKeys=6h
                expiry.idTokens=24h
                expiry.refreshTokens.validIfNotUsedFor=2160h0m0s
                ttl.access_token=PT1H
                session.ttl.token=30 days
                """)).isEmpty();
        assertThat(findings("dex.properties", """
                expiry.signingKeys=hunter2
                jwt.secret=24h
                """)).hasSize(2).allMatch(finding -> finding.startsWith("NO_GO "));
    }

    @Test
    void isDurationShouldReadUnitsAndIsoFormsOnly() {
        assertThat(List.of("24h", "1h30m", "720h0m0s", "500ms", "30 days", "PT1H", "P7D", "PT0.5S", "1.5h"))
                .allMatch(QuantityValues::isDuration);
        assertThat(List.of("h", "24", "24x", "hunter2", "P", "PT", "PTH", "1h2", "s3cr3t", "24hours24hours24hours24hrs"))
                .noneMatch(QuantityValues::isDuration);
    }

    @Test
    void aSwitchToUseASecretShouldBeNoSecretWhileTheSecretIsOne() throws IOException {
        assertThat(findings("turnserver.properties", """
                use-auth-secret=
                realm=turn.acme.io
                """)).isEmpty();
        assertThat(findings("turnserver.properties", """
                use-auth-secret=
                static-auth-secret=
                """)).containsExactly("NO_GO secrets.blank static-auth-secret");
    }

    @Test
    void aSipAddressesUserShouldNotBeReadAsAPasswordButAConnectionUrlsStill() throws IOException {
        assertThat(findings("pjsip.properties", """
                trunk.contact=sip:trunk@pbx.acme-voice.de:5060
                trunk.server_uri=sips:office@sip.acme-voice.de
                """)).isEmpty();
        assertThat(findings("app.properties", "spring.rabbitmq.addresses=app:hunter2@rabbit1:5672\n"))
                .containsExactly("NO_GO secrets.guessable spring.rabbitmq.addresses");
    }

    @Test
    void anAuthKeyNamingItsCredentialsSectionShouldBeNoSecretWhileTheSectionsPasswordIs() throws IOException {
        assertThat(findings("pjsip.properties", """
                NOC1.type=endpoint
                NOC1.auth=authNOC1
                authNOC1.type=auth
                authNOC1.username=NOC1
                authNOC1.password=<some-rand-password>
                """)).containsExactly("NO_GO secrets.placeholder authNOC1.password");
        assertThat(findings("pjsip.properties", """
                NOC1.auth=authNOC1
                other.password=Kx9-authNOC1-long
                """)).containsExactly("NO_GO secrets.guessable NOC1.auth");
    }

    @Test
    void aKeyNamingACodeModuleShouldBeNoSecretAndASecretBesideItStillOne() throws IOException {
        assertThat(findings("jitsi.env", """
                JWT_TOKEN_AUTH_MODULE=token_verification
                XMPP_AUTH_PLUGIN=internal_hashed
                """)).isEmpty();
        assertThat(findings("jitsi.env", "JWT_APP_SECRET=token_verification\n"))
                .hasSize(1).allMatch(finding -> finding.startsWith("NO_GO "));
    }
}
