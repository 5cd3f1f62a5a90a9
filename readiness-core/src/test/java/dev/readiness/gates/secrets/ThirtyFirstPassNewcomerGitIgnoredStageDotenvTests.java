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
 * Left by session 30's newcomer and met again by session 31's: a Java service that deploys with Compose keeps its
 * own {@code deploy/.env.production}, lists it in {@code .gitignore}, and hands it to
 * {@code docker compose --env-file}. Every sound secret there was a WARN {@code secrets.likely-published} "which
 * Next.js, Vite and Vue CLI commit with the code": six findings on what was fine. A stage's dotenv file that its Git
 * working tree ignores is not committed, and says nothing; one that is not ignored (a front end's committed
 * {@code .env.production}), re-included by a negation, or outside any working tree keeps its WARN.
 */
class ThirtyFirstPassNewcomerGitIgnoredStageDotenvTests {

    private static final String SECRET = "0a+ErxIZXkVhSzydUHTxOfNQOujDK6DLlnwu7gW/ZAk=";

    private static ReportAssert check(Path dir) throws IOException {
        Path file = dir.resolve("deploy").resolve(".env.production");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# copied onto the host by the deploy job\nDATABASE_PASSWORD=" + SECRET
                + "\nSHOPEE_PARTNER_KEY=d/IoXjv6ysvMKsm88TqIrkv9MO5C70/PjWjDLm/G5ic=\n");
        return GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().dotenvFile(file).build())
                .gates(new SecretsGate()).run();
    }

    @Test
    void aStageDotenvFileTheRepositoryIgnoresIsNotCommitted(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "target/\n# deploy secrets\n/deploy/.env.production\n");

        check(dir).hasNoFinding("secrets.likely-published").isGo();
    }

    @Test
    void anIgnoredDirectoryOrAPatternAtAnyDepthCountsToo(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "deploy/\n");
        check(dir).hasNoFinding("secrets.likely-published");

        Files.writeString(dir.resolve(".gitignore"), ".env.*\n");
        check(dir).hasNoFinding("secrets.likely-published");
    }

    @Test
    void aFileNotIgnoredOrReIncludedKeepsItsWarning(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".gitignore"), "target/\n.env\n.env.*.local\n");
        check(dir).isWarn().hasFinding("secrets.likely-published", "DATABASE_PASSWORD");

        Files.writeString(dir.resolve(".gitignore"), ".env.*\n!.env.production\n");
        check(dir).isWarn().hasFinding("secrets.likely-published", "DATABASE_PASSWORD");
    }

    @Test
    void outsideAWorkingTreeNothingIsKnownAndTheWarningStays(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "/deploy/.env.production\n");

        check(dir).isWarn().hasFinding("secrets.likely-published", "SHOPEE_PARTNER_KEY");
    }
}
