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
 * Blind sets 97 to 100 (thirty-fourth pass): a mock switched on under its own name ({@code locker.mock_locker=true}),
 * a sample's stand-in domain ({@code http://abc.com/}) and generated id ({@code abc123.execute-api…}), and a vector
 * database's client with TLS off ({@code MILVUS_SECURE=false}). Each rule beside the clean value that tempts it.
 */
class ThirtyFourthPassLeadSandboxTests {

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
    void aMockOfTheThingTheKeyNamesSwitchedOnShouldBeNoGo() throws IOException {
        assertThat(findings("production.properties", "locker.mock_locker=true\nsms.fake_sender=1\n"))
                .containsExactlyInAnyOrder("NO_GO sandbox.test-mode locker.mock_locker",
                        "NO_GO sandbox.test-mode sms.fake_sender");
        assertThat(findings("production.properties", """
                locker.mock_locker=false
                locker.locker_url=https://vault.acme.io
                mock.server.port=8089
                """)).isEmpty();
    }

    @Test
    void aSamplesStandInDomainOrGeneratedIdShouldBeATemplate() throws IOException {
        assertThat(findings("values-prod.properties", """
                global.domainHost=http://abc.com/
                OPENAI_API_BASE_URL=https://abc123.execute-api.eu-west-1.amazonaws.com
                api.url=https://api.xyz.com/v1
                """)).hasSize(3).allMatch(finding -> finding.startsWith("NO_GO sandbox.reserved-host "));
        assertThat(findings("values-prod.properties", """
                news.feed-url=https://www.abc.net.au/news/feed/51120/rss.xml
                investor.url=https://abc.xyz/investor/
                api.url=https://k7x2m9q4ab.execute-api.eu-west-1.amazonaws.com/prod
                """)).isEmpty();
    }

    @Test
    void aVectorDatabasesClientWithTlsOffShouldWarn() throws IOException {
        assertThat(findings("milvus.env", "MILVUS_SECURE=false\nQDRANT_HTTPS=false\n"))
                .containsExactlyInAnyOrder("WARN sandbox.tls-off MILVUS_SECURE", "WARN sandbox.tls-off QDRANT_HTTPS");
        assertThat(findings("milvus.env", "MILVUS_SECURE=true\nQDRANT_HTTPS=true\nSECURE=false\n")).isEmpty();
    }
}
