package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, thirty-second pass: the thirty-first pass stopped reporting a stage's dotenv file as committed when
 * a {@code .gitignore} names it, but Git ignores only what it does not track. A {@code deploy/.env.production}
 * committed first and listed in {@code .gitignore} afterwards (the common "I ignored it, why is it still in the
 * repository" mistake), or added with {@code git add -f}, is in every clone: its literal secrets keep their WARN. The
 * index is read (versions 2 to 4, and a linked working tree's {@code .git} file).
 */
class ThirtySecondPassRedteamTrackedStageDotenvTests {

    private static final String SECRET = "0a+ErxIZXkVhSzydUHTxOfNQOujDK6DLlnwu7gW/ZAk=";

    private static Path write(Path dir) throws IOException {
        Path file = dir.resolve("deploy").resolve(".env.production");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "DATABASE_PASSWORD=" + SECRET + "\n");
        return file;
    }

    private static ReportAssert check(Path file) {
        return GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().dotenvFile(file).build())
                .gates(new SecretsGate()).run();
    }

    private static boolean git(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString(), "-c",
                "user.email=t@example.com", "-c", "user.name=t"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noGit) {
            return false;
        }
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Test
    void aTrackedFileThatTheGitignoreNamesIsStillCommitted(@TempDir Path dir) throws Exception {
        Path file = write(dir);
        assumeTrue(git(dir, "init", "-q"), "git is needed to write a real index");
        assertThat(git(dir, "add", "deploy/.env.production")).isTrue();
        Files.writeString(dir.resolve(".gitignore"), "/deploy/.env.production\n");

        check(file).isWarn().hasFinding("secrets.likely-published", "DATABASE_PASSWORD");

        assertThat(git(dir, "rm", "-q", "--cached", "deploy/.env.production")).isTrue();
        check(file).hasNoFinding("secrets.likely-published").isGo();
    }

    @Test
    void anIndexOfVersionFourAndAForcedAddAreReadToo(@TempDir Path dir) throws Exception {
        Path file = write(dir);
        Files.writeString(dir.resolve(".gitignore"), ".env.*\n");
        assumeTrue(git(dir, "init", "-q"), "git is needed to write a real index");
        Files.writeString(dir.resolve("deploy").resolve("a.txt"), "x\n");
        Files.writeString(dir.resolve("deploy").resolve("zz.txt"), "x\n");
        assertThat(git(dir, "add", "-f", "deploy/a.txt", "deploy/.env.production", "deploy/zz.txt", ".gitignore"))
                .isTrue();
        assertThat(git(dir, "update-index", "--index-version", "4")).isTrue();

        check(file).isWarn().hasFinding("secrets.likely-published", "DATABASE_PASSWORD");
    }

    @Test
    void aLinkedWorkingTreesIndexIsFoundThroughItsGitFile(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("main");
        Files.createDirectories(main);
        Files.writeString(main.resolve("README"), "x\n");
        assumeTrue(git(main, "init", "-q"), "git is needed to write a real index");
        assertThat(git(main, "add", "README")).isTrue();
        assertThat(git(main, "commit", "-q", "-m", "first")).isTrue();
        Path linked = dir.resolve("linked");
        assertThat(git(main, "worktree", "add", "-q", linked.toString())).isTrue();
        assertThat(Files.isRegularFile(linked.resolve(".git"))).isTrue();
        Path file = write(linked);
        Files.writeString(linked.resolve(".gitignore"), "deploy/\n");
        check(file).hasNoFinding("secrets.likely-published");

        assertThat(git(linked, "add", "-f", "deploy/.env.production")).isTrue();
        check(file).isWarn().hasFinding("secrets.likely-published", "DATABASE_PASSWORD");
    }

    @Test
    void aBrokenIndexTracksNothing() {
        assertThat(GitIndex.lists("DIRC\0\0\0\2\0\0\0\7".getBytes(StandardCharsets.ISO_8859_1),
                "a".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(GitIndex.lists(new byte[0], new byte[] {'a'})).isFalse();
    }
}
