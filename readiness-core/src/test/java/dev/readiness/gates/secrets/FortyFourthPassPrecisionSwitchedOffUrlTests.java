package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.testkit.GateCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forty-fourth pass's precision reading of a random password in an example file's URL whose integration is
 * switched off: Funkwhale's {@code env.prod.sample} (set 175) writes {@code RAVEN_ENABLED=false} over
 * {@code RAVEN_DSN=https://key:secret@sentry…/5}. A random literal secret of a switched-off integration in an example
 * file is not told, so neither is this one. Switched on, or beside another integration's switch, the URL's password is
 * still a published default.
 */
class FortyFourthPassPrecisionSwitchedOffUrlTests {

    private static final String DSN = "https://44b2e9cd1e3d42879a7f35bf8562c6a4:7e21dc16a22b41679cd5765e5342f716"
            + "@sentry.example.org/5";

    @TempDir
    Path directory;

    private List<Finding> findings(String text, String key) throws Exception {
        Path file = Files.writeString(directory.resolve("env.prod.sample"), text);
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(ApplicationConfig.builder().envFile(file).build().settings())
                .gates(new SecretsGate()).run().report().findings()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void aSwitchedOffIntegrationsUrlPasswordInAnExampleFileShouldNotBeToldAsPublished() throws Exception {
        assertThat(findings("RAVEN_ENABLED=false\nRAVEN_DSN=" + DSN + "\n", "RAVEN_DSN")).isEmpty();
    }

    @Test
    void theSameUrlSwitchedOnShouldStayAPublishedDefault() throws Exception {
        List<Finding> found = findings("RAVEN_ENABLED=true\nRAVEN_DSN=" + DSN + "\n", "RAVEN_DSN");

        assertThat(found).extracting(Finding::code).containsExactly("secrets.published-default");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.NO_GO);
        assertThat(found).allSatisfy(finding -> assertThat(finding.message() + finding.remediation())
                .doesNotContain("7e21dc16").doesNotContain("44b2e9cd"));
    }

    @Test
    void anotherIntegrationsSwitchShouldNotExcuseTheUrl() throws Exception {
        assertThat(findings("MATOMO_ENABLED=false\nRAVEN_DSN=" + DSN + "\n", "RAVEN_DSN"))
                .extracting(Finding::code).containsExactly("secrets.published-default");
    }
}
