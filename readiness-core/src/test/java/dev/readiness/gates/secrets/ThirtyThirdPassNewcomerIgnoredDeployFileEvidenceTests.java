package dev.readiness.gates.secrets;

import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty-third pass, newcomer: a service's git-ignored {@code deploy/.env.production} (its deployment's own file, which
 * the thirty-first pass already keeps out of {@code secrets.likely-published} as a committed file) held one slip, a
 * {@code JWK_SET_URI} left on {@code http://localhost:8180}. Every sound secret beside it became a NO-GO
 * {@code secrets.likely-published} "as shipped samples do" (six here): the slip was read as evidence that the file is a
 * sample. The file is known not to be shipped; the slip keeps its own finding, its neighbours say nothing.
 */
class ThirtyThirdPassNewcomerIgnoredDeployFileEvidenceTests {

    private static final String FILE = "# kept by the release manager, not committed\n"
            + "JWK_SET_URI=http://localhost:8180/realms/sellerdesk/protocol/openid-connect/certs\n"
            + "DATABASE_PASSWORD=Qm7vT2xK9pLw4zR8nB3cY6hJ\n"
            + "SHOPIFY_WEBHOOK_SECRET=9b2e7f4c1a8d3e6f0b5c2a9d7e4f1c8b3a6d9e2f5c8b1a4d7e0f3c6b9a2d5e8f\n";

    private static ReportAssert check(Path dir, String text) throws IOException {
        Path file = dir.resolve("deploy").resolve(".env.production");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().dotenvFile(file).build())
                .gates(new SecretsGate()).run();
    }

    @Test
    void aLoopbackKeySetUrlInTheIgnoredDeployFileLeavesItsNeighboursAlone(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "target/\ndeploy/.env.production\n");

        check(dir, FILE).hasNoFinding("secrets.likely-published").isGo();
    }

    @Test
    void aDefaultPasswordThereKeepsItsOwnFindingAndNoMore(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "deploy/.env.production\n");

        check(dir, "S3_ACCESS_KEY_ID=minioadmin\nS3_SECRET_ACCESS_KEY=minioadmin\n"
                + "DATABASE_PASSWORD=Qm7vT2xK9pLw4zR8nB3cY6hJ\n")
                .isNoGo()
                .hasFinding("secrets.published-default", "S3_SECRET_ACCESS_KEY")
                .hasNoFinding("secrets.likely-published");
    }

    @Test
    void theSameFileCommittedOrOutsideAWorkingTreeStillReadsAsASample(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "target/\n");
        check(dir, FILE).isNoGo().hasFinding("secrets.likely-published", "DATABASE_PASSWORD");
    }

    @Test
    void outsideAWorkingTreeNothingIsKnown(@TempDir Path dir) throws IOException {
        check(dir, FILE).isNoGo().hasFinding("secrets.likely-published", "SHOPIFY_WEBHOOK_SECRET");
    }

    @Test
    void anIgnoredFileNotNamedForAStageKeepsTheSampleReading(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), ".env\n");
        Path file = dir.resolve(".env");
        Files.writeString(file, FILE);
        GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().dotenvFile(file).build())
                .gates(new SecretsGate()).run()
                .hasFinding("secrets.likely-published", "DATABASE_PASSWORD");
    }
}
