package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile testing, thirty-third pass: a repository's own Git files made the secrets gate run past its timeout, so every
 * check of a stage's dotenv file in it was a {@code gate.timeout} NO-GO naming no cause. A {@code .gitignore} pattern
 * such as {@code *a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c} was compiled to a backtracking regular expression, which takes
 * minutes on a directory named {@code aaa…a}; a version 4 index (57 MB) whose first path is long and whose other entries
 * keep all of it copied the kept prefix once per entry. Both are read in time linear in their size now.
 */
class ThirtyThirdPassRedteamGitFilesTests {

    private static final String SECRET = "0a+ErxIZXkVhSzydUHTxOfNQOujDK6DLlnwu7gW/ZAk=";

    private static Path write(Path dir, String relative) throws IOException {
        Path file = dir.resolve(relative).resolve(".env.production");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "DATABASE_PASSWORD=" + SECRET + "\n");
        return file;
    }

    @Test
    void aBacktrackingGitignorePatternShouldBeMatchedInLinearTime(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path file = write(dir, "deploy/" + "a".repeat(60));
        Files.writeString(dir.resolve(".gitignore"), "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c\n**/**/**/**/**/**/**/**/**/x\n");
        long start = System.nanoTime();
        boolean ignored = GitIgnoredFiles.isIgnored(Origin.file(file.toString(), 1));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(ignored).isFalse();

        GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().dotenvFile(file).build())
                .gates(new SecretsGate()).run().hasNoFinding("gate.timeout");
    }

    @Test
    void gitignoreGlobsShouldStillMeanWhatGitReadsThemAs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path file = write(dir, "deploy/eu");
        String[] ignoring = {".env.production", ".env.*", "*.production", ".env.prod?ction", ".env.[pq]roduction",
            ".env.[!x]roduction", "deploy/", "/deploy/eu/.env.*", "**/eu/.env.production", "deploy/**", "**/.env*",
            "deploy/**/.env.production", "de*/", "\\.env.production", "e?/"};
        for (String pattern : ignoring) {
            Files.writeString(dir.resolve(".gitignore"), pattern + "\n");
            assertThat(GitIgnoredFiles.isIgnored(Origin.file(file.toString(), 1))).as(pattern).isTrue();
        }
        String[] keeping = {".env.staging", "/.env.production", "eu/.env.production", "*.prod", ".env.[!p]roduction",
            "deploy", "d*/.env.production", ".env.production\n!deploy/eu/.env.production", "deploy/*/x/.env.production",
            "de?loy/", "**/x/.env.production"};
        for (String pattern : keeping) {
            Files.writeString(dir.resolve(".gitignore"), pattern + "\n");
            assertThat(GitIgnoredFiles.isIgnored(Origin.file(file.toString(), 1))).as(pattern).isEqualTo(
                    pattern.equals("deploy") || pattern.equals("de?loy/"));
        }
    }

    @Test
    void aVersionFourIndexThatKeepsALongPrefixShouldBeReadInLinearTime() {
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        int entries = 200_000;
        index.writeBytes(new byte[] {'D', 'I', 'R', 'C', 0, 0, 0, 4});
        index.writeBytes(integer(entries + 1));
        index.writeBytes(entry(0, "z".repeat(4 << 20)));
        for (int i = 0; i < entries; i++) {
            index.writeBytes(entry(0, ""));
        }
        byte[] bytes = index.toByteArray();
        long start = System.nanoTime();
        assertThat(GitIndex.lists(bytes, "deploy/.env.production".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aVersionFourIndexShouldStillFindAPathAfterPrefixedEntries() {
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        index.writeBytes(new byte[] {'D', 'I', 'R', 'C', 0, 0, 0, 4});
        index.writeBytes(integer(4));
        index.writeBytes(entry(0, "deploy/a.txt"));
        index.writeBytes(entry(5, ".env"));
        index.writeBytes(entry(0, ".production"));
        index.writeBytes(entry(15, "zz.txt"));
        byte[] bytes = index.toByteArray();
        assertThat(GitIndex.lists(bytes, "deploy/.env.production".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(GitIndex.lists(bytes, "deploy/.env".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(GitIndex.lists(bytes, "deploy/zz.txt".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(GitIndex.lists(bytes, "deploy/.env.productionzz.txt".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(GitIndex.lists(bytes, "deploy/a.txt".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    private static byte[] entry(int strip, String name) {
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        entry.writeBytes(new byte[60]);
        entry.writeBytes(new byte[] {0x0f, (byte) 0xff});
        entry.write(strip); // one byte of the variable-length number: below 128
        entry.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        entry.write(0);
        return entry.toByteArray();
    }

    private static byte[] integer(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
