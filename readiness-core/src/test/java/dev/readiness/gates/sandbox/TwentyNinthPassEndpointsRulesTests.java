package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TwentyNinthPassEndpointsRulesTests {

    private static List<Tuple> findings(String dotenv) {
        return SandboxRuleChecks.production(dotenv).stream()
                .map(finding -> Tuple.tuple(finding.subject(), finding.code(), finding.severity())).toList();
    }

    /** An env file read as the CLI reads it, so {@code ${NAME:-default}} is resolved. */
    private static List<Tuple> envFile(String text) throws IOException {
        Path file = Files.createTempFile("readiness", ".env");
        try {
            Files.writeString(file, text);
            Settings settings = ApplicationConfig.builder().envFile(file).build().settings();
            return new SandboxGate(ProviderCatalog.builtIn()).check(GateContext.of(Stage.PRODUCTION, settings))
                    .findings().stream()
                    .map(finding -> Tuple.tuple(finding.subject(), finding.code(), finding.severity())).toList();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aVirtualHostUnderDotLocalhostIsADevelopmentProxysNameWhateverTheKey() {
        assertThat(findings("PROJECT_BASE_URL=drupal.docker.localhost\n"
                + "APP_URL_BACK=http://api.wiki-wars.localhost\n"
                + "START_ROOM_URL=http://maps.workadventure.localhost/Floor0/floor0.json\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("PROJECT_BASE_URL", "sandbox.reserved-host", Severity.NO_GO),
                        Tuple.tuple("APP_URL_BACK", "sandbox.reserved-host", Severity.NO_GO),
                        Tuple.tuple("START_ROOM_URL", "sandbox.reserved-host", Severity.NO_GO));
    }

    @Test
    void localhostItselfTheContainerHostAliasAndLookAlikeNamesStayAsTheyWere() {
        // a sidecar is called on localhost and a port: still the loopback WARN, not the reserved name
        assertThat(findings("SDK_BASE_URL=http://localhost:4010\nAPP_URL_BACK=http://127.0.0.1:8080\n"
                + "DOCKER_API_URL=http://docker.for.mac.localhost:2375\n"))
                .extracting(tuple -> tuple.toArray()[1]).doesNotContain("sandbox.reserved-host");
        assertThat(findings("SDK_BASE_URL=http://localhost:4010\n"))
                .containsExactly(Tuple.tuple("SDK_BASE_URL", "sandbox.local-host", Severity.WARN));
        // a real host that merely contains the word
        assertThat(SandboxRuleChecks.production("APP_URL_BACK=https://api.notlocalhost.com\n"
                + "ROOM_URL=https://maps.localhostel.io/floor0.json\n")).isEmpty();
    }

    @Test
    void turningOffCertificateVerificationOfOutgoingCallsIsANoGoButADatabaseDriversSwitchStaysAWarn() {
        assertThat(findings("NODE_TLS_REJECT_UNAUTHORIZED=0\nquarkus.oidc.tls.verification=none\n"
                + "spring.cloud.config.server.git.skip-ssl-validation=true\n"
                + "spring.datasource.hikari.data-source-properties.verifyServerCertificate=false\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("NODE_TLS_REJECT_UNAUTHORIZED", "sandbox.tls-unverified", Severity.NO_GO),
                        Tuple.tuple("quarkus.oidc.tls.verification", "sandbox.tls-unverified", Severity.NO_GO),
                        Tuple.tuple("spring.cloud.config.server.git.skip-ssl-validation", "sandbox.tls-unverified",
                                Severity.NO_GO),
                        Tuple.tuple("spring.datasource.hikari.data-source-properties.verifyServerCertificate",
                                "sandbox.tls-unverified", Severity.WARN));
    }

    @Test
    void switchesThatKeepVerificationOnOrCheckSomethingElseStayClean() {
        assertThat(SandboxRuleChecks.production("NODE_TLS_REJECT_UNAUTHORIZED=1\n"
                + "quarkus.oidc.tls.verification=required\nspring.cloud.config.server.git.skip-ssl-validation=false\n"
                + "webhook.verify-signature=false\nkafka.ssl.enabled=false\n")).isEmpty();
    }

    @Test
    void aKeyRepeatingComposesSelfDefaultCarriesTheDefaultInItsOwnLineSoItKeepsItsFinding() throws IOException {
        assertThat(envFile("DOMAINNAME=${OR_HOSTNAME:-localhost}\nOR_HOSTNAME=${OR_HOSTNAME:-localhost}\n"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("DOMAINNAME", "sandbox.local-public-url", Severity.NO_GO),
                        Tuple.tuple("OR_HOSTNAME", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void aKeyThatOnlyReferencesAValueWrittenElsewhereIsStillOneFindingWhereTheValueIs() throws IOException {
        assertThat(envFile("DOMAINNAME=${OR_HOSTNAME}\nOR_HOSTNAME=localhost\n"))
                .containsExactly(Tuple.tuple("OR_HOSTNAME", "sandbox.local-public-url", Severity.NO_GO));
        assertThat(envFile("DOMAINNAME=${OR_HOSTNAME:-app.example-corp.io}\n"
                + "OR_HOSTNAME=${OR_HOSTNAME:-app.example-corp.io}\n")).isEmpty();
    }
}
