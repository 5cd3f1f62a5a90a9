package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 48's newcomer wrote the runbook's {@code api.env} with {@code JWT_ACCESS_SECRET=$(openssl rand -base64 32)}
 * and deployed it as a Compose service's {@code env_file:}. Compose runs no command: the container receives the
 * command's text, and the boot refused it ({@code secrets.placeholder}), while the check of the Compose file was a GO
 * with an INFO {@code secrets.shell-generated} whose own message said Compose keeps the text. A value that reached the
 * check through a Compose service's {@code env_file:} is now judged as the text it is; the same file given on its own
 * ({@code --env-file}, which a shell may source) keeps the INFO. The finding on such text, at boot or through
 * Compose, said "a placeholder or stand-in text typed in the secret's place"; it now says it is a shell command's text
 * that nothing ran, never printing the command.
 */
class FortyEighthPassNewcomerComposeShellCommandTests {

    private static final String ENV = "JWT_ACCESS_SECRET=$(openssl rand -base64 32)\n"
            + "SESSION_SECRET=`head -c 32 /dev/urandom | base64`\n";

    private static Settings compose(Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    image: registry.afrigest.africa/afrigest-api:1.4.0
                    env_file: api.env
                """);
        Files.writeString(dir.resolve("api.env"), ENV);
        return ApplicationConfig.builder().composeFile(dir.resolve("compose.yaml"), "api").build().settings();
    }

    @Test
    void aCommandInAComposeServicesEnvFileIsTheTextTheServiceGets(@TempDir Path dir) throws IOException {
        GateCheck.forStage(Stage.PRODUCTION).settings(compose(dir)).gates(new SecretsGate()).run()
                .isNoGo()
                .hasNoFinding("secrets.shell-generated")
                .hasFinding("secrets.placeholder", "JWT_ACCESS_SECRET")
                .hasFinding("secrets.placeholder", "SESSION_SECRET");
    }

    @Test
    void theFindingSaysTheTextIsACommandNothingRanAndNeverPrintsIt(@TempDir Path dir) throws IOException {
        Finding finding = GateCheck.forStage(Stage.PRODUCTION).settings(compose(dir)).gates(new SecretsGate()).run()
                .report().gate("secrets").orElseThrow().findings().stream()
                .filter(found -> found.subject().equals("JWT_ACCESS_SECRET")).findFirst().orElseThrow();
        assertThat(finding.message()).contains("the text of a shell command").contains("nothing ran")
                .contains("JWT signing secret").doesNotContain("openssl").doesNotContain("stand-in");
        assertThat(finding.remediation()).contains("Run the command once").contains("EnvironmentFile");
    }

    @Test
    void theTextReceivedFromTheEnvironmentAtBootIsTheSameFinding() {
        GateCheck.forStage(Stage.PRODUCTION)
                .settings(Settings.builder().add(dev.readiness.settings.Setting.of("JWT_ACCESS_SECRET",
                        "$(openssl rand -base64 32)", dev.readiness.settings.Origin.environmentVariable("JWT_ACCESS_SECRET")))
                        .build())
                .gates(new SecretsGate()).run()
                .isNoGo().hasFinding("secrets.placeholder", "JWT_ACCESS_SECRET");
    }

    @Test
    void theSameFileOnItsOwnMayBeSourcedByAShellAndStaysAnInfo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("api.env"), ENV);
        Settings settings = ApplicationConfig.builder().envFile(dir.resolve("api.env")).build().settings();
        List<Finding> findings = GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .isGo().report().gate("secrets").orElseThrow().findings();
        assertThat(findings).extracting(Finding::code).containsOnly("secrets.shell-generated");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(findings.get(0).message()).contains("systemd's EnvironmentFile").contains("docker run --env-file")
                .doesNotContain("openssl");
    }

    @Test
    void aSoundSecretInAComposeServicesEnvFileStaysClean(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    image: registry.afrigest.africa/afrigest-api:1.4.0
                    env_file: api.env
                """);
        Files.writeString(dir.resolve("api.env"), "JWT_ACCESS_SECRET=q7Vd2LxN9pR4tW8zB3mK6cF1hJ5sG0yT2uE7aX4vQ9nP\n");
        Settings settings = ApplicationConfig.builder().composeFile(dir.resolve("compose.yaml"), "api").build().settings();
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run().isGo()
                .hasNoFinding("secrets.shell-generated");
    }
}
