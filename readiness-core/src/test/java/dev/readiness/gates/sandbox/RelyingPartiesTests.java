package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelyingPartiesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> production(String properties) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", properties).build()
                .settings();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> productionEnv(String dotenv) {
        Settings settings = Settings.builder().dotenv("app.env", dotenv).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void localhostAsTheRelyingPartyIdIsNoGo() {
        assertThat(production("webauthn.relying_party.id=localhost\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(productionEnv("WEBAUTHN_RP_ID=localhost\nRPID=127.0.0.1\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url", "sandbox.local-public-url");
    }

    @Test
    void aLoopbackRelyingPartyOriginIsNoGo() {
        assertThat(production("webauthn.relying_party.origins[0]=http://localhost:63342\n"
                + "passkeys.origin=https://app.localhost:8443\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", Severity.NO_GO),
                        org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(productionEnv("RP_ORIGIN=http://localhost:3000\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
    }

    @Test
    void aWebAuthnKeyCutIntoWebAndAuthnIsStillRecognised() {
        assertThat(production("WebAuthn.origin=http://localhost:3000\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
        assertThat(production("web.origin=http://localhost\n"))
                .extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }

    @Test
    void theProductionDomainAndLookAlikeKeysStayClean() {
        assertThat(production("webauthn.relying_party.id=login.acme-corp.io\n"
                + "webauthn.relying_party.origins[0]=https://login.acme-corp.io\n"
                + "webauthn.relying_party.display_name=localhost\n")).isEmpty();
        assertThat(productionEnv("RP_HOST=127.0.0.1\nWEBAUTHN_ID=localhost\nRP_NAME=localhost\n"))
                .extracting(Finding::code).doesNotContain("sandbox.local-public-url");
    }

    @Test
    void theRelyingPartyKeysAreRecognisedByTheirWords() {
        assertThat(RelyingParties.namesRelyingPartyAddress(List.of("relying", "party", "id"))).isTrue();
        assertThat(RelyingParties.namesRelyingPartyAddress(List.of("webauthn", "relying", "party", "origins", "2")))
                .isTrue();
        assertThat(RelyingParties.namesRelyingPartyAddress(List.of("passkey", "domain"))).isTrue();
        assertThat(RelyingParties.namesRelyingPartyAddress(List.of("third", "party", "id"))).isFalse();
        assertThat(RelyingParties.namesRelyingPartyAddress(List.of("rp", "url"))).isFalse();
    }
}
